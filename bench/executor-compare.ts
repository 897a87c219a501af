/**
 * Should the product execute with graphql-jit instead of graphql-js? This measures it on the
 * realistic mix (`npm run load`'s operations) on the load test's graph (.neo4j/load-<port>:
 * `npm start`'s graph, loaded again when the seed or its layers changed): each operation compiled once with graphql-jit, and the same
 * operation through graphql-js's `execute`, each with the product's own request context (one
 * read transaction). It prints the operations whose answers differ (they are left out of the
 * measure) and the Node CPU per request of each executor, measured round by round, interleaved;
 * CPU time, unlike wall time, holds up when other work shares the machine.
 *
 *   npx tsx bench/executor-compare.ts          # ROUNDS=30 by default
 *
 * 2026-12-06 (2-core machine under load): 39 of 47 operations answer equally; graphql-js 4.77 ms,
 * graphql-jit 4.69 ms of Node CPU per request (1.02×). The 8 others are searches: graphql-jit
 * does not resolve the `Node` interface type-graphql builds. Execution is not where the API
 * layer's time goes; the product keeps graphql-js (docs/benchmarks.md, "Compiled execution").
 */
import { execute, parse, validate, type DocumentNode, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { createContext } from "../src/context.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { queryMix } from "./support/product.js";
import { describeGraph, startSeededNeo4j } from "./support/seed-graph.js";

const ROUNDS = Number(process.env.ROUNDS ?? 30);
const WARM_UP_ROUNDS = 20;
const log = createLogger("warn");
const neo4jPort = Number(process.env.LOAD_NEO4J_PORT ?? 7790);
const { neo4j, db, graph } = await startSeededNeo4j(neo4jPort, log);
console.log(`Graph: ${describeGraph(graph)} (.neo4j/load-${neo4jPort}).`);

interface Operation { query: string; variables?: Record<string, unknown>; document: DocumentNode; compiled: CompiledQuery }
type Executor = (operation: Operation) => Promise<ExecutionResult>;

try {
  const schema = await createSchema();
  const operations: Operation[] = queryMix("realistic").map((body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const document = parse(query);
    const invalid = validate(schema, document);
    if (invalid.length) throw new Error(`${query}: ${invalid[0]!.message}`);
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile ${query}: ${JSON.stringify(compiled.errors)}`);
    return { query, ...(variables ? { variables } : {}), document, compiled };
  });

  /** Runs an operation as the server does: its own request context, its transaction ended after the answer. */
  const withContext = (run: (operation: Operation, context: ReturnType<typeof createContext>) => Promise<ExecutionResult> | ExecutionResult): Executor =>
    async (operation) => {
      const context = createContext(db);
      try {
        return await run(operation, context);
      } finally {
        void context.db.end();
      }
    };
  const executors: Record<"graphql-js" | "graphql-jit", Executor> = {
    "graphql-js": withContext((o, contextValue) => execute({ schema, document: o.document, variableValues: o.variables, contextValue })),
    "graphql-jit": withContext((o, context) => o.compiled.query(undefined, context, o.variables ?? {})),
  };

  const compared: Operation[] = [];
  for (const operation of operations) {
    const [js, jit] = [JSON.stringify(await executors["graphql-js"](operation)), JSON.stringify(await executors["graphql-jit"](operation))];
    if (js === jit) compared.push(operation);
    else console.log(`answers differ, left out: ${operation.query.slice(0, 70).replace(/\s+/g, " ")}`);
  }
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const operation of compared) for (const run of Object.values(executors)) await run(operation);
  }
  const cpuMs = { "graphql-js": 0, "graphql-jit": 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(executors) as Array<[keyof typeof cpuMs, Executor]>) {
      const start = process.cpuUsage();
      for (const operation of compared) await run(operation);
      const used = process.cpuUsage(start);
      cpuMs[name] += (used.user + used.system) / 1000;
    }
  }
  const requests = ROUNDS * compared.length;
  const [js, jit] = [cpuMs["graphql-js"] / requests, cpuMs["graphql-jit"] / requests];
  console.log(`${compared.length} of ${operations.length} operations answer equally; Node CPU per request: graphql-js ${js.toFixed(2)} ms, graphql-jit ${jit.toFixed(2)} ms (${(js / jit).toFixed(2)}×)`);
} finally {
  await db.close();
  await neo4j.stop();
}
