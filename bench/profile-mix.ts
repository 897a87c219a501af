/**
 * Where `npm run load`'s realistic mix spends its time, operation by operation, on the load test's
 * own graph (.neo4j/load-<LOAD_NEO4J_PORT>: `npm start`'s graph, the seed and its default layers,
 * loaded again when they changed; see support/seed-graph.ts): statements,
 * database hits (PROFILE), the size of the rows they return (as JSON), and CPU time per request on each side: Neo4j's JVM (from
 * /proc/<pid>/stat) and this Node process (GraphQL, loaders, driver). CPU time, unlike wall time,
 * holds up when other work shares the machine. The load test measures throughput; this says
 * where it goes.
 *
 *   npx tsx bench/profile-mix.ts            # every operation, most expensive first
 *   npx tsx bench/profile-mix.ts 5          # and the 5 most expensive statements in full, with their plans' operators
 *   PROFILE_ONLY=Overlaps npx tsx bench/profile-mix.ts   # measure only the operations whose name holds it (after the same warm-up)
 */
import { graphql, parse } from "graphql";
import { createContext } from "../src/context.js";
import type { Params } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { captureStatements, firstLines, profileStatement } from "./support/plans.js";
import { processCpuMs } from "./support/measure.js";
import { queryMix } from "./support/product.js";
import { describeGraph, startSeededNeo4j } from "./support/seed-graph.js";

const shown = Number(process.argv[2] ?? 0);
const log = createLogger("warn");
const neo4jPort = Number(process.env.LOAD_NEO4J_PORT ?? 7790);
const { neo4j, db, graph } = await startSeededNeo4j(neo4jPort, log);
console.error(`Graph: ${describeGraph(graph)} (.neo4j/load-${neo4jPort}).`);
const schema = await createSchema();

/** The median of seven timed runs of a statement whose plan is cached (PROFILE's own time is noisy). */
async function medianMs(cypher: string, params: Params): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await db.read(cypher, params);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3]!;
}

/** One operation of the mix. */
interface Operation { query: string; variables?: Record<string, unknown> }

/** Runs an operation as the server does: its own request context (one read transaction), ended after the answer. */
async function runOperation({ query, variables }: Operation) {
  const contextValue = createContext(db);
  return graphql({ schema, source: query, variableValues: variables, contextValue }).finally(() => contextValue.db.end());
}

const RUNS = Number(process.env.PROFILE_RUNS ?? 40);
/** Rounds of the whole mix before measuring: a fresh JVM needs thousands of statements to reach its JIT-compiled speed. */
const WARM_UP_ROUNDS = Number(process.env.PROFILE_WARMUP_ROUNDS ?? 40);

interface Cost { operation: string; statements: number; dbHits: number; rowsKb: number; ms: number; neo4jCpuMs: number; nodeCpuMs: number }
const costs: Cost[] = [];
const expensive: Array<{ operation: string; cypher: string; dbHits: number; ms: number; operators: Array<{ operator: string; dbHits: number; rows: number }> }> = [];
try {
  const operations = queryMix("realistic").map((body) => JSON.parse(body) as Operation);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const operation of operations) await runOperation(operation);
  }
  for (const { query, variables } of operations) {
    const definition = parse(query).definitions[0];
    const name = definition && "name" in definition && definition.name ? definition.name.value : query.slice(0, 60).replace(/\s+/g, " ");
    const operation = variables ? `${name} ${JSON.stringify(variables)}` : name;
    if (process.env.PROFILE_ONLY && !operation.includes(process.env.PROFILE_ONLY)) continue;
    let errors: readonly unknown[] | undefined;
    const statements = await captureStatements(db, async () => {
      errors = (await runOperation({ query, variables })).errors;
    });
    if (errors) throw new Error(`${operation}: ${JSON.stringify(errors)}`);
    const cpu = { neo4j: processCpuMs(neo4j.pid) ?? NaN, node: process.cpuUsage() };
    for (let i = 0; i < RUNS; i++) await runOperation({ query, variables });
    const nodeUsage = process.cpuUsage(cpu.node);
    const cost: Cost = {
      operation, statements: statements.length, dbHits: 0, rowsKb: 0, ms: 0,
      neo4jCpuMs: ((processCpuMs(neo4j.pid) ?? NaN) - cpu.neo4j) / RUNS,
      nodeCpuMs: (nodeUsage.user + nodeUsage.system) / 1000 / RUNS,
    };
    for (const [cypher, params] of statements) {
      const plan = await profileStatement(db, cypher, params);
      const ms = await medianMs(cypher, params);
      cost.dbHits += plan.dbHits;
      cost.rowsKb += JSON.stringify(await db.read(cypher, params)).length / 1000;
      cost.ms += ms;
      expensive.push({ operation, cypher, dbHits: plan.dbHits, ms, operators: plan.operators });
    }
    costs.push(cost);
  }
  costs.sort((a, b) => b.neo4jCpuMs - a.neo4jCpuMs);
  const sum = (f: (c: Cost) => number) => costs.reduce((total, c) => total + f(c), 0);
  console.log(`| operation | statements | db hits | rows KB (JSON) | Neo4j CPU ms / request | Node CPU ms / request | statements' wall ms (median of 7) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const c of costs) console.log(`| ${c.operation.slice(0, 90)} | ${c.statements} | ${c.dbHits} | ${c.rowsKb.toFixed(1)} | ${c.neo4jCpuMs.toFixed(1)} | ${c.nodeCpuMs.toFixed(1)} | ${c.ms.toFixed(1)} |`);
  console.log(`\n${costs.length} operations (after ${WARM_UP_ROUNDS} warm-up rounds of the mix, each run ${RUNS} times, one after another): mean per request ${(sum((c) => c.statements) / costs.length).toFixed(2)} statements, Neo4j CPU ${(sum((c) => c.neo4jCpuMs) / costs.length).toFixed(1)} ms, Node CPU ${(sum((c) => c.nodeCpuMs) / costs.length).toFixed(1)} ms.`);
  for (const e of expensive.sort((a, b) => b.ms - a.ms).slice(0, shown)) {
    console.log(`\n### ${e.ms.toFixed(1)} ms, ${e.dbHits} db hits (${e.operation.slice(0, 80)})\n${e.cypher.trim()}`);
    console.log(e.operators.map((o) => `  ${o.operator} ${o.dbHits} hits, ${o.rows} rows`).join("\n"));
  }
  if (shown === 0) for (const e of expensive.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${e.ms.toFixed(1)} ms ${e.dbHits} hits: ${firstLines(e.cypher, 100)}`);
} finally {
  await db.close();
  await neo4j.stop();
}
