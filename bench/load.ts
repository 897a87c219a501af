/**
 * `npm run load`: a bounded load test of the GraphQL API on loopback.
 *
 *   npm run load                                   # 20 s, 10 connections, its own product + Neo4j
 *   LOAD_DURATION_S=60 LOAD_CONNECTIONS=20 npm run load
 *   LOAD_MIX=lookups npm run load                  # only lookups and searches
 *   LOAD_URL=http://127.0.0.1:4000 npm run load    # a product already running (loopback only;
 *                                                  # its rate limit will refuse most of the load)
 *   npm run load -- --baseline 87f24dc             # the same load on a worktree of that commit and on
 *                                                  # this tree, in the order A B B A; prints the ratios
 *
 * Without LOAD_URL it starts a local Neo4j (Bolt port LOAD_NEO4J_PORT, default 7790, data in
 * .neo4j/load-<port>) holding the graph `npm start` makes (the seed and the default layers,
 * SEED_LAYERS, loaded by this tree's loader; loaded again whenever they changed since, see
 * support/seed-graph.ts) and the product in its own process with the rate limit off, sends a
 * realistic query mix with autocannon for a fixed time, and prints which graph it measured,
 * requests/s, latency percentiles and every kind of error (HTTP, connection, GraphQL `errors`).
 * Numbers are for this machine and run, to compare; not thresholds.
 *
 * Each product first serves the mix unmeasured for LOAD_WARMUP_S (default 45 s). A freshly
 * started Neo4j JVM needs thousands of statements before its JIT-compiled speed (a trivial
 * statement costs its CPU about 13 ms at first, 3–4 ms after 4,000), and so does Node: without
 * it, the first product measured in a `--baseline` run pays the engine's warm-up and the second
 * does not. 15 s (about 300 requests, under 1,000 statements) was too short: on 2026-11-26 the
 * same two trees measured 2.44× apart after 15 s of warm-up and 1.38× after 45 s.
 *
 * With --baseline both products run at once on one Neo4j and graph, each warmed up, and are
 * measured in the order baseline, this tree, this tree, baseline (means of two runs each), so
 * neither gains from going second; on 2026-12-07 the order alone had moved the ratio from 0.86×
 * (this tree first, `npm run bench`) to 2.49× (baseline first). The operations whose answers
 * differ between the trees (answers.md's rules grew since the baseline) are named, and the ratio
 * is given over the whole mix and over the operations both answer alike.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { projectRoot, type LocalNeo4j } from "../src/db/neo4j-local.js";
import { createLogger } from "../src/logger.js";
import { answerableMix, answeredAlike, assertLoopback, baselineCheckout, queryMix, startProduct, type ProductProcess } from "./support/product.js";
import { describeGraph, startSeededNeo4j, type MeasuredGraph } from "./support/seed-graph.js";

const durationS = Number(process.env.LOAD_DURATION_S ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 10);
const warmUpS = Number(process.env.LOAD_WARMUP_S ?? 45);
const neo4jPort = Number(process.env.LOAD_NEO4J_PORT ?? 7790);
const mix = process.env.LOAD_MIX === "lookups" ? "lookups" : "realistic";
if (!(durationS > 0 && durationS <= 600)) throw new Error("LOAD_DURATION_S must be between 1 and 600");
if (!(connections > 0 && connections <= 200)) throw new Error("LOAD_CONNECTIONS must be between 1 and 200");
if (!(warmUpS >= 0 && warmUpS <= 600)) throw new Error("LOAD_WARMUP_S must be between 0 and 600");

const { values: args } = parseArgs({ options: { baseline: { type: "string" } } });
const log = createLogger(process.env.LOG_LEVEL ?? "warn");
let neo4j: LocalNeo4j | undefined;
const products: ProductProcess[] = [];
/** The load test's own Neo4j with `npm start`'s graph, which every product it starts is served (none of them seeds it). */
async function seededNeo4j(): Promise<{ neo4j: LocalNeo4j; graph: MeasuredGraph; env: Record<string, string> }> {
  const started = await startSeededNeo4j(neo4jPort, log);
  neo4j = started.neo4j;
  await started.db.close(); // the products connect on their own
  console.log(`Graph: ${describeGraph(started.graph)} (.neo4j/load-${neo4jPort}).`);
  return { ...started, env: { ...started.neo4j.env, RATE_LIMIT_MAX: "0", SEED_ON_EMPTY: "false" } };
}
type LoadReport = Awaited<ReturnType<typeof measure>>;
try {
  if (args.baseline) {
    if (process.env.LOAD_URL) throw new Error("--baseline starts both products itself: unset LOAD_URL");
    const { graph, env } = await seededNeo4j();
    const baselineRoot = baselineCheckout(args.baseline);
    // Both trees are asked the same questions: the operations the baseline's schema can answer.
    const { bodies, left } = answerableMix(queryMix(mix), baselineRoot);
    if (left.length) console.log(`Left out of the mix (${args.baseline} cannot answer them): ${left.join(", ")}`);
    const trees = [{ label: `baseline ${args.baseline}`, root: baselineRoot }, { label: "this tree", root: projectRoot }] as const;
    // Both products up at once, on the same Neo4j and graph; only one is under load at a time.
    for (const tree of trees) products.push(await startProduct(env, undefined, tree.root));
    const [base, current] = products as [ProductProcess, ProductProcess];
    // A tree whose answer to an operation differs does other work for it (answers.md's rules grew
    // since the baseline: every distinct path, live evidence…): the ratio is given over the whole
    // mix and over the operations both answer alike.
    const alike = await answeredAlike(base.url, current.url, bodies);
    console.log(`${alike.same.length} of ${bodies.length} operations answered alike; answered differently: ${alike.differ.join(", ") || "none"}`);
    for (const product of products) await warmUp(product.url, bodies);
    // A B B A: neither tree gains from running second (Neo4j's and Node's JIT, the machine's drift).
    const order = [0, 1, 1, 0] as const;
    const rows: string[] = [];
    const reports: Record<string, LoadReport[][]> = {};
    for (const [name, mixBodies] of [["whole mix", bodies], ["answered alike", alike.same]] as const) {
      const runs: LoadReport[][] = [[], []];
      for (const i of order) {
        console.log(`\n## ${name}: ${trees[i].label}`);
        runs[i]!.push(await measure(products[i]!.url, mixBodies));
      }
      reports[name] = runs;
      const [b, c] = runs.map(meanOf) as [Mean, Mean];
      rows.push(`| ${name} (${mixBodies.length} operations) | ${b.rps.toFixed(0)} | ${c.rps.toFixed(0)} | ${(c.rps / b.rps).toFixed(2)}× | ${b.p50.toFixed(0)} / ${c.p50.toFixed(0)} | ${b.p99.toFixed(0)} / ${c.p99.toFixed(0)} | ${(b.p99 / b.p50).toFixed(1)} / ${(c.p99 / c.p50).toFixed(1)} | ${b.errors} / ${c.errors} |`);
    }
    console.log(`
${mix} mix on ${describeGraph(graph)}; ${connections} connections, ${durationS} s per run, runs in the order A B B A (A: ${trees[0].label}), means of two runs each:

| mix | ${trees[0].label} req/s | this tree req/s | ratio | p50 ms (A / this) | p99 ms (A / this) | p99 ÷ p50 (A / this) | errors (A / this) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}
`);
    console.log(JSON.stringify({ baseline: args.baseline, graph, answeredDifferently: alike.differ, reports }));
    const errors = Object.values(reports).flat(2).reduce((sum, report) => sum + errorCount(report), 0);
    process.exitCode = errors === 0 ? 0 : 1;
  } else {
    let url = process.env.LOAD_URL;
    let graph: MeasuredGraph | undefined;
    if (!url) {
      const seeded = await seededNeo4j();
      graph = seeded.graph;
      const product = await startProduct(seeded.env);
      products.push(product);
      url = product.url;
    } else {
      console.log(`Graph: the one the product at ${url} serves (${await graphSizeThroughApi(url)}).`);
    }
    await warmUp(url, queryMix(mix));
    const report = await measure(url);
    console.log(JSON.stringify({ ...report, ...(graph ? { graph } : {}) }));
    process.exitCode = errorCount(report) === 0 ? 0 : 1;
  }
} finally {
  for (const product of products) await product.stop();
  await neo4j?.stop();
}

