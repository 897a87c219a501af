/**
 * The answers of `npm run load`'s realistic mix on the load test's graph (`npm start`'s: the seed
 * and its default layers, in .neo4j/load-<LOAD_NEO4J_PORT>, as bench/profile-mix.ts uses it), with varied `connection` and
 * `overlaps` questions around them, one JSON line per question, for comparing a change's answers
 * byte for byte with main's on the seed graph (bench/answers-dump.ts does the same on the
 * synthetic benchmark graphs):
 *
 *   LOAD_NEO4J_PORT=7795 npx tsx bench/mix-answers.ts > before.jsonl
 *   (change the code)
 *   LOAD_NEO4J_PORT=7795 npx tsx bench/mix-answers.ts > after.jsonl && cmp before.jsonl after.jsonl
 *
 * `asOf` is fixed wherever the question takes one, so a run across midnight answers the same.
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { queryMix } from "./support/product.js";
import { describeGraph, startSeededNeo4j } from "./support/seed-graph.js";

const log = createLogger("warn");
const neo4jPort = Number(process.env.LOAD_NEO4J_PORT ?? 7790);
const { neo4j, db, graph } = await startSeededNeo4j(neo4jPort, log);
console.error(`Graph: ${describeGraph(graph)} (.neo4j/load-${neo4jPort}).`);
const schema = await createSchema();

const CONNECTION = /* GraphQL */ `
  query Connection($from: String!, $to: String!, $maxHops: Int!, $via: [ConnectionVia!], $first: Int!) {
    connection(from: $from, to: $to, maxHops: $maxHops, via: $via, first: $first) {
      total capped maxHops from { __typename } to { __typename }
      paths { length structural evidence sources hops { text relation forward detail sources { ref } liaison { key kind since until subject } } }
    }
  }`;
const OVERLAPS = /* GraphQL */ `
  query Overlaps($topic: String, $within: Boolean!, $first: Int!, $minBodies: Int!, $maxBodies: Int!, $asOf: Date!) {
    overlaps(topic: $topic, withinOrganization: $within, first: $first, minBodies: $minBodies, maxBodiesPerTopic: $maxBodies, asOf: $asOf) {
      total asOf
      overlaps {
        topic { key name aliases sources { ref } }
        organizations { key name acronym kind status established closed }
        unlinkedPairs { a { key name } b { key acronym } sameOrganization { key name } }
        competingDeliverables
        deliverables { organization { key } deliverables { key code title status published } }
      }
    }
  }`;

const questions: Array<{ query: string; variables?: Record<string, unknown> }> = queryMix("realistic").map((body) => JSON.parse(body) as { query: string; variables?: Record<string, unknown> });
const parties: Array<[string, string]> = [
  ["ieee-sa-msc", "jca-mv"], ["IEEE", "JCA-MV"], ["Shin-Gak Kang", "SC 27"], ["jtc1-sc29", "fg-mv"], ["w3c", "itu-t-sg16"],
  ["etsi-isg-arf", "jtc1-sc24"], ["khronos", "msf"], ["fg-mv-wg3", "itu-t-sg17"], ["per-frojdh", "3gpp-sa4"], ["iec-tc100-wg12", "ieee-sa-msc-metaverse-wg"],
];
for (const [from, to] of parties) {
  for (const [maxHops, via, first] of [
    [4, null, 5], [4, null, 20], [2, null, 20], [3, null, 1], [6, ["LIAISON", "PARENT_BODY"], 20], [4, ["TOPIC"], 20], [5, ["PEOPLE", "REPORTING", "PARENT_BODY"], 10], [5, ["LIAISON", "TOPIC", "PEOPLE"], 20],
  ] as const) {
    questions.push({ query: CONNECTION, variables: { from, to, maxHops, via, first } });
  }
}
for (const topic of [null, "metaverse", "security", "digital-twin", "xr", "pii-protection", "interoperability"]) {
  for (const [within, first, minBodies, maxBodies, asOf] of [
    [false, 10, 2, 30, "2026-06-01"], [true, 100, 2, 30, "2026-06-01"], [false, 5, 3, 8, "2024-01-01"], [true, 20, 2, 100, "2023-06-01"],
  ] as const) {
    questions.push({ query: OVERLAPS, variables: { topic, within, first, minBodies, maxBodies, asOf } });
  }
}

try {
  for (const { query, variables } of questions) {
    const contextValue = createContext(db);
    const answer = await graphql({ schema, source: query, variableValues: variables, contextValue }).finally(() => contextValue.db.end());
    console.log(JSON.stringify({ variables, answer }));
  }
} finally {
  await db.close();
  await neo4j.stop();
}
