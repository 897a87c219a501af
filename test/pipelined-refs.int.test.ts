import { describe, expect, it } from "vitest";
import { postGraphQL, useSeedGraphApp } from "./helpers.js";

/**
 * Queries whose refs look like readable ids start their work with them at once, beside resolving
 * them (src/refs/pipelined.ts). A ref of id form is not always an id: "sc27" is JTC 1/SC 27's
 * designation, whose id is jtc1-sc27. The analyst must get the same answer either way, never the
 * early work's answer for a body that does not exist.
 */
const seedGraph = useSeedGraphApp();
const { query } = seedGraph;

/** The answer asked once with `ref` and once with `id` in the same place: they must be equal. */
async function sameAnswer(document: (ref: string) => string, ref: string, id: string) {
  const [byRef, byId] = await Promise.all([query(document(ref)), query(document(id))]);
  expect(byRef).toEqual(byId);
  return byId;
}

describe("an id-shaped designation or alias gets the answer of what it names", () => {
  it("its deliverables (deliverables filtered by organization)", async () => {
    const answer = await sameAnswer((org) => `{ deliverables(first: 20, filter: { organization: "${org}" }) { totalCount nodes { key } } }`, "sc27", "jtc1-sc27");
    expect(answer.deliverables.totalCount).toBeGreaterThan(0);
  });

  it("the organizations within it (organizations filtered by within), with their looked-ahead parents", async () => {
    const answer = await sameAnswer((org) => `{ organizations(first: 50, filter: { within: "${org}" }) { totalCount nodes { key parent { key } } } }`, "sc27", "jtc1-sc27");
    expect(answer.organizations.totalCount).toBeGreaterThan(0);
  });

  it("its liaisons, and its liaisons with one partner named by designation too", async () => {
    const all = await sameAnswer((org) => `{ liaisons(of: "${org}", includeEnded: true) { total organization { key } links { partner { key } liaison { key } } } }`, "sc27", "jtc1-sc27");
    expect(all.liaisons.organization).toEqual({ key: "jtc1-sc27" });
    expect(all.liaisons.total).toBeGreaterThan(1);
    const withSg17 = await sameAnswer((org) => `{ liaisons(of: "itu-t-sg17", with: "${org}", includeEnded: true) { total links { partner { key } } } }`, "sc27", "jtc1-sc27");
    expect(withSg17.liaisons.links.map((l: { partner: { key: string } }) => l.partner.key)).toContain("jtc1-sc27");
  });

  it("its roadmap, alone and beside a topic", async () => {
    const alone = await sameAnswer((org) => `{ roadmap(organizations: ["${org}"], includeUndated: true) { total items { kind deliverable { key } } } }`, "sc27", "jtc1-sc27");
    expect(alone.roadmap.total).toBeGreaterThan(0);
    await sameAnswer((org) => `{ roadmap(topics: ["pii-protection"], organizations: ["jca-mv", "${org}"], includeUndated: true) { total items { kind deliverable { key } event { key } } } }`, "sc27", "jtc1-sc27");
  });

  it("its overlaps: an id-shaped alias of a topic (cybersecurity) gets the overlaps under the topic it names (security)", async () => {
    const answer = await sameAnswer((topic) => `{ overlaps(topic: "${topic}", asOf: "2025-06-01") { total overlaps { topic { key } unlinkedPairs { a { key } b { key } } } } }`, "cybersecurity", "security");
    expect(answer.overlaps.total).toBeGreaterThan(0);
  });

  it("refs sent as null variables (as the roadmap page sends an unset filter) are filters not given: the same answer as leaving them out", async () => {
    const document = `query ($topics: [String!], $organizations: [String!]) { roadmap(topics: $topics, organizations: $organizations, includeUndated: true) { total items { kind deliverable { key } event { key } } } }`;
    const { body } = await postGraphQL(seedGraph.url, document, { topics: null, organizations: null });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(await query(`{ roadmap(includeUndated: true) { total items { kind deliverable { key } event { key } } } }`));
    const empty = await postGraphQL(seedGraph.url, `{ roadmap(organizations: [""]) { total } }`);
    expect(empty.body.errors).toBeUndefined();
  });

  it("a ref of id form that names nothing is an error naming the argument, not the early work's empty answer", async () => {
    for (const [document, argument] of [
      ['{ liaisons(of: "no-such-body") { total } }', "of"],
      ['{ deliverables(filter: { organization: "no-such-body" }) { totalCount } }', "filter.organization"],
      ['{ roadmap(organizations: ["jca-mv", "no-such-body"]) { total } }', "organizations[1]"],
      ['{ overlaps(topic: "no-such-topic") { total } }', "topic"],
      ['{ organizations(filter: { within: "no-such-body" }) { totalCount } }', "filter.within"],
    ] as const) {
      const { body } = await postGraphQL(seedGraph.url, document);
      expect(body.errors?.map((e) => [e.extensions?.code, e.message.startsWith(`${argument}: `)]), document).toEqual([["BAD_USER_INPUT", true]]);
    }
  });
});
