import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/db/neo4j-local.js";
import type { Probes, QueryName } from "../mix.js";
import type { Latency, Throughput } from "./measure.js";

/** Every system a run can measure, in the report's order. */
export const systemNames = ["floor", "httpfloor", "product", "unbatched", "peer"] as const;
export type SystemName = (typeof systemNames)[number];
const systemLabels: Record<SystemName, string> = {
  product: "mvgraph (GraphQL over HTTP)", floor: "floor (raw Cypher, driver)", httpfloor: "HTTP floor (raw Cypher, node:http)",
  peer: "peer (@neo4j/graphql)", unbatched: "mvgraph without DataLoader",
};

export interface QueryResult {
  name: QueryName;
  coordination: boolean;
  depth: number;
  agreesWithFloor: boolean;
  /** The product's answer fingerprint equals the HTTP floor's (absent when it was not measured). */
  agreesWithHttpFloor?: boolean;
  roundTrips: { batched: number; unbatched: number };
  /** Transactions one request begins (batched); reports from before this count lack it. */
  transactions?: number;
  /** Cypher statements one request sends (batched); reports from before this count lack it. */
  statements?: number;
  peer: { approximation?: string; notExpressible?: string };
  systems: Partial<Record<SystemName, { latency: Latency; throughput: Throughput[] } | { error: string }>>;
}

/**
 * A scale of the benchmark: a generated graph (×1 is the seed graph's size and shape) or
 * "landscape", the graph `npm start` makes (the seed and its default layers: the synced sample).
 */
export type Scale = number | "landscape";

/** `--scales landscape,1,10` → ["landscape", 1, 10]; throws on anything else. */
export function parseScales(text: string): Scale[] {
  return text.split(",").map((part) => {
    const value = part.trim();
    if (value === "landscape") return value;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || value === "") throw new Error(`--scales: "${part}" is neither a whole number from 1 nor landscape`);
    return n;
  });
}

/** How a scale is named in the report: "×10", or "landscape (seed + synced sample)" (`long`) / "landscape". */
export const scaleLabel = (scale: Scale, long = false): string => (scale === "landscape" ? (long ? "landscape (seed + synced sample)" : "landscape") : `×${scale}`);

export interface ScaleResult {
  scale: Scale;
  nodes: number;
  relationships: number;
  probes: Probes;
  load: { loaderSeconds: number; rawSeconds: number; items: number };
  queries: QueryResult[];
  /** The product looking up one organization by alias at c1 (reports from before it lack it). */
  aliasLookup?: { alias: string; found: string | null; expected: string; latency: Latency };
  memory: Partial<Record<SystemName, { rssMb: number; peakMb: number }>>;
  /** The landscape scale's graph: the layers over the seed, and what it holds. */
  graph?: MeasuredGraphSummary;
}

/** Which graph `npm start` makes was measured: the layers over the seed, bodies and deliverables. */
export interface MeasuredGraphSummary { layers: string[]; bodies: number; deliverables: number }

/** The product under `npm run load`'s realistic mix on `npm start`'s graph (no floor can answer it all). */
export interface MixResult {
  /** The graph the mix ran on (reports from before it ran on the bare seed and lack it). */
  graph?: MeasuredGraphSummary;
  /** Operations in the mix; each connection sends them in turn. */
  operations: number;
  /** Operations left out because the baseline cannot answer them (fields added since). */
  leftOut?: string[];
  /** Seconds each tree served the mix unmeasured first (reports from before it had none). */
  warmUpSeconds?: number;
  /** Per operation of the mix, in order: what one request costs (counted in process). */
  transactions: number[];
  roundTrips: number[];
  statements: number[];
  product: MixRun;
  /** The same mix on a worktree of `ref` (bench --baseline). */
  baseline?: { ref: string } & (MixRun | { error: string });
  /** The operations the two trees answer differently (other work; reports from before lack it). */
  answeredDifferently?: string[];
  /** Over the operations both trees answer alike only, at c10. */
  alike?: { operations: number; product: Throughput; baseline: Throughput };
}
interface MixRun {
  throughput: Throughput[];
  memory?: { rssMb: number; peakMb: number };
}

