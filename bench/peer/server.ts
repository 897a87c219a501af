/**
 * The benchmark's peer: mvgraph's Neo4j data served by the Neo4j GraphQL Library (@neo4j/graphql
 * 7), which turns each root field of a request into one generated Cypher statement. Standalone,
 * so the load generator measures it as a separate process like the product:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 node --import tsx bench/peer/server.ts
 *
 * Prints one JSON line `{"msg":"peer listening","url":…}` once ready; SIGTERM closes it.
 */
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { serverEnv } from "../support/server-env.js";

const { driver, port, host } = serverEnv("bolt://127.0.0.1:7687");
const typeDefs = readFileSync(new URL("./type-defs.graphql", import.meta.url), "utf8");
const library = new Neo4jGraphQL({
  typeDefs,
  driver,
  // The pre-v7 filter spellings (name_EQ…) only double the schema; the peer queries use the v7 ones.
  features: {
    excludeDeprecatedFields: {
      attributeFilters: true, relationshipFilters: true, aggregationFilters: true, aggregationFiltersOutsideConnection: true, mutationOperations: true,
    },
  },
});
const schema = await library.getSchema();

const apollo = new ApolloServer({ schema, includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false });
const { url } = await startStandaloneServer(apollo, { listen: { host, port } });
// The standalone server answers on any path; /graphql matches the product's address.
console.log(JSON.stringify({ msg: "peer listening", url: new URL("/graphql", url).href }));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await apollo.stop();
  await driver.close();
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
