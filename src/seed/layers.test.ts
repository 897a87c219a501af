import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extend, readLayer, readSeedWithLayers } from "./layers.js";
import { readSeed } from "./validate.js";

/** A seed layer over the seed: what a reviewer of seed/landscape can rely on the validator for. */
const seed = readSeed();
const work = mkdtempSync(path.join(tmpdir(), "mvgraph-layer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A layer folder holding the given files (name → YAML text). */
function layer(files: Record<string, string>): string {
  const dir = path.join(work, `layer-${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const problems = (dir: string) => {
  try {
    readLayer(dir, "test-layer", seed);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

const catalogue = `- id: acme-catalogue
  kind: WEB_PAGE
  title: ACME's catalogue
  date: "2026-11-30"
`;

/** A layer's deliverables.yaml holding ACME 1, developed by `developedBy`, with the YAML lines `more` (topics) after it. */
const holoStandard = (developedBy: string, more = "") => `- id: acme-holo-1
  code: ACME 1
  title: Holographic scene exchange
  kind: STANDARD
  status: IN_PROGRESS
  developedBy: ${developedBy}
${more}  sources: [acme-catalogue#holo-1]
`;

describe("a seed layer is validated with the seed below it", () => {
  it("the committed landscape layer validates over the seed, and adds to it without repeating a seed id", () => {
    const data = readSeedWithLayers(undefined, ["landscape"]);
    expect(data.organizations.length).toBeGreaterThan(seed.organizations.length);
    expect(data.deliverables.length).toBeGreaterThan(seed.deliverables.length);
    expect(new Set(data.deliverables.map((d) => d.id)).size).toBe(data.deliverables.length);
  });

  it("a layer entry referencing an id that neither the seed nor the layer has is refused, naming the layer's file, the entry, the field and the id", () => {
    const dir = layer({
      "documents.yaml": catalogue,
      "deliverables.yaml": holoStandard("acme-holography-committee"),
    });
    expect(problems(dir)).toContain(`test-layer/deliverables.yaml › "acme-holo-1" › developedBy: unknown organization "acme-holography-committee"`);
  });

  it("a layer's entries may name the seed's entries and each other", () => {
    const dir = layer({
      "documents.yaml": catalogue,
      "organizations.yaml": `- id: acme-holo-tc
  name: ACME Holography TC
  kind: TECHNICAL_COMMITTEE
  partOf: itu-t
  sources: [acme-catalogue]
`,
      "deliverables.yaml": holoStandard("acme-holo-tc", "  topics: [immersive-video]\n"),
    });
    expect(problems(dir)).toBe("");
  });

  it("a deliverable's topic given with its words names a topic that exists and has words: else it is refused, naming the entry and the field", () => {
    const deliverable = (topics: string) => layer({
      "documents.yaml": catalogue,
      "deliverables.yaml": holoStandard("itu-t", `  topics:\n${topics}\n`),
    });
    expect(problems(deliverable("    - topic: immersive-video\n      evidence: holographic (title)"))).toBe("");
    expect(problems(deliverable("    - topic: holography-of-acme\n      evidence: holographic (title)")))
      .toContain(`test-layer/deliverables.yaml › "acme-holo-1" › topics.0.topic: unknown topic "holography-of-acme"`);
    expect(problems(deliverable("    - topic: immersive-video\n      evidence: \"\""))).toMatch(/deliverables\.yaml › "acme-holo-1" .*› topics\.0\.evidence: Too small/);
  });

  it("extending an id the seed does not have is refused by name", () => {
    const dir = layer({ "documents.yaml": catalogue, "deliverables.yaml": `- extends: acme-no-such-standard\n  status: PUBLISHED\n  sources: [acme-catalogue]\n` });
    expect(problems(dir)).toContain(`test-layer/deliverables.yaml › "acme-no-such-standard" › extends: unknown seed deliverable "acme-no-such-standard"`);
  });

  it("an extension may give only the fields a catalogue states, and a new entry may not repeat a seed id", () => {
    const dir = layer({
      "organizations.yaml": `- extends: jca-mv\n  mailbox: someone@example.org\n- id: jca-mv\n  name: JCA-MV again\n  kind: OTHER\n  sources: [tsb-circular-60]\n`,
    });
    const message = problems(dir);
    expect(message).toContain(`test-layer/organizations.yaml › "jca-mv" (#1) › -: Unrecognized key: "mailbox": a layer may extend only established, mandate, description, aliases, sources`);
    expect(message).toContain(`test-layer/organizations.yaml › "jca-mv" › id: is already an entry of the seed`);
  });

  it("an extension replaces the fields it gives and adds to the seed's lists, never taking from them", () => {
    const base = seed.deliverables.find((d) => d.aliases.length > 0)!;
    const out = extend(base, { extends: base.id, status: "WITHDRAWN", aliases: [...base.aliases.slice(0, 1), "ACME history 1"], sources: ["acme-catalogue#x"] });
    expect(out.status).toBe("WITHDRAWN");
    expect(out.aliases).toEqual([...base.aliases, "ACME history 1"]);
    expect(out.sources).toEqual([...base.sources, "acme-catalogue#x"]);
    expect(out.title).toBe(base.title);
  });
});
