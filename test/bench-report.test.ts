import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedProbes, type QueryName } from "../bench/mix.js";
import type { Latency, Throughput } from "../bench/support/measure.js";
import { targetLines, toMarkdown, type BenchReport, type QueryResult, type ScaleResult, type SystemName } from "../bench/support/report.js";

const latency = (p50: number): Latency => ({ runs: 40, p50, p95: p50 * 2, p99: p50 * 3 });
type Cpu = { serverMs: number; neo4jMs?: number };
const throughput = (requestsPerSecond: number, cpu?: Cpu): Throughput[] =>
  [8, 32].map((concurrency) => ({ concurrency, requestsPerSecond, p50: 10, p99: 50, failures: 0, ...(cpu ? { cpu } : {}) }));

function query(
  name: QueryName,
  p50: Partial<Record<SystemName, number>>,
  options: { transactions?: number; c32?: Partial<Record<SystemName, number>>; cpu?: Partial<Record<SystemName, Cpu>> } = {},
): QueryResult {
  return {
    name, coordination: false, depth: 3, agreesWithFloor: true, agreesWithHttpFloor: true,
    roundTrips: { batched: 2, unbatched: 4 }, transactions: options.transactions ?? 1, statements: 2, peer: {},
    systems: Object.fromEntries(Object.entries(p50).map(([system, value]) => [
      system,
      { latency: latency(value), throughput: throughput(options.c32?.[system as SystemName] ?? 100, options.cpu?.[system as SystemName]) },
    ])),
  };
}

function scale(n: number, queries: QueryResult[], aliasP50?: number): ScaleResult {
  return {
    scale: n, nodes: 431 * n, relationships: 1032 * n, probes: seedProbes, load: { loaderSeconds: 2, rawSeconds: 1.5, items: 1463 * n }, queries, memory: {},
    ...(aliasP50 === undefined ? {} : { aliasLookup: { alias: "SC 27", found: "jtc1-sc27", expected: "jtc1-sc27", latency: latency(aliasP50) } }),
  };
}

const report = (scales: ScaleResult[], mix?: BenchReport["mix"]): BenchReport => ({ startedAt: "2026-11-25T00:00:00.000Z", settings: {}, machine: {}, scales, ...(mix ? { mix } : {}) });

