import { describe, expect, it } from "vitest";
import type { SeedData } from "../../seed/seed.schema.js";
import type { ImportPlan, Proposal } from "../proposal.js";
import { compareWithSeed, evalKinds, type EvalKind, type KindScore } from "./compare.js";
import { normalizeGold, type CorpusDocument } from "./corpus-docs.js";
import { byKind, floorCells, precisionOf, recallOf, totalsOf, type DocumentResult, type Judged } from "./corpus-eval.js";
import { planAsGraph, planEntries } from "./plan-as-graph.js";

/** A kind's score with the given counts (the lists left empty). */
const score = (found: number, expected: number, correct: number, proposed: number): KindScore =>
  ({ found, expected, correct, proposed, unnamed: [], misses: [], wrong: [], verdicts: [] });
const scores = (given: Partial<Record<EvalKind, KindScore>>) =>
  Object.fromEntries(evalKinds.map((k) => [k, given[k] ?? score(0, 0, 0, 0)])) as Record<EvalKind, KindScore>;
const doc = (id: string, genre: string) => ({ id, genre, half: "dev", file: `${id}.txt`, url: "https://example.org", gold: {} }) as unknown as CorpusDocument;
const judged = (entityType: string, action: Judged["action"], right: boolean, extra: Partial<Judged> = {}): Judged =>
  ({ kind: "organizations", entityType, action, right, heldBack: false, supported: false, ...extra });

/** Two letters: the floor held back one wrong and one right confirmation of a body in the first. */
const results: DocumentResult[] = [
  {
    doc: doc("liaison/a", "liaison"), classified: "liaison", harms: [], proposals: 6,
    scores: scores({ organizations: score(2, 4, 2, 2), people: score(1, 1, 1, 1) }),
    unfloored: scores({ organizations: score(3, 4, 3, 4), people: score(1, 1, 1, 1) }),
    judged: [
      judged("Organization", "existing", true), judged("Organization", "existing", true),
      judged("Organization", "existing", true, { heldBack: true }), judged("Organization", "existing", false, { heldBack: true }),
      judged("Person", "new", true, { kind: "people", supported: true }),
    ],
  },
  {
    doc: doc("news/b", "news"), classified: "liaison", harms: [], proposals: 2,
    scores: scores({ organizations: score(1, 2, 1, 2) }), unfloored: scores({ organizations: score(1, 2, 1, 2) }),
    judged: [judged("Organization", "new", true, { supported: true }), judged("Organization", "new", false)],
  },
];

describe("the corpus eval's figures per fact kind", () => {
  it("sums each kind over the documents, with the floor on and off, and the whole is the sum of the kinds", () => {
    expect(byKind(results).slice(0, 3)).toEqual([
      ["organizations", { documents: 2, found: 3, expected: 6, correct: 3, proposed: 4, harmful: 0 }],
      ["people", { documents: 2, found: 1, expected: 1, correct: 1, proposed: 1, harmful: 0 }],
      ["roles", { documents: 2, found: 0, expected: 0, correct: 0, proposed: 0, harmful: 0 }],
    ]);
    expect(byKind(results, "off")[0]).toEqual(["organizations", { documents: 2, found: 4, expected: 6, correct: 4, proposed: 6, harmful: 0 }]);
    expect(byKind(results).map(([k]) => k)).toEqual(["organizations", "people", "roles", "events", "deadlines", "liaisons", "deliverables"]);
    const on = totalsOf(results);
    const off = totalsOf(results, undefined, "off");
    expect([recallOf(on), precisionOf(on)]).toEqual([4 / 7, 4 / 5]);
    expect([recallOf(off), precisionOf(off)]).toEqual([5 / 7, 5 / 7]);
  });

  it("counts precision with the floor off by the classifier's genre and proposal kind, and what the floor can hold back", () => {
    expect(floorCells(results)).toEqual([
      { genre: "liaison", entityType: "Organization", action: "existing", right: 3, proposed: 4, heldBack: 2, heldBackRight: 1, standalone: 4, standaloneRight: 3 },
      { genre: "liaison", entityType: "Organization", action: "new", right: 1, proposed: 2, heldBack: 0, heldBackRight: 0, standalone: 1, standaloneRight: 0 },
      { genre: "liaison", entityType: "Person", action: "new", right: 1, proposed: 1, heldBack: 0, heldBackRight: 0, standalone: 0, standaloneRight: 0 },
    ]);
  });
});

describe("what a plan proposes, as the evaluation scores it", () => {
  const seed = { organizations: [], people: [], roles: [], events: [], deadlines: [], liaisons: [], deliverables: [], documents: [], topics: [], statistics: [] } as unknown as SeedData;
  const p = (id: string, extra: Partial<Proposal> = {}): Proposal => ({
    id, entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: `body-${id}` }, values: { name: `Body ${id}` },
    evidence: { quote: "q", locator: "l1" }, confidence: 0.9, summary: "s", ...extra,
  });
  const plan = (...proposals: Proposal[]) => ({ document: { text: "" }, proposals }) as unknown as ImportPlan;

  it("leaves out a question and whatever depends on it, however indirectly, as accepting everything does", () => {
    const asked = p("p1", { resolution: { status: "AMBIGUOUS", key: "body-p1", candidates: [] } });
    const part = p("p2", { values: { name: "Body p2", partOf: "body-p1" }, dependsOn: ["p1"] });
    const partOfPart = p("p3", { values: { name: "Body p3", partOf: "body-p2" }, dependsOn: ["p2"] });
    const graph = planAsGraph(plan(asked, part, partOfPart, p("p4")), seed);
    expect(graph.organizations.map((o) => o.id)).toEqual(["body-p4"]);
  });

  it("names the proposal each scored entry comes from, and the comparison judges each entry", () => {
    const { graph, origins } = planEntries(plan(p("p1"), p("p2", { values: { name: "Harbour Data Forum" } })), seed);
    expect(origins.organizations.map((x) => x.id)).toEqual(["p1", "p2"]);
    const gold = normalizeGold("news/c", { organizations: [{ id: "harbour-forum", name: "Harbour Data Forum" }] });
    const scored = compareWithSeed({ ...graph, documents: [] }, gold, "news/c", "", "the Harbour Data Forum met");
    expect(scored.organizations.verdicts).toEqual([false, true]);
    expect(scored.organizations).toMatchObject({ found: 1, expected: 1, correct: 1, proposed: 2 });
  });
});
