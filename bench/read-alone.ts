/**
 * What a request's read transaction costs, spoken two ways on the same statement: in an explicit
 * transaction (BEGIN, RUN+PULL, COMMIT: how every request read before) and alone, as one
 * auto-commit read (RUN+PULL: how a query known to read with one statement reads now,
 * src/db/read-shapes.ts). Both through the product's own RequestDatabase, at concurrency 8, in
 * interleaved rounds (so the machine's drift and the engine's warm-up fall on both), on the graph
 * the last benchmark left in .neo4j/bench (`landscape`: the seed and its layers, or a scale
 * number). Per request: this process's CPU (the driver's share of a server's), Neo4j's CPU, and
 * the write system calls this process made (each a Bolt message batch sent to Neo4j).
 *
 *   npx tsx bench/read-alone.ts landscape nestedListing [--rounds 6] [--requests 400]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { graphql } from "graphql";
import { loadConfig } from "../src/config.js";
import { createContext } from "../src/context.js";
import type { Params } from "../src/db/database.js";
import { ReadShapes } from "../src/db/read-shapes.js";
import { RequestDatabase } from "../src/db/request-database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { mix, type Probes } from "./mix.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { probesFromGraph } from "./support/graph-probes.js";
import { processCpuMs } from "./support/measure.js";
import { generateGraph } from "./synthetic/generate.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: "string", default: "6" }, requests: { type: "string", default: "400" } } });
const [scaleText = "landscape", name = "nestedListing"] = positionals;
const query = mix.find((q) => q.name === name);
if (!query) throw new Error(`usage: npx tsx bench/read-alone.ts <landscape|scale> <query: ${mix.map((q) => q.name).join(", ")}>`);
const rounds = Number(values.rounds);
const requests = Number(values.requests);
const concurrency = 8;

/** Write system calls this process has made so far (Linux /proc). */
const writeCalls = () => Number(/^syscw: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"))?.[1] ?? NaN);

const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const db = neo4j.db;
try {
  const probes: Probes = scaleText === "landscape" ? await probesFromGraph(db, loadConfig(process.env).coordination.home) : generateGraph(Number(scaleText), 1).probes;
  // The product's statement for the query, as its resolvers send it.
  const statements: Array<[string, Params]> = [];
  db.onStatement = (cypher, params) => statements.push([cypher, params]);
  const contextValue = createContext(db, { coordination: { home: probes.home, maxHops: 6 } });
  const answer = await graphql({ schema: await createSchema(), source: query.document, variableValues: query.variables(probes), contextValue }).finally(() => contextValue.db.end());
  db.onStatement = undefined;
  if (answer.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
  if (statements.length !== 1) throw new Error(`${name} reads with ${statements.length} statements: only a one-statement query is read alone`);
  const [cypher, params] = statements[0]!;

  const shapes = new ReadShapes();
  shapes.learn("alone", 1);
  const request = async (alone: boolean) => {
    const requestDb = new RequestDatabase(db);
    if (alone) requestDb.operation(shapes, "alone");
    await requestDb.read(cypher, params);
    await requestDb.end();
  };
  const measure = async (alone: boolean) => {
    let left = requests;
    const cpu = process.cpuUsage();
    const engine = neo4j.pid === undefined ? undefined : processCpuMs(neo4j.pid);
    const writes = writeCalls();
    const transactions = db.transactions;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (left-- > 0) await request(alone);
    }));
    const used = process.cpuUsage(cpu);
    const engineAfter = neo4j.pid === undefined ? undefined : processCpuMs(neo4j.pid);
    return {
      nodeMs: (used.user + used.system) / 1000 / requests,
      neo4jMs: engine === undefined || engineAfter === undefined ? NaN : (engineAfter - engine) / requests,
      writes: (writeCalls() - writes) / requests,
      transactions: (db.transactions - transactions) / requests,
    };
  };
  for (let i = 0; i < 100; i++) await Promise.all([request(false), request(true)]); // plans cached, JIT warm
  const totals = { transaction: [] as Array<Awaited<ReturnType<typeof measure>>>, alone: [] as Array<Awaited<ReturnType<typeof measure>>> };
  for (let round = 1; round <= rounds; round++) {
    // A B B A: neither way always goes first.
    for (const alone of round % 2 ? [false, true] : [true, false]) {
      const result = await measure(alone);
      totals[alone ? "alone" : "transaction"].push(result);
      console.log(`round ${round} ${alone ? "alone (auto-commit)" : "explicit transaction"}: Node ${result.nodeMs.toFixed(2)} ms, Neo4j ${result.neo4jMs.toFixed(2)} ms CPU, ${result.writes.toFixed(2)} writes, ${result.transactions} transactions per request`);
    }
  }
  const mean = (list: Array<Awaited<ReturnType<typeof measure>>>, key: "nodeMs" | "neo4jMs" | "writes") => list.reduce((sum, r) => sum + r[key], 0) / list.length;
  for (const [way, list] of Object.entries(totals)) {
    console.log(`${name} ${scaleText}, ${way}: Node ${mean(list, "nodeMs").toFixed(2)} ms, Neo4j ${mean(list, "neo4jMs").toFixed(2)} ms CPU, ${mean(list, "writes").toFixed(2)} write calls per request (mean of ${list.length} runs of ${requests} at c${concurrency})`);
  }
} finally {
  await neo4j.stop();
}
