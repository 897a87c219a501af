import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/db/neo4j-local.js";
import { answerableMix, operationLabel, queryMix } from "../bench/support/product.js";

const older = mkdtempSync(path.join(tmpdir(), "mvgraph-older-"));
afterAll(() => rmSync(older, { recursive: true, force: true }));

describe("the realistic mix compared with an older commit", () => {
  it("asks both trees only what the older schema can answer, and names what it leaves out", () => {
    // An older commit, before Organization.partOf existed.
    const schema = readFileSync(path.join(projectRoot, "schema.graphql"), "utf8");
    const field = "  partOf: Organization\n";
    const end = schema.indexOf(field);
    const description = schema.lastIndexOf('  """\n', schema.lastIndexOf('  """\n', end - 1) - 1);
    expect(end).toBeGreaterThan(description);
    const withoutPartOf = schema.slice(0, description) + schema.slice(end + field.length);
    writeFileSync(path.join(older, "schema.graphql"), withoutPartOf);

    const mix = queryMix("realistic");
    const { bodies, left } = answerableMix(mix, older);
    expect(left).toContain("FindCommittee");
    expect(bodies.length + left.length).toBe(mix.length);
    expect(bodies.some((body) => body.includes("partOf {"))).toBe(false);
    expect(bodies.length).toBeGreaterThan(40);
  });

  it("names the operations it reports by their names, or by their field and variables when they have none", () => {
    const labels = queryMix("realistic").map(operationLabel);
    expect(labels).toContain('search {"text":"privacy"}');
    expect(labels).toContain('organization {"ref":"SC 27"}');
    expect(labels).toContain("FindCommittee");
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("leaves nothing out against this tree's own schema", () => {
    const { bodies, left } = answerableMix(queryMix("realistic"), projectRoot);
    expect(left).toEqual([]);
    expect(bodies).toEqual(queryMix("realistic"));
  });
});