describe("the bench report's targets", () => {
  it("says by how much each query misses the HTTP floor target, worst first, and where it was not measured", () => {
    const lines = targetLines(report([scale(1, [query("search", { product: 3, httpfloor: 2 }), query("roadmap", { product: 9, httpfloor: 3 }), query("liaisons", { product: 4, httpfloor: 2 })])]));
    expect(lines[0]).toBe("- The product's answers equal the floor's and the HTTP floor's: met (3 of 3).");
    expect(lines[1]).toBe("- Every query's p50 ≤ 1.5× the HTTP floor's at ×1: **missed** (1 of 3 queries; over: roadmap 3.00×, liaisons 2.00×; worst 2.00× the target).");
    expect(lines[2]).toBe("- Every query's p50 ≤ 1.5× the HTTP floor's at ×100: not measured in this run.");
  });

  it("says why a query misses: the CPU per request its server and Neo4j spent against the HTTP floor's and the peer's", () => {
    const roadmap = query("roadmap", { product: 9, httpfloor: 3, peer: 8 }, {
      c32: { product: 100, peer: 90 },
      cpu: { product: { serverMs: 6.5, neo4jMs: 2 }, httpfloor: { serverMs: 1.5, neo4jMs: 1.8 }, peer: { serverMs: 7, neo4jMs: 2.5 } },
    });
    const lines = targetLines(report([scale(1, [roadmap])]));
    expect(lines).toContain(
      "  - Why (product against the HTTP floor, which sends the same statements): roadmap: mostly its server's CPU: server 6.5 vs 1.5 ms (+5.0), Neo4j 2.0 vs 1.8 ms (+0.2) per request at c8.",
    );
    expect(lines.find((line) => line.startsWith("  - Why (CPU per request at c8"))).toContain(
      "roadmap: 8.5 ms (server 6.5 + Neo4j 2.0) against the peer's 9.5 ms (7.0 + 2.5); 1.5× its throughput needs about 6.3 ms or less",
    );
    expect(toMarkdown(report([scale(1, [roadmap])]))).toContain("| ×1 | roadmap | 6.5 + 2.0 | 1.5 + 1.8 | 7.0 + 2.5 |");
  });

  it("meets the HTTP floor and peer targets when every ratio is within them", () => {
    const lines = targetLines(report([scale(100, [query("nestedListing", { product: 3, httpfloor: 2.5, peer: 9 }, { c32: { product: 300, peer: 150 } })])]));
    expect(lines).toContain("- Every query's p50 ≤ 1.5× the HTTP floor's at ×100: met (1 of 1 queries).");
    expect(lines).toContain("- ×100: c32 throughput ≥ 1.5× the peer's on every shared query: met (1 of 1 shared queries).");
  });

  it("lists the requests that take more than one transaction, the mix's operations included", () => {
    const mix = { operations: 2, transactions: [1, 3], roundTrips: [1, 3], statements: [1, 3], product: { throughput: [{ concurrency: 10, requestsPerSecond: 80, p50: 100, p99: 600, failures: 0 }] } };
    const lines = targetLines(report([scale(1, [query("whoWorksOn", { product: 2, httpfloor: 2 }, { transactions: 2 })])], mix));
    expect(lines).toContain("- 1 read transaction per request: **missed** (1 of 3 requests; more: whoWorksOn ×1 2, mix operation 2 3).");
    expect(lines).toContain("- Realistic mix ≥ 4× main at 87f24dc: not measured in this run (80.0 req/s at c10; `--baseline 87f24dc` runs main too); p99 ≤ 5× p50: **missed** (6.00× at c10).");
    const withBaseline = { ...mix, baseline: { ref: "87f24dc", throughput: [{ concurrency: 10, requestsPerSecond: 16, p50: 250, p99: 2700, failures: 0 }] } };
    expect(targetLines(report([], withBaseline))).toContain("- Realistic mix ≥ 4× main at 87f24dc: met (5.00× 87f24dc at c10: 80.0 vs 16.0 req/s); p99 ≤ 5× p50: **missed** (6.00× at c10).");
  });

  it("compares the alias lookup at ×1000 with ×1", () => {
    expect(targetLines(report([scale(1, [], 2), scale(1000, [], 5)]))).toContain("- Lookup by alias O(log n): p50 at ×1000 ≤ 1.5× p50 at ×1: **missed** (2.50×: 2.0 → 5.0 ms).");
    expect(targetLines(report([scale(1, [], 2), scale(10, [], 2.2)]))).toContain(
      "- Lookup by alias O(log n): p50 at ×1000 ≤ 1.5× p50 at ×1: not measured in this run (needs ×1 and ×1000; ×10 ÷ ×1 1.10×).",
    );
  });

  it("shows the synced graph as a scale of its own, held to the targets of every scale but not to ×1's alias base", () => {
    const landscape: ScaleResult = {
      ...scale(1, [query("nestedListing", { product: 4, httpfloor: 2, peer: 6 }, { c32: { product: 100, peer: 90 } })], 3),
      scale: "landscape", nodes: 2100, relationships: 6900, graph: { layers: ["landscape"], bodies: 251, deliverables: 327 },
    };
    const withLandscape = report([landscape, scale(1, [], 2), scale(1000, [], 2.5)]);
    const markdown = toMarkdown(withLandscape);
    expect(markdown).toContain("| landscape (seed + synced sample): 251 bodies, 327 deliverables | 2100 | 6900 |");
    expect(markdown).toContain("| landscape | nestedListing | ✓ / ✓ | 2.00× |");
    expect(markdown).toContain("### landscape (seed + synced sample) (2100 nodes, 6900 relationships)");
    expect(markdown).toContain("| landscape | SC 27 | ✓ | 3.0 | 6.0 | 1.50× |"); // against ×1's p50
    const lines = targetLines(withLandscape);
    expect(lines).toContain("- landscape (seed + synced sample): c32 throughput ≥ 1.5× the peer's on every shared query: **missed** (0 of 1 shared queries; below: nestedListing 1.11×).");
    expect(lines).toContain("- Lookup by alias O(log n): p50 at ×1000 ≤ 1.5× p50 at ×1: met (1.25×: 2.0 → 2.5 ms).");
    expect(lines).toContain("- Every query's p50 ≤ 1.5× the HTTP floor's at ×1: not measured in this run.");
  });

  it("says which graph the realistic mix ran on", () => {
    const mix = { graph: { layers: ["landscape"], bodies: 251, deliverables: 327 }, operations: 2, transactions: [1, 1], roundTrips: [1, 1], statements: [1, 2], product: { throughput: [{ concurrency: 10, requestsPerSecond: 80, p50: 10, p99: 40, failures: 0 }] } };
    const markdown = toMarkdown(report([], mix));
    expect(markdown).toContain("## Realistic mix (`npm run load`'s, on `npm start`'s graph)");
    expect(markdown).toContain("The graph `npm start` makes: the seed + landscape, 251 bodies, 327 deliverables.");
  });

  it("renders a report written before the HTTP floor and the CPU per request (older results re-render)", () => {
    const old = JSON.parse(readFileSync(new URL("fixtures/bench-report-before-http-floor.json", import.meta.url), "utf8")) as BenchReport;
    const markdown = toMarkdown(old);
    expect(markdown).toContain("- Every query's p50 ≤ 1.5× the HTTP floor's at ×1: not measured in this run.");
    expect(markdown).toContain("| ×1000 | nestedListing |");
    expect(markdown).not.toContain("## CPU per request");
  });

  it("renders the committed full report", () => {
    const latest = JSON.parse(readFileSync(new URL("../bench/results/latest-full.json", import.meta.url), "utf8")) as BenchReport;
    const markdown = toMarkdown(latest);
    expect(markdown).toContain("## Targets");
    expect(markdown).toContain("| ×1000 | nestedListing |");
  });
});
