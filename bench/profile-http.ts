/**
 * Where a server's CPU goes under HTTP load, for one benchmark query: the product (and, with
 * `--peer`, the @neo4j/graphql peer, then the product again: the engine warms up while the first
 * server is measured) in its own process under `node --cpu-prof`, loaded by
 * autocannon at 8 connections on the graph the last benchmark (or `bench/profile.ts --load`) left
 * in .neo4j/bench, then the profile's busy time by package and by function, and the server's CPU
 * per request read from /proc (which holds up when other work shares the machine; the
 * profiler's own cost is in it).
 *
 *   npx tsx bench/profile-http.ts 1 nestedListing [--peer | --order peer,product,peer] [--seconds 20] [--connections 8] [--no-profile]
 *   npx tsx bench/profile-http.ts landscape whoWorksOn --load --baseline .neo4j/baseline-d7b24d6 --order baseline,product,baseline,product
 *   npx tsx bench/profile-http.ts landscape whoWorksOn --order httpfloor,product,httpfloor,product --no-profile
 *
 * `landscape`: the graph `npm start` makes (the seed and its default layers), its probes chosen
 * from the loaded graph as the benchmark chooses them. `--load`: empty the graph and load that
 * scale first. `--baseline DIR`: another checkout of the product (e.g. `git archive` of main,
 * with a node_modules link), measured as the server `baseline` on the same engine and graph, so
 * a change is compared side by side within one run. BENCH_HTTP_PORT: the first server's port (each
 * next server the next one; default: any free port).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "../src/logger.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { migrate } from "../src/db/migrations.js";
import { loadGraph } from "../src/seed/loader.js";
import { toGraph } from "../src/seed/to-graph.js";
import { loadConfig } from "../src/config.js";
import { mix, type Probes } from "./mix.js";
import { peerQueries } from "./peer/queries.js";
import { benchHttpPorts, benchNeo4j, benchServerEnv } from "./support/bench-neo4j.js";
import { wipeGraph } from "./support/graph-load.js";
import { probesFromGraph } from "./support/graph-probes.js";
import { httpLoad } from "./support/measure.js";
import { productScript, startServerProcess, type ProductProcess } from "./support/product.js";
import { defaultSeedLayers, seedRows } from "./support/seed-graph.js";
import { generateGraph } from "./synthetic/generate.js";

const args = process.argv.slice(2);
const option = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const seconds = Number(option("--seconds") ?? 20);
const connections = Number(option("--connections") ?? 8);
/** `--no-profile`: the servers run without the profiler (latency percentiles without its cost). */
const profiled = !args.includes("--no-profile");
/** The servers in the order measured: the engine warms up while the first is measured, so `--peer` measures the product again after the peer. */
const order = (option("--order") ?? (args.includes("--peer") ? "product,peer,product" : "product")).split(",");
const load = args.includes("--load");
const baselineRoot = option("--baseline") && path.resolve(option("--baseline")!);
const [scaleText, name] = args.filter((a, i) => !a.startsWith("--") && !["--seconds", "--order", "--connections", "--baseline"].includes(args[i - 1] ?? ""));
const scale = scaleText === "landscape" ? "landscape" : Number(scaleText);
const query = mix.find((q) => q.name === name);
if ((scale !== "landscape" && (!Number.isInteger(scale) || scale < 1)) || !query) {
  throw new Error("usage: npx tsx bench/profile-http.ts <scale|landscape> <query> [--load] [--peer | --order a,b,…] [--baseline DIR] [--seconds N]");
}
const nextPort = benchHttpPorts();

