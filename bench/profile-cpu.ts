/**
 * CPU time per request of the benchmark's queries on the graph the last benchmark (or
 * `bench/profile.ts --load`) left in .neo4j/bench: Neo4j's JVM (from /proc/<pid>/stat) and this
 * Node process (GraphQL, resolvers, driver), each query run in process as the server runs it, with
 * the size of the rows the statements return and of the answer. CPU time, unlike wall time, holds
 * up when other work shares the machine.
 *
 *   npx tsx bench/profile-cpu.ts 1000 whoWorksOn connection   # scale the graph was loaded at, then queries
 *   npx tsx bench/profile-cpu.ts landscape whoWorksOn          # the graph \`npm start\` makes (bench/profile-http.ts landscape … --load)
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { mix } from "./mix.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { processCpuMs } from "./support/measure.js";
import { generateGraph } from "./synthetic/generate.js";
import { probesFromGraph } from "./support/graph-probes.js";
import { loadConfig } from "../src/config.js";

const [scaleText, ...names] = process.argv.slice(2);
const scale = scaleText === "landscape" ? "landscape" : Number(scaleText);
if (scale !== "landscape" && (!Number.isInteger(scale) || scale < 1)) throw new Error("usage: npx tsx bench/profile-cpu.ts <scale|landscape> [query…]");
const RUNS = Number(process.env.PROFILE_RUNS ?? 60);
const WARM_UP = Number(process.env.PROFILE_WARMUP ?? 60);
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const probes = scale === "landscape" ? await probesFromGraph(neo4j.db, loadConfig(process.env).coordination.home) : generateGraph(scale, 1).probes;
const schema = await createSchema();
/** The engine's process: the one started here, or BENCH_NEO4J_PID for a running local engine named by BENCH_NEO4J_URI. */
const pid = neo4j.pid ?? (process.env.BENCH_NEO4J_PID ? Number(process.env.BENCH_NEO4J_PID) : undefined);
if (pid === undefined) throw new Error("profile-cpu reads the engine's CPU time: leave BENCH_NEO4J_URI unset, or give BENCH_NEO4J_PID");

try {
  const queries = mix.filter((q) => names.length === 0 || names.includes(q.name));
  for (const query of queries) {
    let rowBytes = 0;
    const run = async () => {
      const contextValue = createContext(neo4j.db, { coordination: { home: probes.home, maxHops: 6 } });
      const answer = await graphql({ schema, source: query.document, variableValues: query.variables(probes), contextValue }).finally(() => contextValue.db.end());
      if (answer.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
      return answer;
    };
    neo4j.db.onStatement = undefined;
    for (let i = 0; i < WARM_UP; i++) await run();
    const answerBytes = JSON.stringify(await run()).length;
    const before = { neo4j: processCpuMs(pid)!, node: process.cpuUsage(), wall: performance.now() };
    for (let i = 0; i < RUNS; i++) await run();
    const node = process.cpuUsage(before.node);
    const wall = (performance.now() - before.wall) / RUNS;
    // The rows' size, read once more through the same door (not timed).
    const statements: Array<[string, Record<string, unknown>]> = [];
    neo4j.db.onStatement = (cypher, params) => statements.push([cypher, params]);
    await run();
    neo4j.db.onStatement = undefined;
    for (const [cypher, params] of statements) rowBytes += JSON.stringify(await neo4j.db.read(cypher, params)).length;
    console.log(
      `${query.name} ${scale === "landscape" ? "landscape" : `×${scale}`}: Neo4j CPU ${((processCpuMs(pid)! - before.neo4j) / RUNS).toFixed(1)} ms, Node CPU ${((node.user + node.system) / 1000 / RUNS).toFixed(1)} ms per request ` +
      `(wall ${wall.toFixed(1)} ms, loaded machine); ${statements.length} statements, rows ${(rowBytes / 1024).toFixed(1)} KB, answer ${(answerBytes / 1024).toFixed(1)} KB`,
    );
  }
} finally {
  await neo4j.stop();
}
