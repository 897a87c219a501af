/**
 * PROFILE of the statements behind the benchmark's queries, on the graph the last benchmark left
 * in .neo4j/bench (or BENCH_NEO4J_URI): where a query spends its database hits and time, the
 * product's statements beside the floor's and, for the queries it can express, the
 * @neo4j/graphql peer's (the Cypher it generates, captured through its own execution context).
 *
 *   npx tsx bench/profile.ts 1000 liaisons overlaps     # scale the graph was generated at, then queries
 *   npx tsx bench/profile.ts 1000 --load nestedListing  # first empty the graph and load that scale
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import { migrate } from "../src/db/migrations.js";
import type { Params } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { loadGraph } from "../src/seed/loader.js";
import { toGraph } from "../src/seed/to-graph.js";
import { floorQueries } from "./floor.js";
import { mix } from "./mix.js";
import { peerQueries } from "./peer/queries.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { wipeGraph } from "./support/graph-load.js";
import { captureStatements, firstLines, peerStatements, profileStatement } from "./support/plans.js";
import { generateGraph } from "./synthetic/generate.js";

const args = process.argv.slice(2);
const load = args.includes("--load");
const [scaleText, ...names] = args.filter((a) => a !== "--load");
const scale = Number(scaleText);
if (!Number.isInteger(scale) || scale < 1) throw new Error("usage: npx tsx bench/profile.ts <scale> [--load] [query…]");
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const db = neo4j.db;
const generated = generateGraph(scale, 1);
const { probes } = generated;
const schema = await createSchema();

async function profile(label: string, cypher: string, params: Params): Promise<void> {
  const plan = await profileStatement(db, cypher, params);
  const top = [...plan.operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 4).map((o) => `${o.operator} ${o.dbHits} hits/${o.rows} rows`).join("; ");
  console.log(`  ${label}: ${plan.ms.toFixed(1)} ms, ${plan.dbHits} db hits — ${top}\n    ${firstLines(cypher, 110)}`);
}

try {
  if (load) {
    await migrate(db, log);
    await wipeGraph(db);
    const started = performance.now();
    await loadGraph(db, log, toGraph(generated.data), { rowsPerTransaction: 100_000 });
    console.log(`loaded ×${scale} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  for (const query of mix.filter((q) => names.length === 0 || names.includes(q.name))) {
    console.log(`\n${query.name} at ×${scale}`);
    const floor = floorQueries[query.name];
    await profile("floor", floor.cypher, floor.params(probes));
    let answer: Awaited<ReturnType<typeof graphql>> | undefined;
    const statements = await captureStatements(db, async () => {
      const contextValue = createContext(db, { coordination: { home: probes.home, maxHops: 6 } });
      answer = await graphql({ schema, source: query.document, variableValues: query.variables(probes), contextValue }).finally(() => contextValue.db.end());
    });
    if (answer?.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
    for (const [i, [cypher, params]] of statements.entries()) await profile(`product #${i + 1}`, cypher, params);
    const peer = peerQueries[query.name];
    if (peer) {
      for (const [i, [cypher, params]] of (await peerStatements(neo4j, peer.document, peer.variables(probes))).entries()) await profile(`peer #${i + 1}`, cypher, params);
    }
  }
} finally {
  await neo4j.stop();
}