/** Bodies and deliverables of a running product's graph, as its API counts them. */
async function graphSizeThroughApi(url: string): Promise<string> {
  assertLoopback(url);
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ organizations(first: 1) { totalCount } deliverables(first: 1) { totalCount } }" }),
  });
  const body = (await response.json()) as { data?: { organizations?: { totalCount: number }; deliverables?: { totalCount: number } } };
  const { organizations, deliverables } = body.data ?? {};
  return organizations && deliverables ? `${organizations.totalCount} bodies, ${deliverables.totalCount} deliverables as its API counts them` : "its size could not be read";
}

interface Mean { rps: number; p50: number; p99: number; errors: number }
function meanOf(runs: LoadReport[]): Mean {
  const mean = (pick: (r: LoadReport) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return { rps: mean((r) => r.requestsPerSecond), p50: mean((r) => r.latencyMs.p50), p99: mean((r) => r.latencyMs.p99), errors: runs.reduce((sum, r) => sum + errorCount(r), 0) };
}

function errorCount(report: LoadReport): number {
  return report.errors.non2xx + report.errors.connection + report.errors.graphql;
}

/** The mix as autocannon's requests, one POST /graphql per operation; `onResponse` sees each answer (the measured run counts GraphQL errors). */
function requestsOf(bodies: string[], onResponse?: (status: number, body: string) => void) {
  return bodies.map((body) => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body,
    ...(onResponse ? { onResponse } : {}),
  }));
}

