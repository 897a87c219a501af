/**
 * PROFILE of the statements behind the benchmark's queries, on the graph the last benchmark left
 * in .neo4j/bench (or BENCH_NEO4J_URI): where a query spends its database hits and time.
 *
 *   npx tsx bench/profile.ts 1000 liaisons overlaps     # scale the graph was generated at, then queries
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import { Database, type Params } from "../src/db/database.js";
import { LocalNeo4j } from "../src/db/neo4j-local.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { floorQueries } from "./floor.js";
import { mix } from "./mix.js";
import { generateGraph } from "./synthetic/generate.js";

const [scaleText, ...names] = process.argv.slice(2);
const scale = Number(scaleText);
if (!Number.isInteger(scale) || scale < 1) throw new Error("usage: npx tsx bench/profile.ts <scale> [query…]");
const log = createLogger("warn");
const local = process.env.BENCH_NEO4J_URI
  ? undefined
  : await LocalNeo4j.start({ boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7690), dataDir: ".neo4j/bench", heap: process.env.BENCH_NEO4J_HEAP ?? "6g", log });
const db = Database.connect(process.env.BENCH_NEO4J_URI ?? local!.uri, "neo4j", process.env.BENCH_NEO4J_PASSWORD ?? "", { database: undefined, txTimeoutMs: 600_000, log });
const { probes } = generateGraph(scale, 1);
const schema = await createSchema();

interface Plan { operatorType: string; dbHits: number; rows: number; children: Plan[] }
async function profile(label: string, cypher: string, params: Params): Promise<void> {
  const session = db.driver.session({ defaultAccessMode: "READ" });
  try {
    await session.run(cypher, params); // warm the plan cache
    const start = performance.now();
    const result = await session.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - start;
    const operators: Array<[string, number, number]> = [];
    const walk = (plan: Plan) => {
      operators.push([plan.operatorType.replace(/@.*$/, ""), plan.dbHits, plan.rows]);
      plan.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as Plan);
    const hits = operators.reduce((sum, [, dbHits]) => sum + dbHits, 0);
    const top = [...operators].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([op, dbHits, rows]) => `${op} ${dbHits} hits/${rows} rows`).join("; ");
    console.log(`  ${label}: ${ms.toFixed(1)} ms, ${hits} db hits — ${top}\n    ${cypher.trim().split("\n").slice(0, 2).join(" ").slice(0, 110)}…`);
  } finally {
    await session.close();
  }
}

try {
  for (const query of mix.filter((q) => names.length === 0 || names.includes(q.name))) {
    console.log(`\n${query.name} at ×${scale}`);
    const floor = floorQueries[query.name];
    await profile("floor", floor.cypher, floor.params(probes));
    const statements: Array<[string, Params]> = [];
    const read = db.read.bind(db);
    const readAll = db.readAll.bind(db);
    db.read = (cypher, params = {}, meta) => (statements.push([cypher, params]), read(cypher, params, meta));
    db.readAll = (list, meta) => (list.forEach((s) => statements.push([s.cypher, s.params])), readAll(list, meta));
    const answer = await graphql({ schema, source: query.document, variableValues: query.variables(probes), contextValue: createContext(db, { coordination: { home: probes.home, maxHops: 6 } }) });
    db.read = read;
    db.readAll = readAll;
    if (answer.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
    for (const [i, [cypher, params]] of statements.entries()) await profile(`product #${i + 1}`, cypher, params);
  }
} finally {
  await db.close();
  await local?.stop();
}
