import { describe, expect, it } from "vitest";
import { headWordBody } from "./head-word-body.js";
import { rules } from "./index.js";
import { body, readingOf } from "./testing.js";

const graph = [
  body("tide-forum", "Tidewater Forum", "INDUSTRY_FORUM", "TWF"),
  body("qsi", "Quarry Safety Institute of Lowmoor", "RESEARCH_INSTITUTE"),
];
const others = rules.filter((r) => r !== headWordBody);

/** The bodies the rule adds to what every other reading proposed. */
function added(text: string, genre: Parameters<typeof readingOf>[3] = "news"): string[] {
  const without = [...readingOf(text, graph, others, genre).orgs.created.values()].map((o) => o.name);
  const withRule = [...readingOf(text, graph, rules, genre).orgs.created.values()].map((o) => o.name);
  return withRule.filter((n) => !without.includes(n));
}

describe("head-word-body: a body named in prose by its head word, after every other reading", () => {
  it("proposes a body no other reading found, once", () => {
    expect(added("Members of the Harbour Metaverse Council met in Porto with the Tidewater Forum.\nThe Harbour Metaverse Council agreed.")).toEqual(["Harbour Metaverse Council"]);
    expect(added("She joined the University of Lowmoor in 2031.")).toEqual(["University of Lowmoor"]);
  });

  it("names the graph's body when the name is the graph's, never a second one", () => {
    const text = "A note from Tidewater Forum came in.";
    expect(added(text)).toEqual([]);
    expect(readingOf(text, graph, rules, "news").facts.mentionedOrganizations.has("tide-forum")).toBe(true);
  });

  it("proposes no name that is only part of a longer name of a body the graph holds", () => {
    expect(added("The Quarry Safety Institute published a draft.")).toEqual([]);
    expect(added("The Quarry Safety Council published a draft.")).toEqual(["Quarry Safety Council"]);
  });

  it("leaves a span another reading covers to that reading", () => {
    expect(added("The Quayside Standards Council (QSC) met.")).toEqual([]);
    expect(added("The TWF Tooling Working Group met.")).toEqual([]);
    expect(added("The Joint Bi-level Harbour Experts Group met.")).toEqual([]);
  });
});
