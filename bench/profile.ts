/**
 * PROFILE of the statements behind the benchmark's queries, on the graph the last benchmark left
 * in .neo4j/bench (or BENCH_NEO4J_URI): where a query spends its database hits and time.
 *
 *   npx tsx bench/profile.ts 1000 liaisons overlaps     # scale the graph was generated at, then queries
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import type { Params } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { floorQueries } from "./floor.js";
import { mix } from "./mix.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { captureStatements, firstLines, profileStatement } from "./support/plans.js";
import { generateGraph } from "./synthetic/generate.js";

const [scaleText, ...names] = process.argv.slice(2);
const scale = Number(scaleText);
if (!Number.isInteger(scale) || scale < 1) throw new Error("usage: npx tsx bench/profile.ts <scale> [query…]");
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const db = neo4j.db;
const { probes } = generateGraph(scale, 1);
const schema = await createSchema();

async function profile(label: string, cypher: string, params: Params): Promise<void> {
  const plan = await profileStatement(db, cypher, params);
  const top = [...plan.operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 4).map((o) => `${o.operator} ${o.dbHits} hits/${o.rows} rows`).join("; ");
  console.log(`  ${label}: ${plan.ms.toFixed(1)} ms, ${plan.dbHits} db hits — ${top}\n    ${firstLines(cypher, 110)}`);
}

try {
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
  }
} finally {
  await neo4j.stop();
}