/** Write system calls a process has made so far (write, writev: sockets included), from /proc (Linux); NaN elsewhere. */
function writeCalls(pid: number): number {
  try {
    return Number(/^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

interface CpuProfile { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] }

/** Busy time (not idle, not the first `skipMs` of start-up) by package and by function. */
function summarize(file: string, top = Number(process.env.PROFILE_TOP ?? 25)): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (frame.functionName === "(idle)") return;
    busy += ms;
    const url = frame.url;
    const pkg = url.includes("node_modules/") ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1")
      : url.includes(projectRoot) ? url.slice(url.indexOf(projectRoot) + projectRoot.length + 1).replace(/^([^/]+\/[^/]+).*/, "$1") : url || frame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const fn = `${frame.functionName || "(anonymous)"} ${url.replace(/.*node_modules\//, "").replace(projectRoot + "/", "")}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${k}`).join("\n");
  return `busy ${busy.toFixed(0)} ms\n by package:\n${rows(byPackage)}\n by function:\n${rows(byFunction)}`;
}

const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const generated = scale === "landscape" ? undefined : generateGraph(scale, 1);
if (load) {
  await migrate(neo4j.db, log);
  await wipeGraph(neo4j.db);
  await loadGraph(neo4j.db, log, generated ? toGraph(generated.data) : seedRows(defaultSeedLayers()), { rowsPerTransaction: 100_000 });
  await neo4j.db.write("CALL db.awaitIndexes(600)");
}
const probes: Probes = generated?.probes ?? (await probesFromGraph(neo4j.db, loadConfig(process.env).coordination.home));
const env = benchServerEnv(neo4j, probes.home);

async function profileServer(label: string, run: { script: string; tsx: boolean }, listening: RegExp, body: string, cwd?: string, route = "/graphql"): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `profile-http-${label}-`));
  const port = nextPort();
  const server: ProductProcess = await startServerProcess({
    ...run, ...(cwd ? { cwd } : {}), env: { ...env, HOST: "127.0.0.1", PORT: port, LOG_LEVEL: "info" }, listening, nodeOptions: profiled ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [],
  });
  try {
    await httpLoad(`${server.url}${route}`, body, connections, Math.max(5, seconds / 2)); // warm-up
    const writesBefore = writeCalls(server.pid);
    const measured = await httpLoad(`${server.url}${route}`, body, connections, seconds, { serverPid: server.pid, neo4jPid: neo4j.pid });
    const writes = (writeCalls(server.pid) - writesBefore) / (measured.requestsPerSecond * seconds);
    console.log(
      `\n${label} ${name} ${scale === "landscape" ? "landscape" : `×${scale}`}: ${measured.requestsPerSecond.toFixed(0)} req/s at c${connections}, p50 ${measured.p50} ms, p99 ${measured.p99} ms; ` +
      `server CPU ${measured.cpu?.serverMs?.toFixed(2)} ms and Neo4j ${measured.cpu?.neo4jMs?.toFixed(2)} ms per request${profiled ? " (under the profiler)" : ""}, ` +
      `${writes.toFixed(2)} write calls per request (HTTP answers and Bolt messages), ${measured.failures} failures`,
    );
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f))[0];
  if (profiled) console.log(file ? summarize(file) : "(no profile written)");
}

try {
  const body = JSON.stringify({ query: query.document, variables: query.variables(probes) });
  const peer = peerQueries[query.name];
  const servers: Record<string, () => Promise<void>> = {
    product: () => profileServer("product", productScript(), /"msg":"GraphQL server listening"/, body),
    ...(baselineRoot ? { baseline: () => profileServer("baseline", productScript(baselineRoot), /"msg":"GraphQL server listening"/, body, baselineRoot) } : {}),
    // The HTTP floor (bench/floor-server.ts): the same statements behind bare node:http, the figure the bench compares with.
    httpfloor: () => profileServer("httpfloor", { script: path.join(projectRoot, "bench", "floor-server.ts"), tsx: true }, /"msg":"http floor listening"/, JSON.stringify({ query: query.name, probes }), undefined, ""),
    ...(peer ? { peer: () => profileServer("peer", { script: path.join(projectRoot, "bench", "peer", "server.ts"), tsx: true }, /"msg":"peer listening"/, JSON.stringify({ query: peer.document, variables: peer.variables(probes) })) } : {}),
  };
  for (const name of order) {
    const measure = servers[name];
    if (!measure) throw new Error(`--order: "${name}" is not a server of this query (${Object.keys(servers).join(", ")})`);
    await measure();
  }
} finally {
  await neo4j.stop();
}