/** Unmeasured load for LOAD_WARMUP_S: the JIT warm-up of Neo4j and Node (see above). */
async function warmUp(url: string, bodies: string[]) {
  assertLoopback(url);
  if (warmUpS === 0) return;
  const result = await autocannon({ url: `${url}/graphql`, connections, duration: warmUpS, timeout: 30, requests: requestsOf(bodies) });
  console.log(`Warm-up (not measured): ${result.requests.total} requests in ${warmUpS} s.`);
}

async function measure(url: string, bodies = queryMix(mix)) {
  assertLoopback(url);
  let graphqlErrors = 0;
  const errorSamples = new Set<string>();
  console.log(`Load (${mix} mix): ${bodies.length} different operations, ${connections} connections, ${durationS} s against ${url}/graphql`);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: durationS,
    timeout: 30,
    requests: requestsOf(bodies, (status, responseBody) => {
      if (status === 200 && responseBody.includes('"errors"')) {
        graphqlErrors += 1;
        if (errorSamples.size < 5) errorSamples.add(responseBody.slice(0, 300));
      }
    }),
  });

  const report = {
    mix,
    durationS: result.duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: { non2xx: result.non2xx, connection: result.errors, timeouts: result.timeouts, graphql: graphqlErrors },
  };
  console.log(`
| measure | value |
| --- | ---: |
| requests | ${report.requests} in ${report.durationS} s |
| requests/s (mean) | ${report.requestsPerSecond} |
| latency p50 / p90 / p99 / max | ${report.latencyMs.p50} / ${report.latencyMs.p90} / ${report.latencyMs.p99} / ${report.latencyMs.max} ms |
| non-2xx responses | ${report.errors.non2xx} |
| connection errors (timeouts) | ${report.errors.connection} (${report.errors.timeouts}) |
| GraphQL errors in 200 responses | ${report.errors.graphql} |
`);
  for (const sample of errorSamples) console.log(`error sample: ${sample}`);
  return report;
}