export interface BenchReport {
  startedAt: string;
  settings: Record<string, unknown>;
  machine: Record<string, unknown>;
  scales: ScaleResult[];
  mix?: MixResult;
}

/**
 * The targets of the benchmark issues, as numbers to compare with: issue 16's (against the HTTP
 * floor, the peer, main at 87f24dc) and the earlier ones (against the in-process floor).
 */
export const targets = {
  p50VsHttpFloor: 1.5, p50VsHttpFloorScales: [1, 100], c32VsPeer: 1.5, transactionsPerRequest: 1,
  mixVsBaseline: 4, mixBaseline: "87f24dc", mixP99VsP50: 5, aliasLookupLargeVsSmall: 1.5,
  p50VsFloor: 1.3, coordinationP95Ms: 50, loaderVsRaw: 0.5,
};

export async function machineAndVersions(db: Database): Promise<Record<string, unknown>> {
  const version = (name: string) => (JSON.parse(readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  const [neo4j] = await db.read("CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition");
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: `${os.cpus()[0]?.model ?? "unknown"} × ${os.cpus().length}`, memoryGb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`,
    node: process.version, neo4j: `${neo4j?.name} ${neo4j?.version} ${neo4j?.edition}`, commit,
    packages: Object.fromEntries(["@apollo/server", "graphql", "type-graphql", "neo4j-driver", "dataloader", "@neo4j/graphql", "autocannon"].map((name) => [name, version(name)])),
  };
}

/** full, quick or partial (some scales or systems only). */
const kindOf = (report: BenchReport) => String(report.settings.kind ?? (report.settings.quick ? "quick" : "full"));

/** Writes bench/results/bench-<date>.{md,json} and latest.{md,json}; returns the Markdown file. */
export function writeReport(report: BenchReport): { markdownFile: string } {
  const dir = path.join(projectRoot, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-").slice(0, 19);
  const kind = kindOf(report);
  const markdown = toMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  for (const name of [`bench-${kind}-${stamp}`, `latest-${kind}`]) {
    writeFileSync(path.join(dir, `${name}.md`), markdown);
    writeFileSync(path.join(dir, `${name}.json`), json);
  }
  return { markdownFile: path.join(dir, `latest-${kind}.md`) };
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "–" : `${value.toFixed(2)}×`);

function measured(query: QueryResult, system: SystemName) {
  const entry = query.systems[system];
  return entry && "latency" in entry ? entry : undefined;
}
const c = (query: QueryResult, system: SystemName, concurrency: number) => measured(query, system)?.throughput.find((t) => t.concurrency === concurrency);

/** `system`'s p50 over `base`'s p50 at concurrency 1, when both were measured. */
export function p50Ratio(query: QueryResult, system: SystemName, base: SystemName): number | undefined {
  const [a, b] = [measured(query, system), measured(query, base)];
  return a && b ? a.latency.p50 / b.latency.p50 : undefined;
}

/** `system`'s requests/s over `base`'s at a concurrency, when both were measured. */
export function throughputRatio(query: QueryResult, system: SystemName, base: SystemName, concurrency: number): number | undefined {
  const [a, b] = [c(query, system, concurrency), c(query, base, concurrency)];
  return a && b ? a.requestsPerSecond / b.requestsPerSecond : undefined;
}

/** CPU ms per request of `system`'s server and of Neo4j at a concurrency, when measured. */
export function cpuPerRequest(query: QueryResult, system: SystemName, concurrency = 8): { serverMs: number; neo4jMs?: number } | undefined {
  return c(query, system, concurrency)?.cpu;
}

/**
 * Why `system` is slower than `base` on a query, from the CPU each spent per request at c8: the
 * server's own work (Node: HTTP, GraphQL, resolvers, rows) against Neo4j's (statements). Empty
 * when the CPU was not measured.
 */
export function whyGap(query: QueryResult, system: SystemName, base: SystemName): string {
  const [a, b] = [cpuPerRequest(query, system), cpuPerRequest(query, base)];
  if (!a || !b) return "";
  const server = a.serverMs - b.serverMs;
  const neo4j = a.neo4jMs !== undefined && b.neo4jMs !== undefined ? a.neo4jMs - b.neo4jMs : undefined;
  const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(1)}`;
  const cause = neo4j === undefined || server >= neo4j ? "server" : "Neo4j";
  return `${cause === "server" ? "mostly its server's CPU" : "mostly Neo4j's CPU"}: server ${a.serverMs.toFixed(1)} vs ${b.serverMs.toFixed(1)} ms (${signed(server)})` +
    `${neo4j === undefined ? "" : `, Neo4j ${a.neo4jMs!.toFixed(1)} vs ${b.neo4jMs!.toFixed(1)} ms (${signed(neo4j)})`} per request at c8`;
}

const agreement = (q: QueryResult) => `${q.agreesWithFloor ? "✓" : "✗"} / ${q.agreesWithHttpFloor === undefined ? "–" : q.agreesWithHttpFloor ? "✓" : "✗"}`;

export function toMarkdown(report: BenchReport): string {
  const m = report.machine as { cpu?: string; memoryGb?: number; node?: string; neo4j?: string; commit?: string; packages?: Record<string, string> };
  const lines: string[] = [
    `# mvgraph benchmark (${kindOf(report)})`,
    "",
    `Run ${report.startedAt} on ${m.cpu}, ${m.memoryGb} GB; Node ${m.node}; ${m.neo4j}; commit ${m.commit}.`,
    `Packages: ${Object.entries(m.packages ?? {}).map(([name, version]) => `${name} ${version}`).join(", ")}.`,
    `Settings: ${JSON.stringify(report.settings)}. Client, servers and Neo4j share the machine. The floor runs in the benchmark's process (driver calls, no HTTP); ` +
      "the HTTP floor is the same statements behind node:http in its own process, measured with the same load tool as the product: the physical limit of an HTTP API on this stack.",
    "",
    "## Targets",
    "",
    ...targetLines(report),
    "",
    "Earlier targets (against the in-process floor):",
    "",
    ...earlierTargetLines(report),
    "",
    "## Graphs and loader",
    "",
    "| scale | nodes | relationships | product loader (items/s) | raw UNWIND (items/s) | loader ÷ raw |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...report.scales.map((s) => {
      const loader = s.load.items / s.load.loaderSeconds;
      const raw = s.load.items / s.load.rawSeconds;
      return `| ${scaleLabel(s.scale, true)}${s.graph ? `: ${s.graph.bodies} bodies, ${s.graph.deliverables} deliverables` : ""} | ${s.nodes} | ${s.relationships} | ${loader.toFixed(0)} (${s.load.loaderSeconds.toFixed(1)} s) | ${raw.toFixed(0)} (${s.load.rawSeconds.toFixed(1)} s) | ${ratio(loader / raw)} |`;
    }),
    "",
    "## Ratios per query",
    "",
    "Product p50 ÷ HTTP floor p50 and ÷ floor p50 at c1; product requests/s ÷ HTTP floor's at c8 and c32, ÷ peer's at c32; unbatched p50 ÷ product p50. " +
      "Round trips, transactions and statements are one request's, counted in process on the product's resolvers.",
    "",
    "| scale | query | same answer as floor / HTTP floor | p50 ÷ HTTP floor | p50 ÷ floor | c8 ÷ HTTP floor | c32 ÷ HTTP floor | c32 ÷ peer | unbatched p50 ÷ product | round trips (unbatched) | transactions | statements | depth |",
    "| --- | --- | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...report.scales.flatMap((s) =>
      s.queries.map((q) =>
        `| ${scaleLabel(s.scale)} | ${q.name} | ${agreement(q)} | ${ratio(p50Ratio(q, "product", "httpfloor"))} | ${ratio(p50Ratio(q, "product", "floor"))} | ` +
        `${ratio(throughputRatio(q, "product", "httpfloor", 8))} | ${ratio(throughputRatio(q, "product", "httpfloor", 32))} | ${ratio(throughputRatio(q, "product", "peer", 32))} | ` +
        `${ratio(p50Ratio(q, "unbatched", "product"))} | ${q.roundTrips.batched} (${q.roundTrips.unbatched}) | ${q.transactions ?? "–"} | ${q.statements ?? "–"} | ${q.depth} |`),
    ),
    "",
    ...cpuLines(report),
    ...mixLines(report.mix),
    ...aliasLines(report),
    "## Latency and throughput",
    "",
    "Latency in ms at concurrency 1; requests/s and p99 (ms) at concurrency 8 and 32.",
    "",
  ];
  for (const s of report.scales) {
    lines.push(`### ${scaleLabel(s.scale, true)} (${s.nodes} nodes, ${s.relationships} relationships)`, "");
    lines.push("| query | system | p50 | p95 | p99 | c8 req/s | c8 p99 | c32 req/s | c32 p99 | failures |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const q of s.queries) {
      for (const system of systemNames) {
        const entry = q.systems[system];
        if (!entry) continue;
        if ("error" in entry) {
          lines.push(`| ${q.name} | ${systemLabels[system]} | failed: ${entry.error.replace(/\|/g, "/").slice(0, 120)} | | | | | | | |`);
          continue;
        }
        const [c8, c32] = [8, 32].map((n) => entry.throughput.find((t) => t.concurrency === n));
        lines.push(`| ${q.name} | ${systemLabels[system]} | ${ms(entry.latency.p50)} | ${ms(entry.latency.p95)} | ${ms(entry.latency.p99)} | ${c8?.requestsPerSecond.toFixed(0) ?? "–"} | ${ms(c8?.p99)} | ${c32?.requestsPerSecond.toFixed(0) ?? "–"} | ${ms(c32?.p99)} | ${(c8?.failures ?? 0) + (c32?.failures ?? 0)} |`);
      }
    }
    lines.push("", `Server memory after the runs (RSS / peak MB): ${Object.entries(s.memory).map(([name, used]) => `${systemLabels[name as SystemName]} ${used.rssMb} / ${used.peakMb}`).join("; ")}.`, "");
  }
  const peerNotes = report.scales[0]?.queries ?? [];
  lines.push("## What the peer answers", "", ...peerNotes.map((q) => `- **${q.name}**: ${q.peer.notExpressible ? `not expressible: ${q.peer.notExpressible}` : q.peer.approximation || "the same answer"}`), "");
  return `${lines.join("\n")}\n`;
}

