/**
 * npm run bench: the product side by side with the raw-Cypher floor (in process and behind a
 * minimal HTTP server), the @neo4j/graphql peer and itself without DataLoader batching, on
 * synthetic graphs of growing size and on the graph `npm start` makes (the seed and its default
 * layers: the "landscape" scale), in one run; and the product on `npm run load`'s realistic mix
 * over that same graph.
 *
 *   npm run bench                     # scales landscape, ×1, ×10, ×100, ×1000
 *   npm run bench -- --quick          # ×1 and ×10, shorter runs
 *   npm run bench -- --scales landscape,1,100 --seed 7 --runs 100 --seconds 4
 *   npm run bench -- --systems httpfloor,product --scales 1 --quick
 *   npm run bench -- --baseline 87f24dc   # the realistic mix on a worktree of that commit too
 *
 * Starts its own Neo4j 5.26 (bolt 127.0.0.1:7690, data in .neo4j/bench, wiped and reloaded per
 * scale) unless BENCH_NEO4J_URI names a server the benchmark may empty. Writes Markdown and JSON
 * to bench/results/ (latest-full, latest-quick, or latest-partial with --scales or --systems). Numbers are ratios measured in one run on one machine, not thresholds.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { graphql, type GraphQLSchema } from "graphql";
import { loadConfig } from "../src/config.js";
import { createContext } from "../src/context.js";
import type { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { loadGraph, loadSeed } from "../src/seed/loader.js";
import type { GraphRows } from "../src/seed/to-graph.js";
import { toGraph } from "../src/seed/to-graph.js";
import { floorFingerprint, productFingerprint, runFloor } from "./floor.js";
import { mix, selectionDepth, type MixQuery, type Probes } from "./mix.js";
import { notExpressible, peerQueries } from "./peer/queries.js";
import { benchHttpPorts, benchNeo4j, benchServerEnv } from "./support/bench-neo4j.js";
import { rawUnwindLoad, sizeOf, wipeGraph } from "./support/graph-load.js";
import { closedLoop, httpLoad, postFloor, postGraphQL, processCpuMs, processMemory, sequentialLatency, type Latency, type Throughput, type Watched } from "./support/measure.js";
import { probesFromGraph } from "./support/graph-probes.js";
import { answerableMix, answeredAlike, baselineCheckout, queryMix, startProduct, startServerProcess, type ProductProcess } from "./support/product.js";
import { machineAndVersions, parseScales, scaleLabel, systemNames, writeReport, type BenchReport, type MixResult, type QueryResult, type Scale, type ScaleResult, type SystemName } from "./support/report.js";
import { defaultSeedLayers, describeGraph, graphCounts, seedRows } from "./support/seed-graph.js";
import { generateGraph } from "./synthetic/generate.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    scales: { type: "string" },
    seed: { type: "string", default: "1" },
    runs: { type: "string" },
    seconds: { type: "string" },
    /** Only these systems (e.g. product,httpfloor to re-measure a fix without the slow peer). */
    systems: { type: "string", default: systemNames.join(",") },
    /** Also run the realistic mix on a worktree of this commit (the mix's "× main" target). */
    baseline: { type: "string" },
    /** Leave out the realistic mix on `npm start`'s graph. */
    "no-mix": { type: "boolean", default: false },
    /** Only these benchmark queries (e.g. nestedListing,liaisons), to re-measure one fix. */
    queries: { type: "string" },
  },
});
const quick = args.quick!;
const systems = new Set(args.systems!.split(","));
for (const system of systems) if (!systemNames.includes(system as SystemName)) throw new Error(`--systems: unknown system "${system}" (known: ${systemNames.join(", ")})`);
const scales = parseScales(args.scales ?? (quick ? "1,10" : "landscape,1,10,100,1000"));
const settings = {
  seed: Number(args.seed),
  /** Requests at concurrency 1 (after warm-up), stopping early after `c1Seconds`. */
  runs: Number(args.runs ?? (quick ? 40 : 100)),
  c1Seconds: quick ? 3 : 8,
  /** Length of each autocannon / closed-loop run at concurrency 8 and 32. */
  seconds: Number(args.seconds ?? (quick ? 2 : 4)),
  concurrencies: [8, 32],
  /**
   * Each system serves the query at concurrency 8, unmeasured, in runs of `warmUpSeconds` until
   * two runs in a row agree within 10% on requests/s (at most `warmUpRuns` runs), before it is
   * measured. Neo4j's JIT compiles each statement's code over its first few thousand runs: with a
   * few calls of warm-up the first system measured paid for it (the nested listing at ×100 read
   * 0.52× the peer's measured first, 1.06× once both were warm; bench/profile-http.ts --order
   * product,peer,product), and a fixed 3 s was not enough at ×100.
   */
  warmUpSeconds: quick ? 1 : 2,
  warmUpRuns: quick ? 4 : 10,
};
const onlyQueries = args.queries?.split(",");
for (const name of onlyQueries ?? []) if (!mix.some((q) => q.name === name)) throw new Error(`--queries: unknown query "${name}" (known: ${mix.map((q) => q.name).join(", ")})`);
/** Seconds each tree serves the mix unmeasured before it is measured (`npm run load` uses 45). */
const MIX_WARM_UP_SECONDS = Number(process.env.BENCH_MIX_WARMUP_S ?? 30);

