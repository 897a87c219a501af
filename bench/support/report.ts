import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/db/neo4j-local.js";
import type { Probes, QueryName } from "../mix.js";
import type { Latency, Throughput } from "./measure.js";

export type SystemName = "product" | "floor" | "peer" | "unbatched";
const systemLabels: Record<SystemName, string> = {
  product: "mvgraph (GraphQL over HTTP)", floor: "floor (raw Cypher, driver)", peer: "peer (@neo4j/graphql)", unbatched: "mvgraph without DataLoader",
};

export interface QueryResult {
  name: QueryName;
  coordination: boolean;
  depth: number;
  agreesWithFloor: boolean;
  roundTrips: { batched: number; unbatched: number };
  /** Transactions one request begins (batched); reports from before this count lack it. */
  transactions?: number;
  peer: { approximation?: string; notExpressible?: string };
  systems: Partial<Record<SystemName, { latency: Latency; throughput: Throughput[] } | { error: string }>>;
}

export interface ScaleResult {
  scale: number;
  nodes: number;
  relationships: number;
  probes: Probes;
  load: { loaderSeconds: number; rawSeconds: number; items: number };
  queries: QueryResult[];
  memory: Partial<Record<SystemName, { rssMb: number; peakMb: number }>>;
}

export interface BenchReport {
  startedAt: string;
  settings: Record<string, unknown>;
  machine: Record<string, unknown>;
  scales: ScaleResult[];
}

/** The targets of the benchmark issue, as numbers to compare with. */
export const targets = { p50VsFloor: 1.3, c32VsPeer: 1.5, coordinationP95Ms: 50, loaderVsRaw: 0.5 };

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