const mixRun = (run: { throughput: Throughput[] } | { error: string } | undefined, concurrency: number) => (run && "throughput" in run ? run.throughput.find((t) => t.concurrency === concurrency) : undefined);
const spread = (values: number[]) => (values.length === 0 ? "–" : `${Math.min(...values)}–${Math.max(...values)} (mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)})`);

function mixLines(mix: MixResult | undefined): string[] {
  if (!mix) return [];
  const rows: string[] = [];
  for (const [label, run] of [["mvgraph (this tree)", mix.product], [`mvgraph at ${mix.baseline?.ref}`, mix.baseline]] as const) {
    if (!run) continue;
    if ("error" in run) {
      rows.push(`| ${label} | failed: ${run.error.replace(/\|/g, "/").slice(0, 120)} | | | | | |`);
      continue;
    }
    for (const t of run.throughput) {
      rows.push(`| ${label} | ${t.concurrency} | ${t.requestsPerSecond.toFixed(1)} | ${ms(t.p50)} | ${ms(t.p99)} | ${ratio(t.p50 ? t.p99 / t.p50 : undefined)} | ${t.failures} |`);
    }
  }
  const ratios = [10, 32].map((n) => {
    const [now, base] = [mixRun(mix.product, n), mixRun(mix.baseline, n)];
    return now && base ? `c${n} ${ratio(now.requestsPerSecond / base.requestsPerSecond)}` : undefined;
  }).filter(Boolean);
  return [
    `## Realistic mix (\`npm run load\`'s, on ${mix.graph ? "`npm start`'s graph" : "the seed graph"})`,
    "",
    ...(mix.graph ? [`The graph \`npm start\` makes: the seed${mix.graph.layers.length ? ` + ${mix.graph.layers.join(" + ")}` : " alone"}, ${mix.graph.bodies} bodies, ${mix.graph.deliverables} deliverables.`, ""] : []),
    `${mix.operations} operations (lookups, searches, list pages, every example operation); each connection sends them in turn. ` +
      "Neither floor can answer the mix (they hold statements for the eight bench queries only), so this is the product's throughput alone" +
      `${mix.baseline ? `, beside the same mix on ${mix.baseline.ref}` : ""}.` +
      `${mix.warmUpSeconds ? ` Each tree first served the mix for ${mix.warmUpSeconds} s unmeasured (JIT warm-up of Neo4j and Node)${mix.alike ? "; both ran at once and were measured in the order baseline, this tree, this tree, baseline, each figure the mean of two runs" : ""}.` : ""}` +
      `${mix.leftOut?.length ? ` Left out, as ${mix.baseline?.ref ?? "the baseline"} cannot answer them: ${mix.leftOut.join(", ")}.` : ""}`,
    "",
    "| system | connections | req/s | p50 ms | p99 ms | p99 ÷ p50 | failures |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    ...(ratios.length ? [`This tree ÷ ${mix.baseline?.ref}: ${ratios.join(", ")}.`, ""] : []),
    ...(mix.alike
      ? [
          `The two trees answer ${mix.answeredDifferently?.length ?? 0} of these operations differently (${mix.answeredDifferently?.join(", ") || "none"}): answers.md's rules grew since ${mix.baseline?.ref}, so for them each tree does other work. ` +
            `Over the ${mix.alike.operations} operations both answer alike, at c10: ${mix.alike.product.requestsPerSecond.toFixed(1)} vs ${mix.alike.baseline.requestsPerSecond.toFixed(1)} req/s, ` +
            `${ratio(mix.alike.product.requestsPerSecond / mix.alike.baseline.requestsPerSecond)}; p99 ÷ p50 ${ratio(mix.alike.product.p50 ? mix.alike.product.p99 / mix.alike.product.p50 : undefined)}.`,
          "",
        ]
      : []),
    `Per request over the mix's operations (min–max): transactions ${spread(mix.transactions)}, round trips ${spread(mix.roundTrips)}, statements ${spread(mix.statements)}.`,
    "",
  ];
}

