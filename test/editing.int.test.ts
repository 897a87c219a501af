import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay.js";
import { graphChecksum } from "./helpers.js";
import { gql, startWritableApp, uniqueId, type GraphQLResponse, type WritableApp } from "./writable-app.js";

/**
 * Keeping the graph current through the API alone: every mutation writes what it says with its
 * source, refuses bad input naming the field (writing nothing), refuses stale versions, merges
 * without losing anything, and leaves a history.
 */
let w: WritableApp;
beforeAll(async () => {
  w = await startWritableApp();
});
afterAll(async () => {
  await w?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SOURCE = { document: "tsb-circular-60", locator: "annex-a" };
const editor = (query: string, variables?: Record<string, unknown>) => gql(w.url, w.credentials.editor, query, variables);
const admin = (query: string, variables?: Record<string, unknown>) => gql(w.url, w.credentials.admin, query, variables);
const anonymous = (query: string, variables?: Record<string, unknown>) => gql(w.url, undefined, query, variables);

/** The data of a response that must have no errors. */
function ok(response: GraphQLResponse): Json {
  if (response.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as Json;
}

const create = async (mutation: string, inputType: string, input: Record<string, unknown>, selection = "key version", source: unknown = SOURCE) =>
  ok(await editor(`mutation($input: ${inputType}!, $source: SourceInput${mutation === "createDocument" ? "" : "!"}) { ${mutation}(input: $input, source: $source) { ${selection} } }`, { input, source }))[mutation];
const link = async (input: Record<string, unknown>, source: unknown = SOURCE) =>
  ok(await editor("mutation($input: LinkInput!, $source: SourceInput!) { link(input: $input, source: $source) { action } }", { input, source }));
const historyOf = async (type: string, key: string) =>
  ok(await gql(w.url, w.credentials.analyst, `query($id: ID!) { history(id: $id, first: 100) { totalCount nodes { sequence action actor actorRole entityKey source { ref document { key } } fields { field before after } entity { key } } } }`, {
    id: toGlobalId(type, key),
  })).history;

describe("creating", () => {
  it("an organization: its values, derived search keys, parent and source; version 1", async () => {
    const id = uniqueId("org");
    const org = await create("createOrganization", "OrganizationInput", { id, name: "Metaverse Probe Alliance", acronym: "MPA-7", kind: "CONSORTIUM", partOf: "itu-t", mailbox: "info@mpa.example.org", established: "2024-05" }, "key version name acronym mailbox establishedDate parent { key } sources { ref document { key } }");
    expect(org).toEqual({
      key: id, version: 1, name: "Metaverse Probe Alliance", acronym: "MPA-7", mailbox: "info@mpa.example.org", establishedDate: "2024-05-01",
      parent: { key: "itu-t" }, sources: [{ ref: "tsb-circular-60#annex-a", document: { key: "tsb-circular-60" } }],
    });
    // The same derived keys as seeded bodies: found by compact acronym and by full-text search.
    expect(ok(await anonymous('{ organization(ref: "MPA7") { key } }')).organization.key).toBe(id);
    const hits = ok(await anonymous('{ search(text: "Metaverse Probe Alliance", first: 5) { node { key } } }')).search;
    expect(hits.map((h: Json) => h.node.key)).toContain(id);
  });

  it("makes a readable id from the name when none is given, and a free one when it is taken", async () => {
    const name = `Id Probe ${uniqueId("n")}`;
    const first = await create("createTopic", "TopicInput", { name });
    const second = await create("createTopic", "TopicInput", { name });
    expect(first.key).toMatch(/^id-probe-n-/);
    expect(second.key).toBe(`${first.key}-2`);
  });

  it("a deliverable with its developer, topics and base; an event with participants, hosts and topics; a deadline", async () => {
    const deliverable = await create(
      "createDeliverable", "DeliverableInput",
      { code: `Y.${uniqueId("mv")}`, title: "Digital twin of a meeting room", kind: "RECOMMENDATION", status: "IN_PROGRESS", developedBy: "itu-t-sg20", topics: ["digital-twin", "interoperability"], basedOn: ["fgmv-20"], target: "2026-07" },
      "key developedBy { key } topics { key } targetDate sources { ref }",
    );
    expect(deliverable).toMatchObject({ developedBy: { key: "itu-t-sg20" }, targetDate: "2026-07-01" });
    expect(deliverable.topics.map((t: Json) => t.key).sort()).toEqual(["digital-twin", "interoperability"]);

    const event = await create(
      "createEvent", "EventInput",
      { name: `Probe workshop ${uniqueId("w")}`, kind: "WORKSHOP", startDate: "2026-03-10", endDate: "2026-03-11", startTime: "09:30", endTime: "17:00", timezone: "Europe/Zurich", city: "Geneva", country: "CH", meetingOf: "jca-mv", participants: ["jtc1-sc29", "etsi"], hosts: ["itu"], topics: ["security"] },
      "key startsAt endsAt meetingOf { key } participants { key } hosts { key } topics { key }",
    );
    expect(event).toMatchObject({ startsAt: "2026-03-10T08:30:00.000Z", endsAt: "2026-03-11T16:00:00.000Z", meetingOf: { key: "jca-mv" }, hosts: [{ key: "itu" }], topics: [{ key: "security" }] });
    expect(event.participants.map((p: Json) => p.key).sort()).toEqual(["etsi", "jtc1-sc29"]);

    const deadline = await create("createDeadline", "DeadlineInput", { event: event.key, kind: "CONTRIBUTION", due: "2026-03-01", description: "Contributions due" }, "key dueDate event { key }");
    expect(deadline).toMatchObject({ dueDate: "2026-03-01", event: { key: event.key } });
  });

  it("a liaison statement (from, to, date, subject, topics, representatives) with a new source document, which it is documented in", async () => {
    const reference = `TSAG-LS-${uniqueId("x")}`;
    const liaison = await create(
      "recordLiaison", "LiaisonInput",
      { kind: "LIAISON_STATEMENT", from: "tsag", to: "jtc1-sc24", since: "2025-11-20", subject: "Metaverse terminology", topics: ["interoperability"], representatives: ["shin-gak-kang"] },
      "key kind since from { key } to { key } topics { key } representatives { key } document { key kind reference date url } sources { ref }",
      { newDocument: { kind: "LIAISON_STATEMENT", reference, title: "LS on metaverse terminology", date: "2025-11-20", url: "https://www.itu.int/md/T25-TSAG-LS" }, locator: "p1" },
    );
    const documentKey = reference.toLowerCase();
    expect(liaison).toMatchObject({
      kind: "LIAISON_STATEMENT", since: "2025-11-20", from: { key: "tsag" }, to: { key: "jtc1-sc24" }, topics: [{ key: "interoperability" }], representatives: [{ key: "shin-gak-kang" }],
      document: { key: documentKey, kind: "LIAISON_STATEMENT", reference, date: "2025-11-20", url: "https://www.itu.int/md/T25-TSAG-LS" },
      sources: [{ ref: `${documentKey}#p1` }],
    });
    // The new document has a history of its own, and the change cites it.
    const history = await historyOf("Document", documentKey);
    expect(history.nodes.map((n: Json) => n.action)).toEqual(["CREATE"]);
    expect(history.nodes[0].source.document.key).toBe(documentKey);
  });

  it("a role, by person and organization, from a date", async () => {
    const person = await create("createPerson", "PersonInput", { name: "Role Probe", honorific: "Dr" });
    const role = await create("startRole", "StartRoleInput", { person: person.key, organization: "jca-mv", role: "VICE_CHAIR", title: "JCA-MV Vice-Chair", since: "2025-10" }, "key id version role since sinceDate person { key } organization { key } sources { ref }");
    expect(role).toMatchObject({ key: `jca-mv-vice-chair-${person.key}`, version: 1, role: "VICE_CHAIR", sinceDate: "2025-10-01", person: { key: person.key }, organization: { key: "jca-mv" } });
    expect(role.id).toBe(toGlobalId("Role", role.key));
  });
});

describe("updating", () => {
  it("changes only the given fields; null removes one; the source is added; version + 1", async () => {
    const org = await create("createOrganization", "OrganizationInput", { name: "Update Probe", kind: "OTHER", description: "old", website: "https://probe.example.org", partOf: "itu-t" });
    const updated = ok(await editor(
      `mutation($key: String!, $source: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { description: "new", website: null, partOf: "itu-r" }, source: $source) {
        version name description website parent { key } sources { ref } } }`,
      { key: org.key, source: { document: "tsag-ls-fg-mv" } },
    )).updateOrganization;
    expect(updated).toEqual({ version: 2, name: "Update Probe", description: "new", website: null, parent: { key: "itu-r" }, sources: [{ ref: "tsb-circular-60#annex-a" }, { ref: "tsag-ls-fg-mv" }] });
    const parentSources = ok(await anonymous(`query($key: String!) { organization(ref: $key) { ancestors { key } } }`, { key: org.key })).organization.ancestors;
    expect(parentSources.map((a: Json) => a.key)).toEqual(["itu-r", "itu"]);
  });

  it("a renamed body is found by its new name and keeps working links", async () => {
    const org = await create("createOrganization", "OrganizationInput", { name: "Old Name Forum", kind: "INDUSTRY_FORUM" });
    ok(await editor(`mutation($key: String!, $s: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { name: "New Name Forum", aliases: ["Old Name Forum"] }, source: $s) { key } }`, { key: org.key, s: SOURCE }));
    expect(ok(await anonymous('{ organization(ref: "New Name Forum") { key } }')).organization.key).toBe(org.key);
    expect(ok(await anonymous('{ organization(ref: "Old Name Forum") { key } }')).organization.key).toBe(org.key);
  });
});

describe("bad input: BAD_USER_INPUT naming the field and why, and nothing written", () => {
  /** Each case sends a new source document too, so a rollback must also remove a document the edit already wrote. */
  const newDocument = () => ({ newDocument: { id: uniqueId("rollback-doc"), kind: "OTHER", title: "Must not survive" } });
  const cases: Array<[string, string, () => Promise<Record<string, unknown>> | Record<string, unknown>, string, RegExp]> = [
    ["createOrganization: bad mailbox", "mutation($v: OrganizationInput!, $s: SourceInput!) { createOrganization(input: $v, source: $s) { key } }", () => ({ v: { name: "X", kind: "OTHER", mailbox: "not-an-address" } }), "input.mailbox", /must be an e-mail address/],
    ["createOrganization: unknown parent", "mutation($v: OrganizationInput!, $s: SourceInput!) { createOrganization(input: $v, source: $s) { key } }", () => ({ v: { name: "X", kind: "OTHER", partOf: "no-such-body" } }), "input.partOf", /no organization "no-such-body"/],
    ["createOrganization: closed before established", "mutation($v: OrganizationInput!, $s: SourceInput!) { createOrganization(input: $v, source: $s) { key } }", () => ({ v: { name: "X", kind: "OTHER", established: "2024", closed: "2023-05" } }), "input.closed", /is before established/],
    ["createOrganization: an id taken", "mutation($v: OrganizationInput!, $s: SourceInput!) { createOrganization(input: $v, source: $s) { key } }", () => ({ v: { id: "itu-t-sg17", name: "X", kind: "OTHER" } }), "input.id", /already exists/],
    ["createPerson: bad phone", "mutation($v: PersonInput!, $s: SourceInput!) { createPerson(input: $v, source: $s) { key } }", () => ({ v: { name: "X", phone: "call me" } }), "input.phone", /must be an international phone number/],
    ["createPerson: bad honorific", "mutation($v: PersonInput!, $s: SourceInput!) { createPerson(input: $v, source: $s) { key } }", () => ({ v: { name: "X", honorific: "Sir" } }), "input.honorific", /Invalid option/],
    ["createTopic: unknown broader topic", "mutation($v: TopicInput!, $s: SourceInput!) { createTopic(input: $v, source: $s) { key } }", () => ({ v: { name: "X", broader: "no-such-topic" } }), "input.broader", /no topic "no-such-topic"/],
    ["createDeliverable: one unknown topic among known ones", "mutation($v: DeliverableInput!, $s: SourceInput!) { createDeliverable(input: $v, source: $s) { key } }", () => ({ v: { code: "Z.9", title: "T", kind: "OTHER", status: "PLANNED", developedBy: "fg-mv", topics: ["security", "no-such-topic"] } }), "input.topics.1", /no topic "no-such-topic"/],
    ["createEvent: a time without a time zone", "mutation($v: EventInput!, $s: SourceInput!) { createEvent(input: $v, source: $s) { key } }", () => ({ v: { name: "X", kind: "MEETING", startDate: "2026-01-05", startTime: "10:00" } }), "input.timezone", /needs a timezone/],
    ["createEvent: end before start", "mutation($v: EventInput!, $s: SourceInput!) { createEvent(input: $v, source: $s) { key } }", () => ({ v: { name: "X", kind: "MEETING", startDate: "2026-01-05", endDate: "2026-01-04" } }), "input.endDate", /is before startDate/],
    ["createDeadline: an impossible date", "mutation($v: DeadlineInput!, $s: SourceInput!) { createDeadline(input: $v, source: $s) { key } }", () => ({ v: { event: "jca-mv-meeting-1", kind: "OTHER", due: "2026-02-30", description: "d" } }), "input.due", /not a real calendar date/],
    ["createDocument: a bad URL", "mutation($v: DocumentInput!, $s: SourceInput!) { createDocument(input: $v, source: $s) { key } }", () => ({ v: { kind: "WEB_PAGE", title: "T", url: "not a url" } }), "input.url", /must be a URL/],
    ["recordLiaison: an unknown representative", "mutation($v: LiaisonInput!, $s: SourceInput!) { recordLiaison(input: $v, source: $s) { key } }", () => ({ v: { kind: "LIAISON_STATEMENT", from: "tsag", to: "jtc1", representatives: ["shin-gak-kang", "nobody-at-all"] } }), "input.representatives.1", /no person "nobody-at-all"/],
    ["startRole: until before since", "mutation($v: StartRoleInput!, $s: SourceInput!) { startRole(input: $v, source: $s) { key } }", () => ({ v: { person: "shin-gak-kang", organization: "jca-mv", role: "MEMBER", since: "2025-05", until: "2025-01" } }), "input.until", /is before since/],
    ["startRole: unknown person", "mutation($v: StartRoleInput!, $s: SourceInput!) { startRole(input: $v, source: $s) { key } }", () => ({ v: { person: "nobody-at-all", organization: "jca-mv", role: "MEMBER" } }), "input.person", /no person "nobody-at-all"/],
    ["updateOrganization: removing the name", "mutation($s: SourceInput!) { updateOrganization(key: \"itu-t-sg17\", version: 0, patch: { name: null }, source: $s) { key } }", () => ({}), "patch.name", /is required and cannot be removed/],
    ["updateOrganization: a parent below itself", "mutation($s: SourceInput!) { updateOrganization(key: \"itu-t\", version: 0, patch: { partOf: \"itu-t-sg17\" }, source: $s) { key } }", () => ({}), "patch.partOf", /would make a circle/],
    ["updatePerson: a bad e-mail", "mutation($s: SourceInput!) { updatePerson(key: \"shin-gak-kang\", version: 0, patch: { email: \"nope\" }, source: $s) { key } }", () => ({}), "patch.email", /must be an e-mail address/],
    ["updateTopic: itself as broader", "mutation($s: SourceInput!) { updateTopic(key: \"security\", version: 0, patch: { broader: \"security\" }, source: $s) { key } }", () => ({}), "patch.broader", /cannot point at itself/],
    ["updateDeliverable: removing the developer", "mutation($s: SourceInput!) { updateDeliverable(key: \"fgmv-20\", version: 0, patch: { developedBy: null }, source: $s) { key } }", () => ({}), "patch.developedBy", /is required/],
    ["updateEvent: a bad time zone", "mutation($s: SourceInput!) { updateEvent(key: \"jca-mv-meeting-1\", version: 0, patch: { timezone: \"Geneva\" }, source: $s) { key } }", () => ({}), "patch.timezone", /IANA time zone/],
    ["updateDeadline: an unknown event", "mutation($s: SourceInput!) { updateDeadline(key: \"jca-mv-meeting-1-inputs\", version: 0, patch: { event: \"no-such-event\" }, source: $s) { key } }", () => ({}), "patch.event", /no event "no-such-event"/],
    ["updateDocument: a bad date", "mutation($s: SourceInput!) { updateDocument(key: \"tsb-circular-60\", version: 0, patch: { date: \"2025-13\" }, source: $s) { key } }", () => ({}), "patch.date", /must be a date/],
    ["updateLiaison: until before since", "mutation($s: SourceInput!) { updateLiaison(key: \"jca-mv-coop-iso\", version: 0, patch: { since: \"2025-06\", until: \"2025-01\" }, source: $s) { key } }", () => ({}), "patch.until", /is before since/],
    ["updateRole: a bad date", "mutation($s: SourceInput!) { updateRole(key: \"fg-mv-contact-shin-gak-kang\", version: 0, patch: { since: \"last year\" }, source: $s) { key } }", () => ({}), "patch.since", /must be a date/],
    ["endRole: before it started", "mutation($s: SourceInput!) { endRole(key: \"jca-mv-co-chair-shin-gak-kang\", version: 0, until: \"2001-01\", source: $s) { key } }", () => ({}), "until", /is before since/],
    ["link: WORKS_ON without evidence", "mutation($s: SourceInput!) { link(input: { type: WORKS_ON, from: \"etsi\", to: \"security\" }, source: $s) { action } }", () => ({}), "input.evidence", /needs the text that shows the work/],
    ["link: an unknown end", "mutation($s: SourceInput!) { link(input: { type: CONCERNS, from: \"jca-mv-coop-iso\", to: \"no-such-topic\" }, source: $s) { action } }", () => ({}), "input.to", /no topic "no-such-topic"/],
    ["unlink: a link that does not exist", "mutation($s: SourceInput!) { unlink(input: { type: ABOUT, from: \"jca-mv-meeting-1\", to: \"digital-twin\" }, source: $s) { action } }", () => ({}), "input", /there is no ABOUT link/],
    ["linkTopic: an organization without evidence", "mutation($s: SourceInput!) { linkTopic(input: { subjectType: ORGANIZATION, subject: \"etsi\", topic: \"security\" }, source: $s) { action } }", () => ({}), "input.evidence", /needs the text/],
    ["unlinkTopic: an unknown subject", "mutation($s: SourceInput!) { unlinkTopic(input: { subjectType: DELIVERABLE, subject: \"no-such-deliverable\", topic: \"security\" }, source: $s) { action } }", () => ({}), "input.from", /no deliverable "no-such-deliverable"/],
    ["mergeOrganizations: a record with itself", "mutation($s: SourceInput!) { mergeOrganizations(keep: \"etsi\", keepVersion: 0, remove: \"etsi\", removeVersion: 0, source: $s) { key } }", () => ({}), "remove", /must be another record/],
  ];

  it.each(cases)("%s", async (_case, query, variables, field, message) => {
    const source = newDocument();
    const before = await graphChecksum(w.app.db);
    const response = await (query.includes("mergeOrganizations") ? admin : editor)(query, { ...(await variables()), s: source });
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    expect(error!.extensions).toMatchObject({ code: field === "input.id" ? "CONFLICT" : "BAD_USER_INPUT", field });
    expect(error!.message).toContain(`${field}:`);
    expect(error!.message).toMatch(message);
    expect(await graphChecksum(w.app.db)).toBe(before);
    expect(ok(await anonymous("query($k: String!) { document(key: $k) { key } }", { k: source.newDocument.id })).document).toBeNull();
  });

  it.each([
    ["no source", {}, "source", /name the document this edit comes from/],
    ["both kinds of source", { document: "tsb-circular-60", newDocument: { kind: "OTHER", title: "T" } }, "source", /either document .* or newDocument, not both/],
    ["an unknown source document", { document: "no-such-doc" }, "source.document", /no document "no-such-doc"/],
    ["an invalid new source document", { newDocument: { kind: "OTHER", title: "" } }, "source.newDocument.title", /source\.newDocument\.title:/],
    ["a blank locator", { document: "tsb-circular-60", locator: "  " }, "source.locator", /must not be blank/],
  ])("a mutation with %s is refused", async (_case, source, field, message) => {
    const before = await graphChecksum(w.app.db);
    const { body } = await editor("mutation($s: SourceInput!) { createTopic(input: { name: \"Unsourced\" }, source: $s) { key } }", { s: source });
    expect(body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field }, message: expect.stringMatching(message) });
    expect(await graphChecksum(w.app.db)).toBe(before);
  });

  it("a GraphQL-level mistake (unknown enum value) is refused before anything runs", async () => {
    const { body } = await editor('mutation { createOrganization(input: { name: "X", kind: NOT_A_KIND }, source: { document: "tsb-circular-60" }) { key } }');
    expect(body.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("optimistic concurrency", () => {
  it("of two concurrent updates based on one version, one wins and the other gets CONFLICT; nothing is silently overwritten", async () => {
    const org = await create("createOrganization", "OrganizationInput", { name: "Race Probe", kind: "OTHER" });
    const update = (credential: string, description: string) =>
      gql(w.url, credential, `mutation($key: String!, $d: String!, $s: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { description: $d }, source: $s) { version description } }`, {
        key: org.key, d: description, s: SOURCE,
      });
    const results = await Promise.all([update(w.credentials.editor, "from editor"), update(w.credentials.editor2, "from editor2")]);
    const winners = results.filter((r) => !r.body.errors);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.body.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", field: "version" }, message: expect.stringMatching(/was changed since version 1 \(it is now at version 2\)/) });
    const stored = ok(await anonymous("query($k: String!) { organization(ref: $k) { version description } }", { k: org.key })).organization;
    expect(stored).toEqual(winners[0]!.body.data!.updateOrganization);
    const history = await historyOf("Organization", org.key);
    expect(history.nodes.map((n: Json) => n.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("a stale delete and a stale role end are refused too; seed records start at version 0", async () => {
    expect(ok(await anonymous('{ organization(ref: "etsi") { version } }')).organization.version).toBe(0);
    const { body } = await admin('mutation { deleteTopic(key: "metaverse", version: 5, source: { document: "tsb-circular-60" }) { action } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: "CONFLICT" });
    const role = await admin('mutation { endRole(key: "jca-mv-co-chair-shin-gak-kang", version: 3, until: "2030", source: { document: "tsb-circular-60" }) { key } }');
    expect(role.body.errors![0]!.extensions).toMatchObject({ code: "CONFLICT" });
  });
});

describe("deleting", () => {
  it("is refused while other records depend on the entity, naming them", async () => {
    const before = await graphChecksum(w.app.db);
    const { body } = await admin('mutation { deleteOrganization(key: "fg-mv-wg1", version: 0, source: { document: "tsb-circular-60" }) { action } }');
    expect(body.errors![0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/cannot be deleted while \d+ record\(s\) depend on it: deliverable "fgmv-/) });
    const cited = await admin('mutation { deleteDocument(key: "tsb-circular-60", version: 0, source: { document: "tsag-ls-fg-mv" }) { action } }');
    expect(cited.body.errors![0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/is the source of \d+ fact\(s\)/) });
    expect(await graphChecksum(w.app.db)).toBe(before);
  });

  it("removes a person with their roles; the change keeps everything that was there", async () => {
    const person = await create("createPerson", "PersonInput", { name: "Leaving Person", email: "leaving@example.org" });
    await create("startRole", "StartRoleInput", { person: person.key, organization: "fg-mv", role: "MEMBER", since: "2023" });
    const change = ok(await admin(`mutation($k: String!) { deletePerson(key: $k, version: 1, source: { document: "tsag-ls-fg-mv" }) { action entityKey entity { key } fields { field before after } } }`, { k: person.key })).deletePerson;
    expect(change).toMatchObject({ action: "DELETE", entityKey: person.key, entity: null });
    const links = change.fields.find((f: Json) => f.field === "links").before;
    expect(links).toEqual([expect.objectContaining({ type: "HOLDS_ROLE", direction: "out", other: "Organization:fg-mv", role: "MEMBER", since: "2023" })]);
    expect(change.fields.find((f: Json) => f.field === "email")).toEqual({ field: "email", before: "leaving@example.org", after: null });
    expect(ok(await anonymous("query($k: String!) { person(ref: $k) { key } }", { k: person.key })).person).toBeNull();
  });
});

describe("links", () => {
  it("linking again with another source adds the source and evidence to the one link", async () => {
    const org = await create("createOrganization", "OrganizationInput", { name: "Link Probe", kind: "OTHER" });
    await link({ type: "WORKS_ON", from: org.key, to: "security", evidence: "Security WG" });
    await link({ type: "WORKS_ON", from: org.key, to: "security", evidence: "Security roadmap" }, { document: "tsag-ls-fg-mv" });
    const topics = ok(await anonymous("query($k: String!) { organization(ref: $k) { topics { evidence topic { key } sources { ref } } } }", { k: org.key })).organization.topics;
    expect(topics).toEqual([{ evidence: ["Security WG", "Security roadmap"], topic: { key: "security" }, sources: [{ ref: "tsb-circular-60#annex-a" }, { ref: "tsag-ls-fg-mv" }] }]);
    // Both ends show the link in their history.
    const topicHistory = await historyOf("Topic", "security");
    expect(topicHistory.nodes.at(-1).fields[0].field).toBe(`WORKS_ON ← Organization:${org.key}`);
  });

  it("linkTopic / unlinkTopic pick the relationship from the subject; an affiliation is dated", async () => {
    const deliverable = await create("createDeliverable", "DeliverableInput", { code: "T.1", title: "T", kind: "OTHER", status: "PLANNED", developedBy: "fg-mv" });
    const topicsOf = async () => ok(await anonymous("query($k: String!) { deliverable(ref: $k) { topics { key } } }", { k: deliverable.key })).deliverable.topics;
    ok(await editor("mutation($k: String!, $s: SourceInput!) { linkTopic(input: { subjectType: DELIVERABLE, subject: $k, topic: \"trust\" }, source: $s) { action } }", { k: deliverable.key, s: SOURCE }));
    expect(await topicsOf()).toEqual([{ key: "trust" }]);
    ok(await editor("mutation($k: String!, $s: SourceInput!) { unlinkTopic(input: { subjectType: DELIVERABLE, subject: $k, topic: \"trust\" }, source: $s) { action } }", { k: deliverable.key, s: SOURCE }));
    expect(await topicsOf()).toEqual([]);

    const person = await create("createPerson", "PersonInput", { name: "Affiliated Person" });
    await link({ type: "AFFILIATED_WITH", from: person.key, to: "etri", since: "2020", until: "2024-07" });
    const at = async (date: string) => ok(await anonymous("query($k: String!, $d: Date!) { person(ref: $k) { affiliations(asOf: $d) { organization { key } } } }", { k: person.key, d: date })).person.affiliations;
    expect(await at("2022-01-01")).toEqual([{ organization: { key: "etri" } }]);
    // "until 2024-07" holds through 31 July (until is inclusive, issue 26).
    expect(await at("2024-07-31")).toEqual([{ organization: { key: "etri" } }]);
    expect(await at("2024-08-01")).toEqual([]);
  });
});

describe("the graph as of a date follows the edits", () => {
  it("a role started and ended by edits holds between its dates only", async () => {
    const person = await create("createPerson", "PersonInput", { name: "Chair Probe" });
    const role = await create("startRole", "StartRoleInput", { person: person.key, organization: "jca-mv", role: "CHAIR", since: "2024-01" });
    const ended = ok(await editor('mutation($k: String!, $s: SourceInput!) { endRole(key: $k, version: 1, until: "2025-06-15", source: $s) { version until untilDate } }', { k: role.key, s: SOURCE })).endRole;
    expect(ended).toEqual({ version: 2, until: "2025-06-15", untilDate: "2025-06-15" });
    const chairsOn = async (date: string) =>
      ok(await anonymous("query($d: Date!) { organization(ref: \"jca-mv\") { roles(asOf: $d, roles: [CHAIR]) { person { key } } } }", { d: date })).organization.roles.map((r: Json) => r.person.key);
    expect(await chairsOn("2023-12-31")).not.toContain(person.key);
    expect(await chairsOn("2025-06-15")).toContain(person.key); // its last day: until is inclusive (issue 26)
    expect(await chairsOn("2025-06-16")).not.toContain(person.key);
  });

  it("liaisons: recorded with dates, listed as of a date", async () => {
    const org = await create("createOrganization", "OrganizationInput", { name: "Liaison Probe", kind: "SDO" });
    const liaison = await create("recordLiaison", "LiaisonInput", { kind: "LIAISON_RELATIONSHIP", from: "jca-mv", to: org.key, since: "2024-03", until: "2025-03" });
    const on = async (date: string) => {
      const data = ok(await anonymous("query($k: String!, $d: Date!) { organization(ref: $k) { liaisons(asOf: $d) { liaison { key } } } liaisonRecords(first: 100, filter: { organization: $k, asOf: $d }) { nodes { key } } }", { k: org.key, d: date }));
      return [data.organization.liaisons.map((l: Json) => l.liaison.key), data.liaisonRecords.nodes.map((l: Json) => l.key)];
    };
    expect(await on("2024-02-29")).toEqual([[], []]);
    expect(await on("2024-12-01")).toEqual([[liaison.key], [liaison.key]]);
    expect(await on("2025-03-31")).toEqual([[liaison.key], [liaison.key]]); // "until 2025-03": through 31 March
    expect(await on("2025-04-01")).toEqual([[], []]);
  });
});

describe("merging two records of one organization", () => {
  it("keeps every relationship and every source, and records what it did", async () => {
    const gone = await create("createOrganization", "OrganizationInput", { name: "Merge Gone Body", acronym: "MGB", kind: "CONSORTIUM", aliases: ["M.G.B."], description: "other text", mailbox: "mgb@example.org", partOf: "itu-t" }, "key version", { document: "tsag-ls-fg-mv", locator: "addressees" });
    // Recorded by mistake as a part of the other record: that link cannot survive the merge.
    const keep = await create("createOrganization", "OrganizationInput", { name: "Merge Keep Body", kind: "CONSORTIUM", description: "kept text", partOf: gone.key });
    // The same topic on both (to be united), others on the removed record only.
    await link({ type: "WORKS_ON", from: keep.key, to: "security", evidence: "Kept evidence" });
    await link({ type: "WORKS_ON", from: gone.key, to: "security", evidence: "Gone evidence" }, { document: "tsag-ls-fg-mv" });
    await link({ type: "WORKS_ON", from: gone.key, to: "interoperability", evidence: "Interop" });
    const sub = await create("createOrganization", "OrganizationInput", { name: "Merge Sub Group", kind: "WORKING_GROUP", partOf: gone.key });
    const deliverable = await create("createDeliverable", "DeliverableInput", { code: "MGB-1", title: "T", kind: "OTHER", status: "PLANNED", developedBy: gone.key });
    const liaison = await create("recordLiaison", "LiaisonInput", { kind: "COOPERATION", from: gone.key, to: "jtc1" });
    const person = await create("createPerson", "PersonInput", { name: "Merge Chair" });
    const role = await create("startRole", "StartRoleInput", { person: person.key, organization: gone.key, role: "CHAIR", since: "2024-02" });
    const event = await create("createEvent", "EventInput", { name: "MGB meeting", kind: "MEETING", startDate: "2025-09-01", meetingOf: gone.key, participants: [keep.key] });

    const linksOf = async (key: string) =>
      (await w.app.db.read(
        "MATCH (n:Organization {id: $key})-[r]-(m) WHERE NOT m:Change RETURN type(r) AS type, startNode(r) = n AS out, m.id AS other, r.sources AS sources, r.evidence AS evidence",
        { key },
      )) as Array<{ type: string; out: boolean; other: string; sources: string[]; evidence: string[] | null }>;
    const keepBefore = await linksOf(keep.key);
    const goneBefore = await linksOf(gone.key);
    const sourcesBefore = new Set([...keepBefore, ...goneBefore].flatMap((l) => l.sources));

    const merged = ok(await admin(
      `mutation($keep: String!, $remove: String!, $s: SourceInput!) { mergeOrganizations(keep: $keep, keepVersion: 1, remove: $remove, removeVersion: 1, source: $s) {
        key version name acronym aliases description mailbox parent { key } sources { ref } } }`,
      { keep: keep.key, remove: gone.key, s: { document: "tsag-ls-fg-mv", locator: "merge" } },
    )).mergeOrganizations;
    expect(merged).toMatchObject({ key: keep.key, version: 2, name: "Merge Keep Body", acronym: "MGB", description: "kept text", mailbox: "mgb@example.org", parent: { key: "itu-t" } });
    expect(merged.aliases).toEqual(["Merge Gone Body", "M.G.B."]);
    expect(merged.sources.map((s: Json) => s.ref)).toEqual(["tsb-circular-60#annex-a", "tsag-ls-fg-mv#addressees", "tsag-ls-fg-mv#merge"]);

    // Every relationship of either record is now on the kept one (one WORKS_ON security, united).
    const after = await linksOf(keep.key);
    const id = (l: { type: string; out: boolean; other: string }) => `${l.type}|${l.out}|${l.other === gone.key ? keep.key : l.other}`;
    const expected = new Set([...keepBefore, ...goneBefore].filter((l) => l.other !== keep.key).map(id));
    // The link between the two records would become a loop: recorded and dropped.
    expect(new Set(after.map(id))).toEqual(new Set([...expected].filter((k) => !k.endsWith(`|${keep.key}`))));
    expect(after.filter((l) => l.type === "WORKS_ON" && l.other === "security")).toEqual([
      expect.objectContaining({ evidence: ["Kept evidence", "Gone evidence"], sources: ["tsb-circular-60#annex-a", "tsag-ls-fg-mv"] }),
    ]);
    expect(new Set(after.flatMap((l) => l.sources))).toEqual(sourcesBefore);
    expect(ok(await anonymous("query($id: ID!) { node(id: $id) { key } }", { id: toGlobalId("Organization", gone.key) })).node).toBeNull();

    // Names, roles (with their ids and dates), deliverables, liaisons, sub-groups and meetings now answer for the kept record.
    expect(ok(await anonymous('{ organization(ref: "MGB") { key } }')).organization.key).toBe(keep.key);
    const view = ok(await anonymous(`query($k: String!, $sub: String!, $d: String!, $l: String!) {
      organization(ref: $k) { roles(asOf: "2025-01-01") { key person { key } } subGroups { key } meetings { key } }
      sub: organization(ref: $sub) { parent { key } }
      deliverable(ref: $d) { developedBy { key } }
      liaison(key: $l) { from { key } }
    }`, { k: keep.key, sub: sub.key, d: deliverable.key, l: liaison.key }));
    expect(view.organization.roles).toEqual([{ key: role.key, person: { key: person.key } }]);
    expect(view.organization.subGroups).toEqual([{ key: sub.key }]);
    expect(view.organization.meetings).toEqual([{ key: event.key }]);
    expect([view.sub.parent.key, view.deliverable.developedBy.key, view.liaison.from.key]).toEqual([keep.key, keep.key, keep.key]);

    // The history: MERGE on the kept record (with what was discarded), MERGED_INTO on the removed one (its full state).
    const keepHistory = await historyOf("Organization", keep.key);
    const mergeChange = keepHistory.nodes.find((n: Json) => n.action === "MERGE");
    const fields = Object.fromEntries(mergeChange.fields.map((f: Json) => [f.field, f.after]));
    expect(fields).toMatchObject({ mergedFrom: gone.key, "discarded.description": "other text", acronym: "MGB", partOf: "itu-t" });
    expect(fields.droppedLinks).toEqual([expect.objectContaining({ type: "PART_OF", direction: "in", other: `Organization:${keep.key}` })]);
    const goneHistory = await historyOf("Organization", gone.key);
    expect(goneHistory.nodes[0].action).toBe("CREATE");
    const mergedInto = goneHistory.nodes.at(-1);
    expect(mergedInto.action).toBe("MERGED_INTO");
    expect(mergedInto.fields.find((f: Json) => f.field === "links").before).toHaveLength(goneBefore.length);
  });

  it("two records of one person: contact data fills gaps, a differing phone is kept in the change (for analysts only)", async () => {
    const keep = await create("createPerson", "PersonInput", { name: "Ms Merge Person", phone: "+41 22 111 1111" });
    const gone = await create("createPerson", "PersonInput", { name: "MERGE Person", email: "merge@example.org", phone: "+41 22 222 2222" });
    const liaison = await create("recordLiaison", "LiaisonInput", { kind: "COOPERATION", from: "jca-mv", to: "etsi", representatives: [keep.key, gone.key] });
    const merged = ok(await admin(
      `mutation($k: String!, $r: String!) { mergePeople(keep: $k, keepVersion: 1, remove: $r, removeVersion: 1, source: { document: "tsb-circular-60" }) { email phone aliases } }`,
      { k: keep.key, r: gone.key },
    )).mergePeople;
    expect(merged).toEqual({ email: "merge@example.org", phone: "+41 22 111 1111", aliases: ["MERGE Person"] });
    const representatives = ok(await anonymous("query($l: String!) { liaison(key: $l) { representatives { key } } }", { l: liaison.key })).liaison.representatives;
    expect(representatives).toEqual([{ key: keep.key }]);
    const query = `query($id: ID!) { history(id: $id) { nodes { action fields { field personal after } } } }`;
    const forAnalyst = ok(await gql(w.url, w.credentials.analyst, query, { id: toGlobalId("Person", keep.key) })).history.nodes.at(-1);
    expect(forAnalyst.fields.find((f: Json) => f.field === "discarded.phone")).toEqual({ field: "discarded.phone", personal: true, after: "+41 22 222 2222" });
    const forAnonymous = await anonymous(query, { id: toGlobalId("Person", keep.key) });
    expect(forAnonymous.body.errors!.every((e) => e.extensions!.code === "UNAUTHENTICATED")).toBe(true);
    expect(JSON.stringify(forAnonymous.body.data)).not.toContain("222 2222");
  });
});

describe("the audit trail records only what changed", () => {
  // One seeded record of each kind with no list at all, its first update changing one value:
  // the graph keeps no empty list while the edited entry has the schema's default [], and the
  // trail once showed that as a change (`formerNames: null → []` on an organization).
  const kinds = [
    { label: "Organization", mutation: "updateOrganization", patchType: "OrganizationPatch", field: "description", lists: ["aliases", "formerNames"] },
    { label: "Person", mutation: "updatePerson", patchType: "PersonPatch", field: "identityNote", lists: ["aliases"] },
    { label: "Topic", mutation: "updateTopic", patchType: "TopicPatch", field: "description", lists: ["aliases"] },
    { label: "Deliverable", mutation: "updateDeliverable", patchType: "DeliverablePatch", field: "description", lists: ["aliases"] },
    { label: "Event", mutation: "updateEvent", patchType: "EventPatch", field: "description", lists: [] },
    { label: "Document", mutation: "updateDocument", patchType: "DocumentPatch", field: "description", lists: [] },
    { label: "Liaison", mutation: "updateLiaison", patchType: "LiaisonPatch", field: "purpose", lists: [], where: "n.kind = 'LIAISON_STATEMENT'" },
    { label: "Deadline", mutation: "updateDeadline", patchType: "DeadlinePatch", field: "description", lists: [] },
  ];
  it.each(kinds)("a first update of a seeded $label lists the changed value and the source, nothing else", async ({ label, mutation, patchType, field, lists, where = "true" }) => {
    // Labels and property names come from the table above, never from input.
    const [row] = await w.app.db.read(
      `MATCH (n:${label}) WHERE coalesce(n.version, 0) = 0 AND NOT EXISTS { MATCH (:Change {entityType: $label, entityKey: n.id}) } AND ${where}
       RETURN n.id AS key, n[$field] AS before ORDER BY all(list IN $lists WHERE n[list] IS NULL) DESC, key LIMIT 1`,
      { label, field, lists },
    );
    expect(row?.key, `a seeded ${label} never edited`).toBeTypeOf("string");
    ok(await editor(`mutation($k: String!, $patch: ${patchType}!) { ${mutation}(key: $k, version: 0, patch: $patch, source: { document: "tsag-ls-fg-mv", locator: "audit-probe" }) { key } }`, {
      k: row!.key, patch: { [field]: "first update" },
    }));
    const [update] = (await historyOf(label, row!.key as string)).nodes;
    expect(update.action).toBe("UPDATE");
    expect(update.fields.map((f: Json) => f.field)).toEqual([field, "sources"]);
    expect(update.fields[0]).toEqual({ field, before: row!.before ?? null, after: "first update" });
  });
});

describe("history and the change feed", () => {
  it("history(id) lists an entity's changes in order: who, when, which source, before and after", async () => {
    const topic = await create("createTopic", "TopicInput", { name: "History Probe", broader: "metaverse" });
    ok(await editor("mutation($k: String!, $s: SourceInput!) { updateTopic(key: $k, version: 1, patch: { name: \"History Probe 2\" }, source: $s) { key } }", { k: topic.key, s: SOURCE }));
    ok(await gql(w.url, w.credentials.editor2, "mutation($k: String!) { updateTopic(key: $k, version: 2, patch: { description: \"about history\", broader: \"security\" }, source: { document: \"tsag-ls-fg-mv\" }) { key } }", { k: topic.key }));
    await link({ type: "CONCERNS", from: "jca-mv-coop-iso", to: topic.key });
    ok(await editor("mutation($k: String!) { unlink(input: { type: CONCERNS, from: \"jca-mv-coop-iso\", to: $k }, source: { document: \"tsb-circular-60\" }) { action } }", { k: topic.key }));
    ok(await gql(w.url, w.credentials.adminJwt, "mutation($k: String!) { deleteTopic(key: $k, version: 3, source: { document: \"tsb-circular-60\" }) { action } }", { k: topic.key }));

    const history = await historyOf("Topic", topic.key);
    expect(history.totalCount).toBe(6);
    expect(history.nodes.map((n: Json) => [n.action, n.actor, n.actorRole, n.source.ref])).toEqual([
      ["CREATE", "editor", "EDITOR", "tsb-circular-60#annex-a"],
      ["UPDATE", "editor", "EDITOR", "tsb-circular-60#annex-a"],
      ["UPDATE", "editor2", "EDITOR", "tsag-ls-fg-mv"],
      ["LINK", "editor", "EDITOR", "tsb-circular-60#annex-a"],
      ["UNLINK", "editor", "EDITOR", "tsb-circular-60"],
      ["DELETE", "jwt-admin", "ADMIN", "tsb-circular-60"],
    ]);
    const sequences = history.nodes.map((n: Json) => n.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(history.nodes[1].fields).toEqual([
      { field: "name", before: "History Probe", after: "History Probe 2" },
    ]);
    expect(history.nodes[2].fields).toEqual([
      { field: "description", before: null, after: "about history" },
      { field: "broader", before: "metaverse", after: "security" },
      { field: "sources", before: ["tsb-circular-60#annex-a"], after: ["tsb-circular-60#annex-a", "tsag-ls-fg-mv"] },
    ]);
    // A link records its values, with the date its source confirms it (TSB Circular 60, 2025-07-03).
    expect(history.nodes[3].fields).toEqual([{ field: "CONCERNS ← Liaison:jca-mv-coop-iso", before: null, after: { sources: ["tsb-circular-60#annex-a"], lastConfirmed: "2025-07-03" } }]);
    // No `aliases`: the topic never had any, and an empty list is no value (see "records only what changed").
    expect(history.nodes[5].fields.map((f: Json) => f.field)).toEqual(["name", "description", "broader", "sources", "links"]);
    expect(history.nodes.every((n: Json) => n.entity === null)).toBe(true); // deleted: no live entity
  });

  it("changes(since) is a feed in commit order that a poller follows with its end cursor, missing nothing", async () => {
    const start = ok(await anonymous("{ changes(first: 100) { totalCount } }")).changes.totalCount;
    let cursor: string | null = ok(await anonymous(`{ changes(first: 1, after: null) { pageInfo { endCursor } } }`)).changes.pageInfo.endCursor;
    // Skip to the end of the feed.
    for (;;) {
      const page: Json = ok(await anonymous("query($a: String) { changes(first: 100, after: $a) { pageInfo { endCursor hasNextPage } } }", { a: cursor })).changes;
      cursor = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    const keys: string[] = [];
    const writers = Array.from({ length: 6 }, async (_, i) => (await create("createTopic", "TopicInput", { name: `Feed Probe ${i} ${uniqueId("f")}` })).key as string);
    keys.push(...(await Promise.all(writers)));
    const seen: Json[] = [];
    for (;;) {
      const page: Json = ok(await anonymous("query($a: String) { changes(first: 4, after: $a) { nodes { sequence action entityType entityKey at } pageInfo { endCursor hasNextPage } } }", { a: cursor })).changes;
      seen.push(...page.nodes);
      cursor = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen.map((c) => c.entityKey).sort()).toEqual([...keys].sort());
    const sequences = seen.map((c) => c.sequence);
    expect(sequences).toEqual(Array.from({ length: 6 }, (_, i) => sequences[0] + i)); // consecutive: no gaps
    // Polling again past the end gives nothing new and keeps the position.
    const again = ok(await anonymous("query($a: String) { changes(after: $a) { nodes { sequence } pageInfo { endCursor } } }", { a: cursor })).changes;
    expect(again).toEqual({ nodes: [], pageInfo: { endCursor: cursor } });
    // `since` filters by time, `entityTypes` by type.
    const since = seen[0]!.at;
    const filtered = ok(await anonymous('query($t: DateTime!) { changes(since: $t, entityTypes: ["Topic"], first: 100) { nodes { entityType } } }', { t: since })).changes.nodes;
    expect(filtered.length).toBeGreaterThanOrEqual(6);
    expect(filtered.every((c: Json) => c.entityType === "Topic")).toBe(true);
    expect(ok(await anonymous("{ changes { totalCount } }")).changes.totalCount).toBeGreaterThanOrEqual(start + 6);
  });

  it("history(id) refuses an id without a history, and a bad cursor", async () => {
    const bad = await anonymous('{ history(id: "garbage") { totalCount } }');
    expect(bad.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "id" } });
    const cursor = await anonymous('{ changes(after: "nope") { totalCount } }');
    expect(cursor.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });
});

describe("the mutation examples of docs/api.md (moved there from the README)", () => {
  it("run as written for an editor", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse, print } = await import("graphql");
    const readme = readFileSync(new URL("../docs/api.md", import.meta.url), "utf8");
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const operations = blocks.flatMap((block) => parse(block).definitions).filter((d) => d.kind === "OperationDefinition");
    expect(operations.length).toBeGreaterThanOrEqual(4);
    for (const operation of operations) {
      const { body } = await editor(print(operation));
      expect({ name: operation.name?.value, errors: body.errors }).toEqual({ name: operation.name?.value, errors: undefined });
    }
  });
});

// Issue 15: what an analyst reads of records an editor made through the API (data, or the errors thrown).
const isoDay = () => new Date().toISOString().slice(0, 10);
const editorData = async (query: string, variables?: Record<string, unknown>) => ok(await editor(query, variables));
const analystData = async (query: string, variables?: Record<string, unknown>) => ok(await gql(w.url, w.credentials.analyst, query, variables));

describe("lastConfirmed of records created through the API", () => {
  it("a body and its chair recorded by an editor from the 2nd JCA-MV circular (2026) are confirmed by that circular, not unconfirmed and not stale", async () => {
    const org = uniqueId("probe-group");
    const person = uniqueId("probe-person");
    const source = { document: "tsb-circular-jca-mv-2", locator: "p1" };
    const created = await editorData(
      `mutation($org: OrganizationInput!, $person: PersonInput!, $source: SourceInput!) {
        createOrganization(input: $org, source: $source) { key lastConfirmed }
        createPerson(input: $person, source: $source) { key }
      }`,
      { org: { id: org, name: `Probe group ${org}`, kind: "WORKING_GROUP", partOf: "jca-mv" }, person: { id: person, name: `Probe Person ${person}` }, source },
    );
    // The circular is dated only "2026": confirmed on its first day, as the seed computes it.
    expect(created.createOrganization).toEqual({ key: org, lastConfirmed: "2026-01-01" });
    const role = (await editorData(
      `mutation($input: StartRoleInput!, $source: SourceInput!) { startRole(input: $input, source: $source) { key lastConfirmed unconfirmed } }`,
      { input: { person, organization: org, role: "CHAIR", since: "2026" }, source },
    )).startRole;
    expect(role).toMatchObject({ lastConfirmed: "2026-01-01", unconfirmed: false });

    const { contacts, stale } = await analystData(
      `query($org: String!) {
        contacts(organizations: [$org], asOf: "2026-06-01") { contacts { person { key } role lastConfirmed unconfirmed } }
        stale(asOf: "2026-06-01", first: 500) { facts { key } }
      }`,
      { org },
    );
    expect(contacts.contacts).toEqual([{ person: { key: person }, role: "CHAIR", lastConfirmed: "2026-01-01", unconfirmed: false }]);
    expect(stale.facts.map((f: Json) => f.key)).not.toContain(role.key);

    // …and like every fact, it needs checking once no document has confirmed it for the limit (730 days).
    const later = await analystData(`query($org: String!) {
      contacts(organizations: [$org], asOf: "2028-06-01") { contacts { unconfirmed } }
      stale(asOf: "2028-06-01", kinds: ["ROLE"], first: 500) { facts { key lastConfirmed } }
    }`, { org });
    expect(later.contacts.contacts).toEqual([{ unconfirmed: true }]);
    expect(later.stale.facts).toContainEqual({ key: role.key, lastConfirmed: "2026-01-01" });
  });

  it("a record whose source document has no date is confirmed on the day of the edit; an update never moves the date back", async () => {
    const org = uniqueId("probe-forum");
    const dayBefore = isoDay();
    const created = (await editorData(
      `mutation($input: OrganizationInput!, $source: SourceInput!) { createOrganization(input: $input, source: $source) { key version lastConfirmed } }`,
      { input: { id: org, name: `Probe forum ${org}`, kind: "INDUSTRY_FORUM" }, source: { newDocument: { kind: "WEB_PAGE", title: `Undated page ${org}`, url: "https://example.org/undated" } } },
    )).createOrganization;
    // The day of the edit: the day the request was sent, or the next one if it ran across midnight.
    expect([dayBefore, isoDay()]).toContain(created.lastConfirmed);
    expect(created.key).toBe(org);
    // An update citing a 2022 document keeps the later confirmation.
    const updated = (await editorData(
      `mutation($key: String!, $source: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { description: "Probe" }, source: $source) { lastConfirmed } }`,
      { key: org, source: { document: "tsag-ls-fg-mv" } },
    )).updateOrganization;
    expect(updated.lastConfirmed).toBe(created.lastConfirmed);
  });
});
