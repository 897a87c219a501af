import { describe, expect, it } from "vitest";
import { postGraphQL, useSeedGraphApp, type Json } from "./helpers.js";

/**
 * Nested connections (a body's or a topic's deliverables) are filtered and paged in Cypher, per
 * parent: walking their pages by cursor, forwards or backwards, must give exactly the whole
 * list, whatever the page size, and the look-ahead of a listing must page like a lookup does.
 */
const seed = useSeedGraphApp();

const PAGE = /* GraphQL */ `
  totalCount
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { code status } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { code: string; status: string | null } }>;
}

/** One page of an organization's deliverables (`args` in GraphQL syntax, e.g. "first: 3"). */
async function bodyPage(key: string, args: string): Promise<Page> {
  const data = await seed.query(`query ($key: String!) { organization(ref: $key) { deliverables(${args}) { ${PAGE} } } }`, { key });
  return (data as Json).organization.deliverables as Page;
}

async function topicPage(key: string, args: string): Promise<Page> {
  const data = await seed.query(`query ($key: String!) { topic(ref: $key) { deliverables(${args}) { ${PAGE} } } }`, { key });
  return (data as Json).topic.deliverables as Page;
}

const codes = (page: Page) => page.edges.map((edge) => edge.node.code);

/** The same deliverables from the top-level listing's filter, a statement of its own: sorted codes. */
async function listed(filter: string): Promise<string[]> {
  const data = await seed.query(`{ deliverables(first: 100, filter: { ${filter} }) { nodes { code } } }`);
  return ((data as Json).deliverables.nodes as Array<{ code: string }>).map((node) => node.code).sort();
}

/** Every page from the first on, `size` at a time, following endCursor. */
async function walkForwards(load: (args: string) => Promise<Page>, size: number): Promise<string[]> {
  const seen: string[] = [];
  let page = await load(`first: ${size}`);
  for (;;) {
    seen.push(...codes(page));
    if (!page.pageInfo.hasNextPage) return seen;
    page = await load(`first: ${size}, after: "${page.pageInfo.endCursor}"`);
  }
}

/** Every page from the last back, `size` at a time, following startCursor. */
async function walkBackwards(load: (args: string) => Promise<Page>, size: number): Promise<string[]> {
  const seen: string[] = [];
  let page = await load(`last: ${size}`);
  for (;;) {
    seen.unshift(...codes(page));
    if (!page.pageInfo.hasPreviousPage) return seen;
    page = await load(`last: ${size}, before: "${page.pageInfo.startCursor}"`);
  }
}

describe("a body's deliverables, paged in Cypher", () => {
  // FG-MV WG1 has no sub-groups: its own deliverables are the listing filter's.
  const parents: Array<[string, (args: string) => Promise<Page>, string]> = [
    ["FG-MV WG1's deliverables", (args) => bodyPage("fg-mv-wg1", args), `organization: "fg-mv-wg1"`],
    ["FG-MV's with its sub-groups'", (args) => bodyPage("fg-mv", `includeSubGroups: true, ${args}`), `organization: "fg-mv"`],
    ["the metaverse topic's (and narrower topics')", (args) => topicPage("metaverse", args), `topic: "metaverse"`],
  ];

  it.each(parents)("%s: pages of any size, walked forwards or backwards, give the whole list in code order", async (_, load, filter) => {
    const whole = await load("first: 100");
    expect(whole.totalCount).toBeGreaterThan(5);
    expect(whole.edges).toHaveLength(whole.totalCount);
    const all = codes(whole);
    expect([...all].sort()).toEqual(await listed(filter));
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const size of [3, 7, whole.totalCount - 1]) {
      expect(await walkForwards(load, size)).toEqual(all);
      expect(await walkBackwards(load, size)).toEqual(all);
    }
  });

  it.each(parents)("%s: the boundaries (an empty page, past the end, more than there are, between two cursors)", async (_, load) => {
    const whole = await load("first: 100");
    const total = whole.totalCount;
    const empty = await load("first: 0");
    expect(empty).toMatchObject({ totalCount: total, edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null } });
    const pastTheEnd = await load(`first: 5, after: "${whole.edges.at(-1)!.cursor}"`);
    expect(pastTheEnd).toMatchObject({ totalCount: total, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(codes(await load(`last: ${total + 10}`))).toEqual(codes(whole));
    const between = await load(`after: "${whole.edges[1]!.cursor}", before: "${whole.edges[5]!.cursor}"`);
    expect(codes(between)).toEqual(codes(whole).slice(2, 5));
    const lastTwoBetween = await load(`last: 2, after: "${whole.edges[1]!.cursor}", before: "${whole.edges[5]!.cursor}"`);
    expect(codes(lastTwoBetween)).toEqual(codes(whole).slice(3, 5));
    expect(lastTwoBetween.edges.map((edge) => edge.cursor)).toEqual(whole.edges.slice(3, 5).map((edge) => edge.cursor));
  });

  it("a status filter counts and pages only the deliverables of those statuses", async () => {
    const whole = await bodyPage("fg-mv", "includeSubGroups: true, first: 100");
    const status = whole.edges[0]!.node.status!;
    const wanted = whole.edges.filter((edge) => edge.node.status === status).map((edge) => edge.node.code);
    const filtered = await bodyPage("fg-mv", `includeSubGroups: true, statuses: [${status}], first: 2`);
    expect(filtered.totalCount).toBe(wanted.length);
    expect(codes(filtered)).toEqual(wanted.slice(0, 2));
    expect((await bodyPage("fg-mv", "includeSubGroups: true, statuses: [], first: 5")).totalCount).toBe(0);
  });

  it("a listing that looks ahead pages each body's deliverables as a lookup of that body does, and a second page of other arguments is its own", async () => {
    const data = await seed.query(/* GraphQL */ `{
      organizations(first: 100) {
        nodes {
          key
          firstTwo: deliverables(first: 2) { ${PAGE} }
          lastOne: deliverables(last: 1, includeSubGroups: true) { ${PAGE} }
        }
      }
    }`);
    const bodies = (data as Json).organizations.nodes as Array<{ key: string; firstTwo: Page; lastOne: Page }>;
    const withDeliverables = bodies.filter((body) => body.lastOne.totalCount > 0);
    expect(withDeliverables.length).toBeGreaterThan(3);
    for (const body of withDeliverables.slice(0, 6)) {
      expect(body.firstTwo).toEqual(await bodyPage(body.key, "first: 2"));
      expect(body.lastOne).toEqual(await bodyPage(body.key, "last: 1, includeSubGroups: true"));
    }
  });

  it("a nested page with a wrong window is a BAD_USER_INPUT error at its own field, in a listing that looks ahead and in a lookup", async () => {
    for (const text of [
      `{ organizations(first: 3) { nodes { key deliverables(first: 101) { totalCount } } } }`,
      `{ organization(ref: "fg-mv") { key deliverables(after: "not-a-cursor") { totalCount } } }`,
    ]) {
      const { body } = await postGraphQL(seed.url, text);
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors!) {
        expect(error.extensions?.code).toBe("BAD_USER_INPUT");
        expect(error.message).toMatch(/first must be at most 100|after is not a valid cursor/);
        expect((error as { path?: unknown[] }).path?.at(-1)).toBe("deliverables");
      }
    }
  });
});

/**
 * The organizations listing reads a forward page (`first`, `after`) with a statement of its own
 * (counted apart, the page cut by SKIP/LIMIT in the order's index where there is one) and a
 * backward page (`last`, `before`) from the whole sorted list: both ways must give the same
 * bodies in the same order, in every order the API offers.
 */
describe("an analyst paging through the bodies", () => {
  interface BodyPage {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { key: string; name: string; acronym: string | null; kind: string; established: string | null } }>;
  }
  const bodies = async (args: string): Promise<BodyPage> => {
    const data = await seed.query(`{ organizations(${args}) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key name acronym kind established } } } }`);
    return (data as Json).organizations as BodyPage;
  };
  const keys = (page: BodyPage) => page.edges.map((edge) => edge.node.key);
  const walk = async (args: string, size: number, direction: "forwards" | "backwards"): Promise<string[]> => {
    const seen: string[] = [];
    let page = await bodies(`${args} ${direction === "forwards" ? "first" : "last"}: ${size}`);
    for (;;) {
      if (direction === "forwards") seen.push(...keys(page));
      else seen.unshift(...keys(page));
      const more = direction === "forwards" ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
      if (!more) return seen;
      const cursor = direction === "forwards" ? `after: "${page.pageInfo.endCursor}"` : `before: "${page.pageInfo.startCursor}"`;
      page = await bodies(`${args} ${direction === "forwards" ? "first" : "last"}: ${size}, ${cursor}`);
    }
  };
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  const orders = ["NAME", "ACRONYM", "KIND", "ESTABLISHED"].flatMap((field) => ["ASC", "DESC"].map((direction) => `orderBy: { field: ${field}, direction: ${direction} }`));
  it.each(orders)("%s: every body once, the same forwards and backwards, whatever the page size", async (orderBy) => {
    for (const filter of ["", `filter: { kinds: [WORKING_GROUP, STUDY_GROUP, SUBCOMMITTEE] }`]) {
      const forwards = await walk(`${filter} ${orderBy},`, 40, "forwards");
      const { totalCount } = await bodies(`${filter} first: 0`);
      expect(forwards).toHaveLength(totalCount);
      expect(new Set(forwards).size).toBe(totalCount);
      expect(await walk(`${filter} ${orderBy},`, 40, "backwards")).toEqual(forwards);
      expect(await walk(`${filter} ${orderBy},`, 17, "forwards")).toEqual(forwards);
    }
  });

  it("sorted by acronym, a body without one sorts by its name; ties fall back to the key", async () => {
    const all = await walk("orderBy: { field: ACRONYM, direction: ASC },", 100, "forwards");
    const page = await bodies(`orderBy: { field: ACRONYM, direction: ASC }, first: 100`);
    const sortKeys = page.edges.map((edge) => edge.node.acronym ?? edge.node.name);
    expect(sortKeys).toEqual([...sortKeys].sort(byText));
    expect(page.edges.some((edge) => edge.node.acronym === null)).toBe(true);
    expect(keys(page)).toEqual(all.slice(0, 100));
  });

  it("a forward page past the end is empty and says where it starts; one from the middle starts right after its cursor", async () => {
    const whole = await walk("", 100, "forwards");
    const page = await bodies(`first: 10`);
    const middle = await bodies(`first: 5, after: "${page.edges[6]!.cursor}"`);
    expect(keys(middle)).toEqual(whole.slice(7, 12));
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const last = await bodies(`last: 1`);
    const pastTheEnd = await bodies(`first: 5, after: "${last.edges[0]!.cursor}"`);
    expect(pastTheEnd).toMatchObject({ totalCount: whole.length, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });
});