export function toMarkdown(report: BenchReport): string {
  const m = report.machine as { cpu?: string; memoryGb?: number; node?: string; neo4j?: string; commit?: string; packages?: Record<string, string> };
  const lines: string[] = [
    `# mvgraph benchmark (${kindOf(report)})`,
    "",
    `Run ${report.startedAt} on ${m.cpu}, ${m.memoryGb} GB; Node ${m.node}; ${m.neo4j}; commit ${m.commit}.`,
    `Packages: ${Object.entries(m.packages ?? {}).map(([name, version]) => `${name} ${version}`).join(", ")}.`,
    `Settings: ${JSON.stringify(report.settings)}. Client, servers and Neo4j share the machine; the floor runs in the benchmark's process (no HTTP).`,
    "",
    "## Targets",
    "",
    ...targetLines(report),
    "",
    "## Graphs and loader",
    "",
    "| scale | nodes | relationships | product loader (items/s) | raw UNWIND (items/s) | loader ÷ raw |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...report.scales.map((s) => {
      const loader = s.load.items / s.load.loaderSeconds;
      const raw = s.load.items / s.load.rawSeconds;
      return `| ×${s.scale} | ${s.nodes} | ${s.relationships} | ${loader.toFixed(0)} (${s.load.loaderSeconds.toFixed(1)} s) | ${raw.toFixed(0)} (${s.load.rawSeconds.toFixed(1)} s) | ${ratio(loader / raw)} |`;
    }),
    "",
    "## Ratios per query (product ÷ floor latency at c1; product ÷ peer throughput at c32; unbatched ÷ product)",
    "",
    "| scale | query | same answer as floor | p50 ÷ floor | p95 ms | c32 req/s ÷ peer | unbatched p50 ÷ product | round trips (unbatched) | transactions | depth |",
    "| --- | --- | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...report.scales.flatMap((s) =>
      s.queries.map((q) => {
        const product = measured(q, "product");
        return `| ×${s.scale} | ${q.name} | ${q.agreesWithFloor ? "✓" : "✗"} | ${ratio(product && measured(q, "floor") ? product.latency.p50 / measured(q, "floor")!.latency.p50 : undefined)} | ${ms(product?.latency.p95)} | ${ratio(c(q, "peer", 32) ? c(q, "product", 32)!.requestsPerSecond / c(q, "peer", 32)!.requestsPerSecond : undefined)} | ${ratio(product && measured(q, "unbatched") ? measured(q, "unbatched")!.latency.p50 / product.latency.p50 : undefined)} | ${q.roundTrips.batched} (${q.roundTrips.unbatched}) | ${q.transactions ?? "–"} | ${q.depth} |`;
      }),
    ),
    "",
    "## Latency and throughput",
    "",
    "Latency in ms at concurrency 1; requests/s and p99 (ms) at concurrency 8 and 32.",
    "",
  ];
  for (const s of report.scales) {
    lines.push(`### ×${s.scale} (${s.nodes} nodes, ${s.relationships} relationships)`, "");
    lines.push("| query | system | p50 | p95 | p99 | c8 req/s | c8 p99 | c32 req/s | c32 p99 | failures |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const q of s.queries) {
      for (const system of ["floor", "product", "unbatched", "peer"] as SystemName[]) {
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

function targetLines(report: BenchReport): string[] {
  const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
  const out: string[] = [];
  for (const scale of [1, 100]) {
    const s = report.scales.find((x) => x.scale === scale);
    if (!s) continue;
    const misses = s.queries.filter((q) => {
      const [product, floor] = [measured(q, "product"), measured(q, "floor")];
      return !product || !floor || product.latency.p50 / floor.latency.p50 > targets.p50VsFloor;
    });
    out.push(`- GraphQL p50 within ${targets.p50VsFloor}× of the floor at ×${scale}: ${verdict(misses.length === 0)} (${s.queries.length - misses.length} of ${s.queries.length} queries${misses.length ? `; over: ${misses.map((q) => q.name).join(", ")}` : ""}).`);
  }
  for (const s of report.scales) {
    const shared = s.queries.filter((q) => c(q, "peer", 32) && c(q, "product", 32));
    if (shared.length === 0) continue; // the peer was not measured in this run
    const low = shared.filter((q) => c(q, "product", 32)!.requestsPerSecond / c(q, "peer", 32)!.requestsPerSecond < targets.c32VsPeer);
    out.push(`- ×${s.scale}: c32 throughput ≥ ${targets.c32VsPeer}× the peer: ${verdict(low.length === 0)} (${shared.length - low.length} of ${shared.length} shared queries${low.length ? `; below: ${low.map((q) => q.name).join(", ")}` : ""}).`);
  }
  const unbounded = report.scales.flatMap((s) => s.queries.filter((q) => q.roundTrips.batched > q.depth).map((q) => `${q.name} ×${s.scale}`));
  const trips = (name: QueryName) => [...new Set(report.scales.map((s) => s.queries.find((q) => q.name === name)?.roundTrips.batched))].join("/");
  out.push(`- Round trips per request bounded by query depth at every scale: ${verdict(unbounded.length === 0)} (${(report.scales[0]?.queries ?? []).map((q) => `${q.name} ${trips(q.name)} ≤ ${q.depth}`).join(", ")}${unbounded.length ? `; over: ${unbounded.join(", ")}` : ""}).`);
  const largest = report.scales.find((s) => s.scale === 1000);
  if (largest) {
    const slow = largest.queries.filter((q) => q.coordination && !(measured(q, "product") && measured(q, "product")!.latency.p95 < targets.coordinationP95Ms));
    out.push(`- p95 of every coordination query under ${targets.coordinationP95Ms} ms at ×1000: ${verdict(slow.length === 0)} (${largest.queries.filter((q) => q.coordination).map((q) => `${q.name} ${ms(measured(q, "product")?.latency.p95)}`).join(", ")} ms).`);
  }
  const loaderLow = report.scales.filter((s) => s.load.rawSeconds / s.load.loaderSeconds < targets.loaderVsRaw);
  out.push(`- Loader at least ${targets.loaderVsRaw}× the raw UNWIND floor: ${verdict(loaderLow.length === 0)} (${report.scales.map((s) => `×${s.scale} ${ratio(s.load.rawSeconds / s.load.loaderSeconds)}`).join(", ")}).`);
  return out;
}