/** CPU per request at c8 of each HTTP system's server and of Neo4j: where each system's time goes. */
function cpuLines(report: BenchReport): string[] {
  const http: SystemName[] = ["product", "httpfloor", "peer", "unbatched"];
  const shown = http.filter((system) => report.scales.some((s) => s.queries.some((q) => cpuPerRequest(q, system))));
  if (shown.length === 0) return [];
  const cell = (q: QueryResult, system: SystemName) => {
    const cpu = cpuPerRequest(q, system);
    return cpu ? `${cpu.serverMs.toFixed(1)} + ${cpu.neo4jMs?.toFixed(1) ?? "–"}` : "–";
  };
  return [
    "## CPU per request",
    "",
    "CPU ms per completed request at c8 (user + system, from /proc), the server's process + Neo4j's. Every process shares the machine's cores, " +
      "so a system's throughput is bounded by the sum; the server's part is what its API layer costs (HTTP, GraphQL, resolvers, rows).",
    "",
    `| scale | query | ${shown.map((system) => systemLabels[system]).join(" | ")} |`,
    `| --- | --- | ${shown.map(() => "---:").join(" | ")} |`,
    ...report.scales.flatMap((s) => s.queries.map((q) => `| ${scaleLabel(s.scale)} | ${q.name} | ${shown.map((system) => cell(q, system)).join(" | ")} |`)),
    "",
  ];
}

