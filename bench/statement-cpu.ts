/**
 * Neo4j's CPU time per run of the statements behind one benchmark query, the product's beside the
 * @neo4j/graphql peer's (captured as bench/profile.ts does), on the graph the last benchmark (or
 * `bench/profile.ts --load`) left in .neo4j/bench: after a warm-up, rounds that run each statement
 * PROFILE_RUNS times in turn (PROFILE_ROUNDS rounds), the JVM's CPU time read from /proc around
 * each, with its db hits (PROFILE) and the size of its rows. CPU time holds up when other work shares the machine; wall time does not.
 *
 *   npx tsx bench/statement-cpu.ts 1000 nestedListing     # scale the graph was loaded at, then one query
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import type { Params } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { mix, type QueryName } from "./mix.js";
import { peerQueries } from "./peer/queries.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { processCpuMs } from "./support/measure.js";
import { captureStatements, peerStatements, profileStatement } from "./support/plans.js";
import { generateGraph } from "./synthetic/generate.js";

const [scaleText, name] = process.argv.slice(2);
const scale = Number(scaleText);
const query = mix.find((q) => q.name === name);
if (!Number.isInteger(scale) || scale < 1 || !query) throw new Error("usage: npx tsx bench/statement-cpu.ts <scale> <query>");
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 10);
const ROUND_RUNS = Number(process.env.PROFILE_RUNS ?? 10);
const WARM_UP = Number(process.env.PROFILE_WARMUP ?? 100);
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const pid = neo4j.pid;
if (pid === undefined) throw new Error("statement-cpu reads the engine's CPU time: leave BENCH_NEO4J_URI unset");
const { probes } = generateGraph(scale, 1);
const schema = await createSchema();

try {
  const product = await captureStatements(neo4j.db, async () => {
    const contextValue = createContext(neo4j.db, { coordination: { home: probes.home, maxHops: 6 } });
    const answer = await graphql({ schema, source: query.document, variableValues: query.variables(probes), contextValue }).finally(() => contextValue.db.end());
    if (answer.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
  });
  const peer = peerQueries[name as QueryName];
  const peers = peer ? (await peerStatements(neo4j, peer.document, peer.variables(probes))).filter(([cypher]) => !cypher.includes("dbms.components")) : [];
  const all: Array<[string, string, Params]> = [
    ...product.map(([cypher, params], i): [string, string, Params] => [`product #${i + 1}`, cypher, params]),
    ...peers.map(([cypher, params], i): [string, string, Params] => [`peer #${i + 1}`, cypher, params]),
  ];
  // Interleaved: each round runs every statement ROUND_RUNS times in turn, so that the machine's
  // other work weighs on each alike; the JVM's CPU time is summed per statement over the rounds.
  for (const [, cypher, params] of all) for (let i = 0; i < WARM_UP; i++) await neo4j.db.read(cypher, params);
  const cpu = all.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, cypher, params]] of all.entries()) {
      const before = processCpuMs(pid)!;
      for (let run = 0; run < ROUND_RUNS; run++) await neo4j.db.read(cypher, params);
      cpu[i]! += processCpuMs(pid)! - before;
    }
  }
  for (const [i, [label, cypher, params]] of all.entries()) {
    const rows = JSON.stringify(await neo4j.db.read(cypher, params)).length;
    const plan = await profileStatement(neo4j.db, cypher, params);
    console.log(`${name} ×${scale} ${label}: Neo4j CPU ${(cpu[i]! / (ROUNDS * ROUND_RUNS)).toFixed(1)} ms per run, ${plan.dbHits} db hits, rows ${(rows / 1024).toFixed(1)} KB`);
  }
} finally {
  await neo4j.stop();
}
