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
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.error("NEO4J_URI is required (e.g. bolt://127.0.0.1:7687)");
  process.exit(2);
}
const port = Number(process.env.PORT ?? "0");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}
const host = process.env.HOST ?? "127.0.0.1";

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
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