function aliasLines(report: BenchReport): string[] {
  const scales = report.scales.filter((s) => s.aliasLookup);
  if (scales.length === 0) return [];
  return [
    "## Lookup by alias",
    "",
    "`organization(ref:)` with an alias that is none of the body's id, name or acronym, at c1 (product).",
    "",
    "| scale | alias | found | p50 ms | p95 ms | p50 ÷ ×1 |",
    "| --- | --- | :---: | ---: | ---: | ---: |",
    ...scales.map((s) => {
      const a = s.aliasLookup!;
      // The generated graphs grow from ×1 (or the smallest measured); the landscape is compared with the same base.
      const first = (scales.find((x) => x.scale === 1) ?? scales.find((x) => typeof x.scale === "number"))?.aliasLookup;
      return `| ${scaleLabel(s.scale)} | ${a.alias} | ${a.found === a.expected ? "✓" : `✗ (${a.found})`} | ${ms(a.latency.p50)} | ${ms(a.latency.p95)} | ${ratio(first ? a.latency.p50 / first.latency.p50 : undefined)} |`;
    }),
    "",
  ];
}

const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

/** Issue 16's targets, each met, missed by how much, or not measured in this run (and how to measure it). */
export function targetLines(report: BenchReport): string[] {
  const out: string[] = [];
  // A ratio means nothing if the answers differ: the product's must equal both floors'.
  const checked = report.scales.flatMap((s) => s.queries.map((q) => ({ name: `${q.name} ${scaleLabel(s.scale)}`, same: q.agreesWithFloor && q.agreesWithHttpFloor !== false })));
  const differ = checked.filter((x) => !x.same);
  if (checked.length) out.push(`- The product's answers equal the floor's and the HTTP floor's: ${verdict(differ.length === 0)} (${checked.length - differ.length} of ${checked.length}${differ.length ? `; differ: ${differ.map((x) => x.name).join(", ")}` : ""}).`);
  const limit = targets.p50VsHttpFloor;
  for (const scale of targets.p50VsHttpFloorScales) {
    const s = report.scales.find((x) => x.scale === scale);
    const ratios = s?.queries.map((q) => ({ name: q.name, value: p50Ratio(q, "product", "httpfloor") })) ?? [];
    const label = `Every query's p50 ≤ ${limit}× the HTTP floor's at ×${scale}`;
    if (!s || ratios.every((r) => r.value === undefined)) {
      out.push(`- ${label}: not measured in this run.`);
      continue;
    }
    const over = ratios.filter((r) => r.value === undefined || r.value > limit).sort((a, b) => (b.value ?? Infinity) - (a.value ?? Infinity));
    out.push(`- ${label}: ${verdict(over.length === 0)} (${ratios.length - over.length} of ${ratios.length} queries` +
      `${over.length ? `; over: ${over.map((r) => `${r.name} ${ratio(r.value)}`).join(", ")}; worst ${ratio((over[0]!.value ?? NaN) / limit)} the target` : ""}).`);
    const whys = over.flatMap((r) => {
      const why = whyGap(s.queries.find((q) => q.name === r.name)!, "product", "httpfloor");
      return why ? [`${r.name}: ${why}`] : [];
    });
    if (whys.length) out.push(`  - Why (product against the HTTP floor, which sends the same statements): ${whys.join("; ")}.`);
  }
  const peerScales = report.scales.filter((s) => s.queries.some((q) => throughputRatio(q, "product", "peer", 32) !== undefined));
  if (peerScales.length === 0) out.push(`- c32 throughput ≥ ${targets.c32VsPeer}× the peer's on every shared query: not measured in this run (the peer was left out).`);
  for (const s of peerScales) {
    const shared = s.queries.flatMap((q) => {
      const value = throughputRatio(q, "product", "peer", 32);
      return value === undefined ? [] : [{ name: q.name, value }];
    });
    const low = shared.filter((r) => r.value < targets.c32VsPeer).sort((a, b) => a.value - b.value);
    out.push(`- ${scaleLabel(s.scale, true)}: c32 throughput ≥ ${targets.c32VsPeer}× the peer's on every shared query: ${verdict(low.length === 0)} (${shared.length - low.length} of ${shared.length} shared queries` +
      `${low.length ? `; below: ${low.map((r) => `${r.name} ${ratio(r.value)}`).join(", ")}` : ""}).`);
    const whys = low.flatMap((r) => {
      const q = s.queries.find((x) => x.name === r.name)!;
      const a = cpuPerRequest(q, "product");
      const b = cpuPerRequest(q, "peer");
      if (!a || !b) return [];
      const total = (x: { serverMs: number; neo4jMs?: number }) => x.serverMs + (x.neo4jMs ?? 0);
      return [`${r.name}: ${total(a).toFixed(1)} ms (server ${a.serverMs.toFixed(1)} + Neo4j ${a.neo4jMs?.toFixed(1) ?? "–"}) against the peer's ` +
        `${total(b).toFixed(1)} ms (${b.serverMs.toFixed(1)} + ${b.neo4jMs?.toFixed(1) ?? "–"}); ${targets.c32VsPeer}× its throughput needs about ${(total(b) / targets.c32VsPeer).toFixed(1)} ms or less`];
    });
    if (whys.length) out.push(`  - Why (CPU per request at c8; the client, the servers and Neo4j share the machine's cores, so throughput follows it): ${whys.join("; ")}.`);
  }
  const counted = [
    ...report.scales.flatMap((s) => s.queries.filter((q) => q.transactions !== undefined).map((q) => ({ name: `${q.name} ${scaleLabel(s.scale)}`, transactions: q.transactions! }))),
    ...(report.mix?.transactions.map((transactions, i) => ({ name: `mix operation ${i + 1}`, transactions })) ?? []),
  ];
  if (counted.length === 0) out.push(`- ${targets.transactionsPerRequest} read transaction per request: not counted in this run.`);
  else {
    const more = counted.filter((x) => x.transactions > targets.transactionsPerRequest);
    out.push(`- ${targets.transactionsPerRequest} read transaction per request: ${verdict(more.length === 0)} (${counted.length - more.length} of ${counted.length} requests` +
      `${more.length ? `; more: ${more.map((x) => `${x.name} ${x.transactions}`).join(", ")}` : ""}).`);
  }
  const mix = report.mix;
  const now = mixRun(mix?.product, 10);
  const base = mixRun(mix?.baseline, 10);
  if (!now) out.push(`- Realistic mix ≥ ${targets.mixVsBaseline}× main at ${targets.mixBaseline}, p99 ≤ ${targets.mixP99VsP50}× p50: not measured in this run.`);
  else {
    const tail = now.p50 ? now.p99 / now.p50 : undefined;
    const throughput = base
      ? `${verdict(now.requestsPerSecond / base.requestsPerSecond >= targets.mixVsBaseline)} (${ratio(now.requestsPerSecond / base.requestsPerSecond)} ${mix!.baseline!.ref} at c10: ${now.requestsPerSecond.toFixed(1)} vs ${base.requestsPerSecond.toFixed(1)} req/s)`
      : `not measured in this run (${now.requestsPerSecond.toFixed(1)} req/s at c10; \`--baseline ${targets.mixBaseline}\` runs main too)`;
    out.push(`- Realistic mix ≥ ${targets.mixVsBaseline}× main at ${targets.mixBaseline}: ${throughput}; p99 ≤ ${targets.mixP99VsP50}× p50: ` +
      `${tail === undefined ? "–" : `${verdict(tail <= targets.mixP99VsP50)} (${ratio(tail)} at c10)`}.`);
    if (now.cpu) {
      const cpu = (t: Throughput) => `server ${t.cpu!.serverMs.toFixed(1)} ms${t.cpu!.neo4jMs === undefined ? "" : ` + Neo4j ${t.cpu!.neo4jMs.toFixed(1)} ms`}`;
      out.push(`  - CPU per request of the mix at c10: ${cpu(now)}${base?.cpu ? ` (${mix!.baseline!.ref}: ${cpu(base)})` : ""}; throughput on this machine is bounded by the sum, as every process shares its cores.`);
    }
  }
  const lookups = report.scales.filter((s) => s.aliasLookup && typeof s.scale === "number");
  const wrong = report.scales.filter((s) => s.aliasLookup && s.aliasLookup.found !== s.aliasLookup.expected).map((s) => scaleLabel(s.scale));
  const small = lookups.find((s) => s.scale === 1);
  const large = lookups.find((s) => s.scale === 1000);
  const label = `Lookup by alias O(log n): p50 at ×1000 ≤ ${targets.aliasLookupLargeVsSmall}× p50 at ×1`;
  if (!small || !large) {
    const largest = lookups.at(-1);
    out.push(`- ${label}: not measured in this run (needs ×1 and ×1000${small && largest && largest !== small ? `; ×${largest.scale} ÷ ×1 ${ratio(largest.aliasLookup!.latency.p50 / small.aliasLookup!.latency.p50)}` : ""})` +
      `${wrong.length ? `; the alias was not resolved at ${wrong.join(", ")}` : ""}.`);
  } else {
    const value = large.aliasLookup!.latency.p50 / small.aliasLookup!.latency.p50;
    out.push(`- ${label}: ${verdict(value <= targets.aliasLookupLargeVsSmall && wrong.length === 0)} (${ratio(value)}: ${ms(small.aliasLookup!.latency.p50)} → ${ms(large.aliasLookup!.latency.p50)} ms` +
      `${wrong.length ? `; the alias was not resolved at ${wrong.join(", ")}` : ""}).`);
  }
  return out;
}

