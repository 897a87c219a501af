import { describe, expect, it } from "vitest";
import { postGraphQL, useSeedGraphApp, type Json } from "./helpers.js";

const seedGraph = useSeedGraphApp();
const { query } = seedGraph;

async function errorsOf(text: string, variables?: Record<string, unknown>) {
  const { body } = await postGraphQL(seedGraph.url, text, variables);
  return body.errors ?? [];
}

describe("lookups", () => {
  it.each(["jtc1-sc27", "SC 27", "SC27", "ISO/IEC JTC1/SC27", "JTC 1/SC 27", "sc27"])("organization(ref: %j) finds ISO/IEC JTC 1/SC 27", async (ref) => {
    const data = await query("query($ref: String!) { organization(ref: $ref) { key name } }", { ref });
    expect(data.organization.key).toBe("jtc1-sc27");
  });

  it("an unknown ref is null, not an error", async () => {
    expect((await query('{ organization(ref: "no such body") { key } }')).organization).toBeNull();
  });

  it("node(id) returns any object by global id, and rejects a malformed id clearly", async () => {
    const { organization } = await query('{ organization(ref: "fg-mv") { id } }');
    const data = await query("query($id: ID!) { node(id: $id) { __typename key ... on Organization { acronym } } }", { id: organization.id });
    expect(data.node).toEqual({ __typename: "Organization", key: "fg-mv", acronym: "FG-MV" });
    const [error] = await errorsOf('{ node(id: "garbage") { key } }');
    expect(error).toMatchObject({ message: expect.stringContaining("is not a global id"), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("person(ref) accepts any spelling", async () => {
    const data = await query('{ person(ref: "Mr Shin-Gak KANG") { key name aliases } }');
    expect(data.person.key).toBe("shin-gak-kang");
  });

  it("topic(ref) finds PII protection by its alias", async () => {
    expect((await query('{ topic(ref: "privacy") { key } }')).topic.key).toBe("pii-protection");
  });

  it("deliverable(ref) finds a Recommendation by its former working name", async () => {
    const data = await query('{ deliverable(ref: "Y.dtmv-ref") { code status developedBy { key } } }');
    expect(data.deliverable).toMatchObject({ developedBy: { key: "itu-t-sg20" } });
  });
});

describe("navigation both ways", () => {
  it("organization → sub-groups → parent, and reporting lines", async () => {
    const data = await query(`{
      organization(ref: "FG-MV") {
        subGroups { key parent { key } }
        reportsTo { key reportingGroups { key } }
      }
    }`);
    const subGroups = data.organization.subGroups as Json[];
    expect(subGroups.map((g) => g.key)).toContain("fg-mv-wg6");
    expect(subGroups.every((g) => g.parent.key === "fg-mv")).toBe(true);
    expect(data.organization.reportsTo.key).toBe("tsag");
    expect(data.organization.reportsTo.reportingGroups.map((g: Json) => g.key)).toEqual(expect.arrayContaining(["fg-mv", "jca-mv"]));
  });

  it("organization → roles → person → roles → organization", async () => {
    const data = await query(`{
      organization(ref: "jca-mv") {
        roles(asOf: "2025-10-09") { role title since person { key roles(includeEnded: true) { role organization { key } } affiliations { organization { key } } } }
      }
    }`);
    const roles = data.organization.roles as Json[];
    expect(roles.map((r) => r.person.key).sort()).toEqual(["muath-alrumayh", "shin-gak-kang"]);
    const kang = roles.find((r) => r.person.key === "shin-gak-kang")!.person;
    expect(kang.roles.map((r: Json) => `${r.role}@${r.organization.key}`)).toEqual(expect.arrayContaining(["CO_CHAIR@jca-mv", "CHAIR@fg-mv"]));
    expect(kang.affiliations.map((a: Json) => a.organization.key)).toContain("etri");
  });

  it("topic → narrower/broader → organizations with evidence → topics", async () => {
    const data = await query(`{
      topic(ref: "pii-protection") {
        broader { key narrower { key } }
        organizations { evidence organization { key } topic { key } }
      }
    }`);
    expect(data.topic.broader.key).toBe("security");
    expect(data.topic.broader.narrower.map((t: Json) => t.key)).toContain("pii-protection");
    const orgs = (data.topic.organizations as Json[]).map((w) => w.organization.key);
    expect(orgs).toEqual(expect.arrayContaining(["fg-mv-wg6", "jtc1-sc27"]));
    expect((data.topic.organizations as Json[]).every((w) => w.evidence.length > 0)).toBe(true);
  });

  it("deliverable → developer → its deliverables", async () => {
    const data = await query(`{ deliverable(ref: "FGMV-20") { developedBy { key deliverables(first: 50) { nodes { code } } } topics { key } } }`);
    expect(data.deliverable.developedBy.key).toBe("fg-mv-wg1");
    expect(data.deliverable.developedBy.deliverables.nodes.map((d: Json) => d.code)).toContain("FGMV-20");
  });

  it("event → collocated events, deadlines, meeting of; liaison → ends and document", async () => {
    const data = await query(`{
      events(filter: { organization: "jca-mv", dates: { from: "2026-01-01", to: "2026-12-31" } }) {
        nodes { name startsAt timezone meetingOf { key } collocatedWith { name } deadlines { dueDate kind } }
      }
      organization(ref: "jca-mv") { liaisons(direction: OUTGOING, kinds: [COOPERATION]) { direction liaison { to { key } document { key } } } }
    }`);
    const meeting = (data.events.nodes as Json[]).find((e) => e.meetingOf?.key === "jca-mv")!;
    expect(meeting.startsAt).toBe("2026-05-13T06:30:00.000Z");
    expect(meeting.timezone).toBe("Europe/Zurich");
    expect(meeting.collocatedWith).toHaveLength(3);
    expect(meeting.deadlines.map((d: Json) => d.dueDate)).toEqual(["2026-04-30", "2026-05-04"]);
    const partners = (data.organization.liaisons as Json[]).map((l) => l.liaison.to.key);
    expect(partners).toEqual(expect.arrayContaining(["ieee", "ietf", "msf"]));
    expect((data.organization.liaisons as Json[]).every((l) => l.liaison.document.key === "tsb-circular-60")).toBe(true);
  });
});

describe("time travel (asOf)", () => {
  const viceChairs = async (asOf: string) => {
    const data = await query("query($asOf: Date) { organization(ref: \"fg-mv\") { roles(asOf: $asOf, roles: [VICE_CHAIR]) { person { name } } } }", { asOf });
    return (data.organization.roles as Json[]).map((r) => r.person.name).sort();
  };

  it("FG-MV had 6 vice-chairs at the end of 2022; mid-2023 lists the 11 of the May 2023 list plus Andrey Perez, whose role no source ends before the group's", async () => {
    expect(await viceChairs("2022-12-31")).toHaveLength(6);
    expect(await viceChairs("2022-12-31")).toContain("Andrey Perez");
    const mid2023 = await viceChairs("2023-07-01");
    expect(mid2023).toHaveLength(12);
    expect(mid2023).toEqual(expect.arrayContaining(["Andrey Nunes", "Andrey Perez"]));
  });

  it("defaults to today: FG-MV, closed in 2024, has no vice-chairs now", async () => {
    const data = await query('{ organization(ref: "fg-mv") { status roles(roles: [VICE_CHAIR]) { key } } }');
    expect(data.organization).toEqual({ status: "CLOSED", roles: [] });
  });
});

describe("pagination", () => {
  it("walks all organizations forwards page by page without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const data: Json = await query("query($after: String) { organizations(first: 40, after: $after) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }", { after });
      total = data.organizations.totalCount;
      seen.push(...data.organizations.nodes.map((n: Json) => n.key));
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("last/before pages backwards; the last page says there is nothing next", async () => {
    const data = await query("{ organizations(last: 3) { nodes { key } edges { cursor } pageInfo { hasNextPage hasPreviousPage } totalCount } }");
    expect(data.organizations.nodes).toHaveLength(3);
    expect(data.organizations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const before = data.organizations.edges[0].cursor;
    const previous = await query("query($before: String) { organizations(last: 2, before: $before) { nodes { key } pageInfo { hasNextPage } } }", { before });
    expect(previous.organizations.nodes).toHaveLength(2);
    expect(previous.organizations.pageInfo.hasNextPage).toBe(true);
  });

  it("an empty result is an empty page", async () => {
    const data = await query('{ organizations(filter: { text: "zzz-no-such-body" }) { totalCount nodes { key } pageInfo { startCursor endCursor hasNextPage } } }');
    expect(data.organizations).toEqual({ totalCount: 0, nodes: [], pageInfo: { startCursor: null, endCursor: null, hasNextPage: false } });
  });

  it("an invalid cursor or an oversized page is a clear BAD_USER_INPUT error", async () => {
    const [cursorError] = await errorsOf('{ organizations(after: "not-a-cursor") { totalCount } }');
    expect(cursorError).toMatchObject({ message: "after is not a valid cursor; use a cursor returned by this list", extensions: { code: "BAD_USER_INPUT" } });
    const [sizeError] = await errorsOf("{ organizations(first: 1000) { totalCount } }");
    expect(sizeError!.message).toMatch(/first must be at most 100/);
  });
});

describe("filters and ordering", () => {
  it("organizations by kind, within a body (sub-groups), by topic incl. narrower topics, by text", async () => {
    const data = await query(`{
      subcommittees: organizations(first: 100, filter: { kinds: [SUBCOMMITTEE], within: "jtc1" }) { nodes { key kind } }
      fgmv: organizations(first: 100, filter: { within: "FG-MV" }) { totalCount }
      security: organizations(first: 100, filter: { topic: "security" }) { nodes { key } }
      text: organizations(filter: { text: "blockchain" }) { nodes { key } }
    }`);
    expect(data.subcommittees.nodes.every((n: Json) => n.kind === "SUBCOMMITTEE")).toBe(true);
    expect(data.subcommittees.nodes.map((n: Json) => n.key)).toContain("jtc1-sc27");
    expect(data.fgmv.totalCount).toBe(10); // FG-MV, its task group and eight working groups
    // SC 27 works on PII protection (narrower than security): found through the taxonomy.
    expect(data.security.nodes.map((n: Json) => n.key)).toEqual(expect.arrayContaining(["itu-t-sg17", "jtc1-sc27", "fg-mv-wg6"]));
    expect(data.text.nodes.map((n: Json) => n.key)).toContain("iso-tc307");
  });

  it("orders by name ascending and descending", async () => {
    const asc = await query("{ organizations(first: 5, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }");
    const desc = await query("{ organizations(first: 5, orderBy: { field: NAME, direction: DESC }) { nodes { name } } }");
    const names = asc.organizations.nodes.map((n: Json) => n.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(desc.organizations.nodes[0].name >= asc.organizations.nodes[4].name).toBe(true);
  });

  it("deliverables by status, organization incl. sub-groups, topic, and date window", async () => {
    const data = await query(`{
      fgmv: deliverables(first: 100, filter: { organization: "fg-mv" }) { totalCount nodes { developedBy { key } } }
      approved2023: deliverables(first: 100, filter: { organization: "fg-mv", dates: { from: "2023-01-01", to: "2023-12-31" } }) { nodes { code approved } }
      inProgress: deliverables(first: 100, filter: { statuses: [IN_PROGRESS] }) { nodes { status } }
      pii: deliverables(first: 100, filter: { topic: "pii-protection" }) { nodes { code } }
      byDate: deliverables(first: 3, filter: { organization: "fg-mv" }, orderBy: { field: DATE, direction: ASC }) { nodes { code approved } }
    }`);
    expect(data.fgmv.totalCount).toBeGreaterThanOrEqual(17);
    expect(data.fgmv.nodes.every((d: Json) => d.developedBy.key.startsWith("fg-mv"))).toBe(true);
    expect(data.approved2023.nodes.every((d: Json) => d.approved.startsWith("2023"))).toBe(true);
    expect(data.approved2023.nodes.map((d: Json) => d.code)).toContain("FGMV-01");
    expect(data.inProgress.nodes.every((d: Json) => d.status === "IN_PROGRESS")).toBe(true);
    expect(data.pii.nodes.length).toBeGreaterThan(0);
    expect(data.byDate.nodes[0].approved).toBe("2023-07");
  });

  it("people by organization (incl. sub-groups) and role; events and deadlines by date window", async () => {
    const data = await query(`{
      coChairs: people(filter: { organization: "jca-mv", roles: [CO_CHAIR] }) { nodes { key } }
      deadlines2026: deadlines(dates: { from: "2026-01-01", to: "2026-12-31" }) { nodes { dueDate event { name } } }
      forums: events(first: 50, filter: { kinds: [FORUM] }) { nodes { kind } }
    }`);
    expect(data.coChairs.nodes.map((n: Json) => n.key).sort()).toEqual(["muath-alrumayh", "shin-gak-kang"]);
    expect(data.deadlines2026.nodes.map((d: Json) => d.dueDate)).toEqual(["2026-04-30", "2026-05-04"]);
    expect(data.forums.nodes.length).toBeGreaterThan(0);
  });

  it("an unknown organization in a filter is a clear error", async () => {
    const [error] = await errorsOf('{ deliverables(filter: { organization: "nowhere" }) { totalCount } }');
    expect(error).toMatchObject({ message: expect.stringMatching(/^filter.organization: no organization "nowhere"/), extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("search", () => {
  const hits = async (text: string, types?: string[]) => {
    const data = await query("query($text: NonEmptyString!, $types: [SearchType!]) { search(text: $text, types: $types, first: 10) { score node { __typename key } } }", { text, types });
    return data.search as Array<{ score: number; node: { __typename: string; key: string } }>;
  };

  it('"privacy" finds SC 27 and the PII protection topic', async () => {
    const keys = (await hits("privacy")).map((h) => h.node.key);
    expect(keys).toEqual(expect.arrayContaining(["jtc1-sc27", "pii-protection"]));
  });

  it.each(["SC27", "SC 27", "JTC1/SC27"])('"%s" ranks SC 27 first among organizations', async (text) => {
    const [first] = await hits(text, ["ORGANIZATION"]);
    expect(first!.node.key).toBe("jtc1-sc27");
  });

  it("tolerates a small typo", async () => {
    const keys = (await hits("Interoperabilty")).map((h) => h.node.key);
    expect(keys).toContain("interoperability");
  });

  it("scores are ranked, and types filter the results", async () => {
    const results = await hits("metaverse", ["DELIVERABLE"]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((h) => h.node.__typename === "Deliverable")).toBe(true);
    const scores = results.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("treats Lucene and Cypher syntax in the text as plain words", async () => {
    for (const text of ['") RETURN 1 //', "sc27 AND OR NOT ~ * ? :", "' MATCH (n) DETACH DELETE n //"]) {
      expect(Array.isArray(await hits(text))).toBe(true);
    }
    expect((await query('{ organization(ref: "jtc1-sc27") { key } }')).organization.key).toBe("jtc1-sc27");
  });
});

describe("provenance everywhere", () => {
  it("nodes and edges carry sources that resolve to documents with locators", async () => {
    const data = await query(`{
      organization(ref: "jca-mv") {
        sources { ref locator document { key title file } }
        roles(asOf: "2025-10-09") { sources { document { key } locator } }
        topics { sources { document { key } } }
      }
    }`);
    expect(data.organization.sources.length).toBeGreaterThan(0);
    expect(data.organization.sources.every((s: Json) => s.document !== null)).toBe(true);
    expect(data.organization.sources.map((s: Json) => s.document.key)).toContain("tsb-circular-60");
    for (const role of data.organization.roles) expect(role.sources.length).toBeGreaterThan(0);
    for (const topic of data.organization.topics) expect(topic.sources.length).toBeGreaterThan(0);
  });
});

describe("batching", () => {
  const measure = async (text: string) => {
    const before = seedGraph.app.db.roundTrips;
    const data = await query(text);
    return { data, trips: seedGraph.app.db.roundTrips - before };
  };

  it("a nested query over a page of 100 organizations costs one round trip per level", async () => {
    const { data, trips } = await measure(`{
      organizations(first: 100) {
        nodes { key roles(includeEnded: true) { person { affiliations { organization { name } } } } }
      }
    }`);
    const orgs = data.organizations.nodes as Json[];
    expect(orgs).toHaveLength(100);
    // organizations, roles, person, affiliations, organization: 5 levels.
    expect(trips).toBeLessThanOrEqual(5);
  });

  it("the round trips do not grow with the number of results", async () => {
    const nested = (n: number) => `{ organizations(first: ${n}) { nodes { parent { key } subGroups { key } topics { topic { key } } sources { document { key } } } } }`;
    const small = await measure(nested(5));
    const large = await measure(nested(100));
    expect(large.trips).toBe(small.trips);
    expect(large.trips).toBeLessThanOrEqual(6);
  });
});

describe("GraphQL over HTTP", () => {
  it("answers GET queries (with a CSRF-safe header) in the graphql-response+json media type", async () => {
    const response = await fetch(`${seedGraph.url}/graphql?query=${encodeURIComponent("{ about { name } }")}`, {
      headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { about: { name: "mvgraph" } } });
  });

  it("refuses CSRF-prone simple requests (CSRF prevention is on)", async () => {
    const simple = await fetch(`${seedGraph.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "content-type": "text/plain" } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it("gives a syntax error a 400 with a message and no stack trace", async () => {
    const { status, body } = await postGraphQL(seedGraph.url, "{ organizations( }");
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).not.toHaveProperty("stacktrace");
  });
});

describe("examples.graphql", () => {
  it("every example operation runs without errors on the seed graph", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse, print } = await import("graphql");
    const document = parse(readFileSync(new URL("../examples.graphql", import.meta.url), "utf8"));
    const operations = document.definitions.filter((d) => d.kind === "OperationDefinition");
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const operation of operations) {
      const { status, body } = await postGraphQL(seedGraph.url, print(operation));
      expect({ name: operation.name?.value, status, errors: body.errors }).toEqual({ name: operation.name?.value, status: 200, errors: undefined });
    }
  });
});