for (const [name, value] of Object.entries({ seed: settings.seed, runs: settings.runs, seconds: settings.seconds })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be whole numbers from 1`);
}

/** Both loaders commit every 100,000 rows: a million relationships overflow one transaction's memory. */
const ROWS_PER_TRANSACTION = 100_000;
const log = createLogger(process.env.LOG_LEVEL ?? "warn");
/** The layers `npm start` loads over the seed (SEED_LAYERS): the mix's graph and the landscape scale's. */
const seedLayers = defaultSeedLayers();
/** "Us" on `npm start`'s graph: the product's HOME_ORGANIZATION (the generated graphs name their own). */
const configuredHome = loadConfig(process.env).coordination.home;
const say = (text: string) => process.stdout.write(`${text}\n`);
/** Each server's HTTP port (BENCH_HTTP_PORT on, or any free port). */
const nextPort = benchHttpPorts();

const neo4j = await benchNeo4j(log);
const db = neo4j.db;
const report: BenchReport = { startedAt: new Date().toISOString(), settings: { ...settings, scales, quick, systems: [...systems], kind: args.scales || args.queries || args["no-mix"] || systems.size < systemNames.length ? "partial" : quick ? "quick" : "full" }, machine: {}, scales: [] };

try {
  await migrate(db, log);
  report.machine = await machineAndVersions(db);
  const schema = await createSchema();
  // The mix first: it needs `npm start`'s graph, and the last scale's graph stays for bench/profile.ts.
  if (!args["no-mix"] && systems.has("product")) {
    report.mix = await benchMix(schema);
    writeReport(report);
  }
  for (const scale of scales) {
    report.scales.push(await benchScale(scale, schema));
    writeReport(report); // after each scale, so a long run leaves its results as it goes
  }
  const { markdownFile } = writeReport(report);
  say(`\n${readFileSync(markdownFile, "utf8")}`);
  say(`Results: ${markdownFile} (and .json)`);
} finally {
  await neo4j.stop();
}

/**
 * A scale's graph and the questions asked of it: a generated graph names its own probes; the
 * landscape scale is `npm start`'s graph (the seed and its default layers, the product's rows),
 * whose probes are chosen from the loaded graph by query (support/graph-probes.ts).
 */
function graphOf(scale: Scale): { graph: GraphRows; probes: (db: Database) => Promise<Probes> } {
  if (scale === "landscape") {
    say(`\n== ${scaleLabel(scale)}: the seed with ${seedLayers.join(", ") || "no layer"} (SEED_LAYERS), as \`npm start\` loads it`);
    return { graph: seedRows(seedLayers), probes: (db) => probesFromGraph(db, configuredHome) };
  }
  say(`\n== ×${scale}: generating the graph (seed ${settings.seed})`);
  const generated = generateGraph(scale, settings.seed);
  return { graph: toGraph(generated.data), probes: async () => generated.probes };
}