function earlierTargetLines(report: BenchReport): string[] {
  const out: string[] = [];
  for (const scale of [1, 100]) {
    const s = report.scales.find((x) => x.scale === scale);
    if (!s) continue;
    const misses = s.queries.filter((q) => !(p50Ratio(q, "product", "floor")! <= targets.p50VsFloor));
    out.push(`- GraphQL p50 within ${targets.p50VsFloor}× of the floor at ×${scale}: ${verdict(misses.length === 0)} (${s.queries.length - misses.length} of ${s.queries.length} queries${misses.length ? `; over: ${misses.map((q) => q.name).join(", ")}` : ""}).`);
  }
  const unbounded = report.scales.flatMap((s) => s.queries.filter((q) => q.roundTrips.batched > q.depth).map((q) => `${q.name} ${scaleLabel(s.scale)}`));
  const trips = (name: QueryName) => [...new Set(report.scales.map((s) => s.queries.find((q) => q.name === name)?.roundTrips.batched))].join("/");
  out.push(`- Round trips per request bounded by query depth at every scale: ${verdict(unbounded.length === 0)} (${(report.scales[0]?.queries ?? []).map((q) => `${q.name} ${trips(q.name)} ≤ ${q.depth}`).join(", ")}${unbounded.length ? `; over: ${unbounded.join(", ")}` : ""}).`);
  const largest = report.scales.find((s) => s.scale === 1000);
  if (largest) {
    const slow = largest.queries.filter((q) => q.coordination && !(measured(q, "product") && measured(q, "product")!.latency.p95 < targets.coordinationP95Ms));
    out.push(`- p95 of every coordination query under ${targets.coordinationP95Ms} ms at ×1000: ${verdict(slow.length === 0)} (${largest.queries.filter((q) => q.coordination).map((q) => `${q.name} ${ms(measured(q, "product")?.latency.p95)}`).join(", ")} ms).`);
  }
  const loaderLow = report.scales.filter((s) => s.load.rawSeconds / s.load.loaderSeconds < targets.loaderVsRaw);
  out.push(`- Loader at least ${targets.loaderVsRaw}× the raw UNWIND floor: ${verdict(loaderLow.length === 0)} (${report.scales.map((s) => `${scaleLabel(s.scale)} ${ratio(s.load.rawSeconds / s.load.loaderSeconds)}`).join(", ")}).`);
  return out;
}
