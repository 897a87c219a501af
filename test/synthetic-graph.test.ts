import { describe, expect, it } from "vitest";
import { generateGraph } from "../bench/synthetic/generate.js";
import { measureShape } from "../bench/synthetic/shape.js";
import { inTransactions } from "../src/seed/loader.js";
import { toGraph } from "../src/seed/to-graph.js";
import { checkReferences, defaultSeedDir, readSeed } from "../src/seed/validate.js";

const seed = readSeed(defaultSeedDir);
const shape = measureShape(seed);

describe("the benchmark's synthetic graph", () => {
  it("is the same graph for the same seed number, and another for another", () => {
    const first = generateGraph(2, 7, shape);
    expect(generateGraph(2, 7, shape)).toEqual(first);
    expect(generateGraph(2, 8, shape).data).not.toEqual(first.data);
  });

  it("has k times the seed graph's entries of every kind, every reference resolving", () => {
    for (const scale of [1, 10]) {
      const { data } = generateGraph(scale, 1, shape);
      for (const kind of Object.keys(shape.counts) as Array<keyof typeof shape.counts>) {
        // Bodies come in whole families of 16: their count is k× the seed's, rounded to a family.
        const tolerance = kind === "organizations" ? 8 : 5;
        expect(Math.abs(data[kind].length - shape.counts[kind] * scale), kind).toBeLessThanOrEqual(tolerance);
      }
      expect(checkReferences(data)).toEqual([]);
    }
  });

  it("has about k times the seed graph's relationships, each citing a source", () => {
    const count = (rows: ReturnType<typeof toGraph>) => Object.values(rows.relationships).reduce((sum, list) => sum + list.length, 0);
    const seedRelationships = count(toGraph(seed));
    const rows = toGraph(generateGraph(10, 1, shape).data);
    expect(count(rows) / seedRelationships).toBeGreaterThan(8);
    expect(count(rows) / seedRelationships).toBeLessThan(12);
    for (const list of [...Object.values(rows.nodes), ...Object.values(rows.relationships)]) {
      for (const row of list) expect((row.props.sources as string[]).length).toBeGreaterThan(0);
    }
  });

  it("picks probes that exist: a topic several bodies work on, us, and a body a few hops away", () => {
    const { data, probes } = generateGraph(10, 1, shape);
    const organizations = new Set(data.organizations.map((o) => o.id));
    expect(organizations).toContain(probes.home);
    expect(organizations).toContain(probes.far);
    expect(organizations).toContain(probes.roadmapOrganization);
    const workers = data.organizations.filter((o) => o.topics.some((t) => t.topic === probes.topic)).length
      + data.deliverables.filter((d) => d.topics.includes(probes.topic)).length;
    expect(workers).toBeGreaterThanOrEqual(3);
    expect(data.liaisons.filter((l) => l.from === probes.home).length).toBeGreaterThanOrEqual(10);
  });
});

describe("the loader's transactions", () => {
  const step = (name: string, rows: number) => ({ kind: "nodes" as const, name, cypher: "", rows: Array.from({ length: rows }, (_, i) => i) });

  it("are one by default, in batches of 1,000 rows, in order", () => {
    const transactions = inTransactions([step("a", 2500), step("b", 10)]);
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.map((batch) => [batch.step.name, batch.rows.length])).toEqual([["a", 1000], ["a", 1000], ["a", 500], ["b", 10]]);
  });

  it("commit every N rows when asked, never splitting a batch", () => {
    const transactions = inTransactions([step("a", 2500), step("b", 10)], 2000);
    expect(transactions.map((t) => t.reduce((sum, batch) => sum + batch.rows.length, 0))).toEqual([2000, 510]);
  });
});