async function benchScale(scale: Scale, schema: GraphQLSchema): Promise<ScaleResult> {
  const spec = graphOf(scale);
  const graph = spec.graph;
  const size = sizeOf(graph);
  const items = size.nodes + size.relationships;
  say(`   ${size.nodes} nodes, ${size.relationships} relationships; loading with plain UNWIND (floor), then with the product's loader`);
  await wipeGraph(db);
  const rawSeconds = await timed(() => rawUnwindLoad(db, graph, ROWS_PER_TRANSACTION));
  await wipeGraph(db);
  const loaderSeconds = await timed(() => loadGraph(db, log, graph, { rowsPerTransaction: ROWS_PER_TRANSACTION }));
  say(`   loader ${(items / loaderSeconds).toFixed(0)} items/s, raw UNWIND ${(items / rawSeconds).toFixed(0)} items/s`);
  // The load leaves Neo4j work to do in the background (index population, the checkpoint of every
  // page it wrote, the collection of its garbage): done now, it is not charged to the first system measured.
  await db.write("CALL db.awaitIndexes(600)");
  await untilEngineQuiet();
  const probes = await spec.probes(db);
  const counts = scale === "landscape" ? await graphCounts(db) : undefined;
  if (counts) say(`   ${describeGraph({ layers: seedLayers, counts })}; probes ${JSON.stringify(probes)}`);

  const env = benchServerEnv(neo4j, probes.home);
  const servers: Partial<Record<Exclude<SystemName, "floor">, ProductProcess>> = {};
  const queries: QueryResult[] = [];
  try {
    // The product always runs: its answers are the ones every system is checked against.
    servers.product = await startProduct({ ...env, PORT: nextPort() });
    if (systems.has("httpfloor")) servers.httpfloor = await startServerProcess({ script: `${projectRoot}/bench/floor-server.ts`, env: { ...env, PORT: nextPort() }, listening: /"msg":"http floor listening"/ });
    if (systems.has("unbatched")) servers.unbatched = await startProduct({ ...env, PORT: nextPort(), DATALOADER_BATCHING: "false" });
    if (systems.has("peer")) servers.peer = await startServerProcess({ script: `${projectRoot}/bench/peer/server.ts`, env: { ...env, PORT: nextPort() }, listening: /"msg":"peer listening"/ });
    for (const query of mix.filter((q) => !onlyQueries || onlyQueries.includes(q.name))) queries.push(await benchQuery(query, probes, schema, servers));
    const aliasLookup = await benchAliasLookup(servers.product, probes);
    const memory: ScaleResult["memory"] = {};
    for (const [name, server] of Object.entries(servers)) {
      const used = await processMemory(server.pid);
      if (used) memory[name as SystemName] = used;
    }
    return {
      scale, nodes: size.nodes, relationships: size.relationships, probes, load: { loaderSeconds, rawSeconds, items }, queries, aliasLookup, memory,
      ...(counts ? { graph: { layers: seedLayers, bodies: counts.bodies, deliverables: counts.deliverables } } : {}),
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

async function benchQuery(query: MixQuery, probes: Probes, schema: GraphQLSchema, servers: Partial<Record<SystemName, ProductProcess>>): Promise<QueryResult> {
  const body = JSON.stringify({ query: query.document, variables: query.variables(probes) });
  const peer = peerQueries[query.name];
  const peerBody = peer && JSON.stringify({ query: peer.document, variables: peer.variables(probes) });
  const floor = () => runFloor(db.driver, neo4j.database, query.name, probes);
  const floorBody = JSON.stringify({ query: query.name, probes });

  const product = productFingerprint(query.name, await postGraphQL(`${servers.product!.url}/graphql`, body));
  const agreesWithFloor = product === floorFingerprint(query.name, await floor());
  const agreesWithHttpFloor = servers.httpfloor ? product === floorFingerprint(query.name, await postFloor(servers.httpfloor.url, floorBody)) : undefined;
  const result: QueryResult = {
    name: query.name, coordination: query.coordination, depth: selectionDepth(query.document), agreesWithFloor,
    ...(agreesWithHttpFloor === undefined ? {} : { agreesWithHttpFloor }),
    ...(await roundTrips(schema, query, probes)),
    peer: peer ? { approximation: peer.approximation } : { notExpressible: notExpressible[query.name] ?? "not written" },
    systems: {},
  };
  const httpVerdict = agreesWithHttpFloor === undefined ? "" : `, ${agreesWithHttpFloor ? "agree with" : "DIFFER from"} the HTTP floor`;
  say(`   ${query.name}: answers ${agreesWithFloor ? "agree with" : "DIFFER from"} the floor${httpVerdict}; round trips ${result.roundTrips.batched} (${result.roundTrips.unbatched} unbatched), transactions ${result.transactions}, statements ${result.statements}`);

  /** A system over HTTP: one request (its answer), and a load at a concurrency; none when the system is not running. */
  const overHttp = (server: ProductProcess | undefined, requestBody: string, post = postGraphQL, path = "/graphql"): Call | undefined =>
    server && [() => post(`${server.url}${path}`, requestBody), (c, seconds = settings.seconds) => httpLoad(`${server.url}${path}`, requestBody, c, seconds, watching(server))];
  const calls: Array<[SystemName, Call | undefined]> = [
    ["floor", [floor, (c, seconds = settings.seconds) => closedLoop(floor, c, seconds)]],
    ["httpfloor", overHttp(servers.httpfloor, floorBody, postFloor, "")],
    ["product", overHttp(servers.product, body)],
    ["unbatched", overHttp(servers.unbatched, body)],
    ["peer", peerBody ? overHttp(servers.peer, peerBody) : undefined],
  ];

  for (const [system, measured] of calls) {
    if (!systems.has(system) || !measured) continue;
    const [call, load] = measured;
    try {
      await call(); // plans cached
      await warmUp((seconds) => load(8, seconds)); // the engine's and the server's JIT warm
      const latency: Latency = await sequentialLatency(call, settings.runs, settings.c1Seconds);
      const throughput: Throughput[] = [];
      for (const concurrency of settings.concurrencies) throughput.push(await load(concurrency));
      result.systems[system] = { latency, throughput };
    } catch (error) {
      result.systems[system] = { error: (error as Error).message.slice(0, 300) };
    }
    // A client that stops waiting does not stop Neo4j: let the last run's statements finish
    // (the peer's take seconds at ×1000) before the next system is measured.
    await untilNeo4jIdle();
  }
  return result;
}

/** How a system is measured: one request (its answer), and a load of `seconds` at a concurrency. */
type Call = [() => Promise<unknown>, (concurrency: number, seconds?: number) => Promise<Throughput>];

/** Waits (at most a minute) until the local Neo4j's process uses under a tenth of a core over a second. */
async function untilEngineQuiet(): Promise<void> {
  if (neo4j.pid === undefined) return;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = processCpuMs(neo4j.pid);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = processCpuMs(neo4j.pid);
    if (before === undefined || after === undefined || after - before < 100) return;
  }
}

/** Runs of `warmUpSeconds` until two in a row agree within 10% on requests/s, at most `warmUpRuns`. */
async function warmUp(run: (seconds: number) => Promise<Throughput>): Promise<void> {
  let last = 0;
  for (let i = 0; i < settings.warmUpRuns; i++) {
    const { requestsPerSecond } = await run(settings.warmUpSeconds);
    if (last > 0 && Math.abs(requestsPerSecond - last) <= 0.1 * last) return;
    last = requestsPerSecond;
  }
}

/**
 * One organization looked up by an alias (not its id, name or acronym), at concurrency 1: with an
 * index its latency does not grow with the graph; a scan of every body's aliases does.
 */
async function benchAliasLookup(product: ProductProcess, probes: Probes): Promise<NonNullable<ScaleResult["aliasLookup"]>> {
  const body = JSON.stringify({ query: "query($ref: String!) { organization(ref: $ref) { key } }", variables: { ref: probes.alias } });
  const call = () => postGraphQL(`${product.url}/graphql`, body);
  const found = ((await call()) as { organization?: { key?: string } | null }).organization?.key ?? null;
  for (let i = 0; i < 20; i++) await call();
  const latency = await sequentialLatency(call, settings.runs, settings.c1Seconds);
  say(`   alias lookup "${probes.alias}": ${found === probes.aliasOf ? "found" : `WRONG (${found})`}, p50 ${latency.p50.toFixed(1)} ms`);
  return { alias: probes.alias, found, expected: probes.aliasOf, latency };
}

/** The server's process and the local Neo4j's, whose CPU time a load run is charged with. */
function watching(server: ProductProcess): Watched {
  return { serverPid: server.pid, ...(neo4j.pid === undefined ? {} : { neo4jPid: neo4j.pid }) };
}

/** Waits (at most 2 minutes) until no transaction but this one runs on Neo4j. */
async function untilNeo4jIdle(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const [row] = await db.read("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running");
    if ((row?.running as number) <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Cypher round trips and transactions of one request (batched and not), counted in this process
 * on the same resolvers the server runs.
 */
async function roundTrips(schema: GraphQLSchema, query: MixQuery, probes: Probes): Promise<Pick<QueryResult, "roundTrips" | "transactions" | "statements">> {
  const source = { document: query.document, variables: query.variables(probes) };
  const coordination = { home: probes.home, maxHops: 6 };
  const batched = await countRequest(schema, source, { batching: true, coordination });
  const unbatched = await countRequest(schema, source, { batching: false, coordination });
  return { roundTrips: { batched: batched.trips, unbatched: unbatched.trips }, transactions: batched.transactions, statements: batched.statements };
}

/** Round trips, transactions and statements of one GraphQL request, run in this process. */
async function countRequest(schema: GraphQLSchema, request: { document: string; variables?: Record<string, unknown> }, options: Parameters<typeof createContext>[1]) {
  const before = { trips: db.roundTrips, transactions: db.transactions, statements: db.statements };
  const contextValue = createContext(db, options);
  const answer = await graphql({ schema, source: request.document, variableValues: request.variables, contextValue }).finally(() => contextValue.db.end());
  if (answer.errors) throw new Error(`${request.document.slice(0, 60)}…: ${answer.errors.map((e) => e.message).join("; ")}`);
  return { trips: db.roundTrips - before.trips, transactions: db.transactions - before.transactions, statements: db.statements - before.statements };
}

/**
 * `npm run load`'s realistic mix (lookups, searches, list pages and every example operation) on
 * the graph `npm start` makes (the seed and its default layers, loaded by the product's loader),
 * as autocannon sends it: each connection cycles through the mix. The floors answer only the
 * bench queries, so the mix has no floor to compare with; with --baseline, the same mix on a
 * worktree of that commit (same Neo4j, same graph).
 */
async function benchMix(schema: GraphQLSchema): Promise<MixResult> {
  say(`\n== realistic mix on \`npm start\`'s graph (the seed with ${seedLayers.join(", ") || "no layer"})`);
  await wipeGraph(db);
  await loadSeed(db, log, undefined, { layers: seedLayers });
  const graph = await graphCounts(db);
  say(`   ${describeGraph({ layers: seedLayers, counts: graph })}`);
  // Against a baseline, both trees are asked the same questions: the operations its schema can answer.
  const baselineRoot = args.baseline ? baselineCheckout(args.baseline) : undefined;
  const { bodies, left } = baselineRoot ? answerableMix(queryMix("realistic"), baselineRoot) : { bodies: queryMix("realistic"), left: [] };
  if (left.length) say(`   left out of the mix (${args.baseline} cannot answer them): ${left.join(", ")}`);
  // Transactions per request, each operation of the mix once, counted in this process.
  const counts = [];
  for (const body of bodies) {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    counts.push(await countRequest(schema, { document: query, variables }, { batching: true }));
  }
  const env = benchServerEnv(neo4j);
  const seconds = Math.max(settings.seconds, 4);
  const result: MixResult = {
    graph: { layers: seedLayers, bodies: graph.bodies, deliverables: graph.deliverables },
    operations: bodies.length,
    ...(left.length ? { leftOut: left } : {}),
    warmUpSeconds: MIX_WARM_UP_SECONDS,
    transactions: counts.map((count) => count.transactions),
    roundTrips: counts.map((count) => count.trips),
    statements: counts.map((count) => count.statements),
    product: { throughput: [] },
  };
  // Both trees up at once on the same Neo4j and graph, each warmed up, then measured in the order
  // baseline, this tree, this tree, baseline at each concurrency (means of two runs): measured one
  // after the other, the second gained from the first's warm-up and the machine's drift (on
  // 2026-12-07 the ratio read 0.86× with this tree first and 2.49× with the baseline first).
  const product = await startProduct({ ...env, PORT: nextPort() });
  let baseline: ProductProcess | undefined;
  try {
    for (const body of bodies) await postGraphQL(`${product.url}/graphql`, body); // throws on an error
    if (args.baseline && baselineRoot) {
      say(`   the same mix on ${args.baseline} (${baselineRoot})`);
      try {
        baseline = await startProduct({ ...env, PORT: nextPort() }, undefined, baselineRoot);
        for (const body of bodies) await postGraphQL(`${baseline.url}/graphql`, body);
      } catch (error) {
        result.baseline = { ref: args.baseline, error: (error as Error).message.slice(0, 300) };
        await baseline?.stop();
        baseline = undefined;
      }
    }
    const servers = baseline ? [baseline, product] : [product];
    for (const server of servers) await httpLoad(`${server.url}/graphql`, bodies, 10, MIX_WARM_UP_SECONDS);
    const order = baseline ? [0, 1, 1, 0] : [0];
    const measureAt = async (mixBodies: string[], concurrency: number) => {
      const runs: Throughput[][] = servers.map(() => []);
      for (const i of order) runs[i]!.push(await httpLoad(`${servers[i]!.url}/graphql`, mixBodies, concurrency, seconds, watching(servers[i]!)));
      return runs.map(meanThroughput);
    };
    const throughput: Throughput[][] = servers.map(() => []);
    for (const concurrency of [10, 32]) (await measureAt(bodies, concurrency)).forEach((t, i) => throughput[i]!.push(t));
    if (baseline) {
      // An operation the trees answer differently is other work (answers.md's rules grew since the
      // baseline): the ratio is also given over the operations both answer alike.
      const alike = await answeredAlike(baseline.url, product.url, bodies);
      result.answeredDifferently = alike.differ;
      const [base, now] = await measureAt(alike.same, 10);
      result.alike = { operations: alike.same.length, product: now!, baseline: base! };
    }
    await untilNeo4jIdle();
    result.product = { throughput: throughput[servers.length - 1]!, memory: await processMemory(product.pid) };
    if (baseline) result.baseline = { ref: args.baseline!, throughput: throughput[0]!, memory: await processMemory(baseline.pid) };
  } finally {
    await baseline?.stop();
    await product.stop();
  }
  const c10 = result.product.throughput[0]!;
  say(`   ${bodies.length} operations: ${c10.requestsPerSecond.toFixed(0)} req/s at c10, p99 ${c10.p99} ms, ${c10.failures} failures`);
  return result;
}

/** The mean of runs of one load (requests/s, latencies and CPU per request averaged, failures summed). */
function meanThroughput(runs: Throughput[]): Throughput {
  const mean = (pick: (t: Throughput) => number | undefined) => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length === runs.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  };
  const [first] = runs as [Throughput];
  const serverMs = mean((t) => t.cpu?.serverMs);
  const neo4jMs = mean((t) => t.cpu?.neo4jMs);
  const p50 = mean((t) => t.p50);
  return {
    concurrency: first.concurrency,
    requestsPerSecond: mean((t) => t.requestsPerSecond)!,
    ...(p50 === undefined ? {} : { p50 }),
    p99: mean((t) => t.p99)!,
    failures: runs.reduce((sum, t) => sum + t.failures, 0),
    ...(serverMs === undefined ? {} : { cpu: { serverMs, ...(neo4jMs === undefined ? {} : { neo4jMs }) } }),
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}
