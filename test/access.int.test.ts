import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { accessRoles, type AccessRole } from "../src/auth/viewer.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { toGlobalId } from "../src/graphql/relay.js";
import { graphChecksum } from "./helpers.js";
import { gql, startWritableApp, uniqueId, type GraphQLResponse, type WritableApp } from "./writable-app.js";

/**
 * Access control, role × operation: every path to a person's personal contact data, the audit
 * trail's personal values and actors, and every mutation, for an anonymous reader, an analyst, an
 * editor and an admin (API keys), and an admin by JWT.
 */
let w: WritableApp;
beforeAll(async () => {
  w = await startWritableApp();
});
afterAll(async () => {
  await w?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type ViewerName = "anonymous" | "analyst" | "editor" | "admin" | "adminJwt";
const viewers: Array<[ViewerName, AccessRole]> = [
  ["anonymous", "ANONYMOUS"],
  ["analyst", "ANALYST"],
  ["editor", "EDITOR"],
  ["admin", "ADMIN"],
  ["adminJwt", "ADMIN"],
];
const credentialOf = (viewer: ViewerName) => (viewer === "anonymous" ? undefined : w.credentials[viewer]);
const allowed = (role: AccessRole, needed: AccessRole) => accessRoles.indexOf(role) >= accessRoles.indexOf(needed);
const as = (viewer: ViewerName, query: string, variables?: Record<string, unknown>) => gql(w.url, credentialOf(viewer), query, variables);
const asAdmin = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await gql(w.url, w.credentials.admin, query, variables);
  if (body.errors) throw new Error(`setup failed: ${JSON.stringify(body.errors)}`);
  return body.data as Json;
};
const SOURCE = { document: "tsb-circular-60" };

describe("who the server takes the caller to be", () => {
  it.each(viewers)("%s is seen with the %s role", async (viewer, role) => {
    const { body } = await as(viewer, "{ viewer { name role } }");
    expect(body.data!.viewer).toEqual({ name: viewer === "adminJwt" ? "jwt-admin" : viewer, role });
  });

  it("a wrong credential is refused for the whole request (401), not read as anonymous", async () => {
    const { status, body } = await gql(w.url, "mvg_not-a-real-key", '{ organization(ref: "jca-mv") { name } }');
    expect(status).toBe(401);
    expect(body.errors).toEqual([expect.objectContaining({ message: "unknown or revoked API key", extensions: { code: "UNAUTHENTICATED" } })]);
    expect(body.data ?? null).toBeNull();
  });
});

describe("what everyone may read", () => {
  it.each(viewers)("%s reads organizations (with functional mailboxes), topics, deliverables, meetings, people's names and roles", async (viewer) => {
    const { body } = await as(
      viewer,
      `{
        organization(ref: "JCA-MV") { name mailbox phone roles(includeEnded: true) { role title person { name aliases } } }
        topics(first: 3) { totalCount }
        deliverables(first: 3) { totalCount }
        events(first: 3) { nodes { name startDate } }
        person(ref: "shin-gak-kang") { name honorific roles(includeEnded: true) { role organization { acronym } } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.organization.mailbox).toBe("tsbjcamv@itu.int");
    expect(body.data!.organization.roles.map((r: Json) => r.person.name)).toContain("Shin-Gak Kang");
    expect(body.data!.topics.totalCount).toBeGreaterThan(10);
    expect(body.data!.person.roles.length).toBeGreaterThan(0);
  });
});

/** Every way a query can reach a person's e-mail or phone, or the audit trail's personal values and actors. */
const personalPaths: Record<string, () => string> = {
  "person(ref)": () => '{ person(ref: "shin-gak-kang") { name email phone } }',
  "people(filter)": () => '{ people(first: 100, filter: { text: "a" }) { nodes { name email phone } } }',
  "search": () => '{ search(text: "Kang", first: 10) { node { ... on Person { name email phone } } } }',
  "node(id)": () => `{ node(id: "${toGlobalId("Person", "shin-gak-kang")}") { ... on Person { name email phone } } }`,
  "nodes(ids)": () => `{ nodes(ids: ["${toGlobalId("Person", "abdurahman-al-hassan")}"]) { ... on Person { name email phone } } }`,
  "organization → roles → person": () => '{ organization(ref: "jca-mv") { roles(includeEnded: true) { person { name email phone } } } }',
  // A listing reads only the selected properties of the people it reaches (slim projection): the rule on the fields still holds.
  "organizations → roles and people → person": () =>
    '{ organizations(first: 100) { nodes { key roles(includeEnded: true) { person { name email phone } } people(includeEnded: true) { person { email } } } } }',
  "organization → affiliated people": () => '{ organization(ref: "etri") { affiliatedPeople(asOf: "2025-01-01") { person { name email phone } } } }',
  "liaison → representatives": () => '{ liaison(key: "tsag-ls-fg-mv-to-itu-r-sg5") { representatives { name email phone } } }',
  "person → represents → representatives": () => '{ person(ref: "shin-gak-kang") { represents { representatives { name email phone } } } }',
  "history → field values": () => `{ history(id: "${toGlobalId("Person", editedPerson)}") { nodes { fields { field personal before after } } } }`,
  "change feed → entity and actor": () => `{ changes(entityTypes: ["Person"], first: 50) { nodes { actor entity { ... on Person { name email phone } } } } }`,
  "mutation result": () => "", // run separately: a mutation's returned person (see below)
};
let editedPerson: string;

/** JSON paths (joined by ".") of every personal value in an answer: e-mail, phone, actor, and personal field changes. */
function personalPositions(value: unknown, path: Array<string | number> = [], found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => personalPositions(item, [...path, i], found));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value as Json)) {
      const personal = key === "email" || key === "phone" || key === "actor" || ((key === "before" || key === "after") && (value as Json).personal === true);
      if (personal) found.push([...path, key].join("."));
      else personalPositions(inner, [...path, key], found);
    }
  }
  return found;
}
const valueAt = (data: unknown, position: string) => position.split(".").reduce<unknown>((v, k) => (v as Json)?.[k], data);

describe("personal contact data needs the analyst role, on every path", () => {
  beforeAll(async () => {
    // A person whose e-mail was changed, so history and the change feed hold personal values.
    editedPerson = uniqueId("matrix-person");
    const source = SOURCE;
    await asAdmin(`mutation($input: PersonInput!, $source: SourceInput!) { createPerson(input: $input, source: $source) { key } }`, {
      input: { id: editedPerson, name: "Matrix Person", email: "old@example.org", phone: "+41 22 730 0000" },
      source,
    });
    await asAdmin(`mutation($key: String!, $source: SourceInput!) { updatePerson(key: $key, version: 1, patch: { email: "new@example.org" }, source: $source) { key } }`, {
      key: editedPerson,
      source,
    });
  });

  const cells = Object.keys(personalPaths)
    .filter((name) => name !== "mutation result")
    .flatMap((name) => viewers.map(([viewer, role]) => [name, viewer, role] as const));

  it.each(cells)("%s as %s", async (pathName, viewer, role) => {
    const { status, body } = await as(viewer, personalPaths[pathName]!());
    expect(status).toBe(200);
    const positions = personalPositions(body.data);
    expect(positions.length).toBeGreaterThan(0); // the path really reaches personal data
    if (allowed(role, "ANALYST")) {
      expect(body.errors).toBeUndefined();
      const values = positions.map((p) => valueAt(body.data, p));
      expect(values.some((v) => v !== null)).toBe(true);
    } else {
      // Each personal value is null with its own UNAUTHENTICATED error at its path; everything else is there.
      expect(positions.every((p) => valueAt(body.data, p) === null)).toBe(true);
      expect((body.errors ?? []).map((e) => e.path!.join(".")).sort()).toEqual([...positions].sort());
      for (const error of body.errors!) {
        expect(error.extensions).toEqual({ code: "UNAUTHENTICATED" });
        expect(error.message).toMatch(/needs the analyst role or above/);
      }
      expect(JSON.stringify(body.data)).toMatch(/"name"|"field"|"entity"/);
    }
  });

  it("the values are the stored ones for an analyst (not a placeholder)", async () => {
    const { body } = await as("analyst", '{ person(ref: "shin-gak-kang") { email phone } }');
    expect(body.data!.person).toEqual({ email: "sgkang@etri.re.kr", phone: "+82 42 860 6117" });
    const history = await as("analyst", personalPaths["history → field values"]!());
    const emailChanges = history.body.data!.history.nodes.flatMap((n: Json) => n.fields).filter((f: Json) => f.field === "email");
    expect(emailChanges.map((f: Json) => [f.before, f.after])).toEqual([[null, "old@example.org"], ["old@example.org", "new@example.org"]]);
  });

  it("a mutation's returned person shows e-mail to an editor, and an organization's functional mailbox stays public", async () => {
    const key = uniqueId("matrix-returned");
    const { body } = await as("editor", `mutation($input: PersonInput!, $source: SourceInput!) { createPerson(input: $input, source: $source) { email } }`, {
      input: { id: key, name: "Returned Person", email: "r@example.org" },
      source: SOURCE,
    });
    expect(body.data!.createPerson.email).toBe("r@example.org");
    const anonymous = await as("anonymous", '{ organization(ref: "tsag") { mailbox } }');
    expect(anonymous.body.errors).toBeUndefined();
  });
});

/**
 * Every mutation with the least role it needs; each cell prepares what the mutation needs (as
 * admin), then calls it as the viewer. Denied calls change nothing at all.
 */
interface Operation {
  minRole: AccessRole;
  /** Prepares (as admin) and returns the operation and its variables. */
  prepare(): Promise<{ query: string; variables: Record<string, unknown> }>;
}

const createOrg = async () => {
  const key = uniqueId("m-org");
  await asAdmin(`mutation($input: OrganizationInput!, $source: SourceInput!) { createOrganization(input: $input, source: $source) { key } }`, {
    input: { id: key, name: `Body ${key}`, kind: "OTHER" },
    source: SOURCE,
  });
  return key;
};
const createSimple = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
  const data = await asAdmin(`mutation($input: ${inputType}!, $source: SourceInput!) { ${mutation}(input: $input, source: $source) { key } }`, { input, source: SOURCE });
  return data[mutation].key as string;
};
const createPerson = () => createSimple("createPerson", "PersonInput", { id: uniqueId("m-person"), name: "Someone" });
const createTopic = () => createSimple("createTopic", "TopicInput", { id: uniqueId("m-topic"), name: "A topic" });
const createDeliverable = () =>
  createSimple("createDeliverable", "DeliverableInput", { id: uniqueId("m-del"), code: "X.1", title: "T", kind: "OTHER", status: "PLANNED", developedBy: "fg-mv" });
const createEvent = () => createSimple("createEvent", "EventInput", { id: uniqueId("m-event"), name: "A meeting", kind: "MEETING", startDate: "2026-03-02" });
const createDeadline = async () =>
  createSimple("createDeadline", "DeadlineInput", { id: uniqueId("m-deadline"), event: await createEvent(), kind: "CONTRIBUTION", due: "2026-02-20", description: "Contributions" });
const createDocument = async () => {
  const data = await asAdmin(`mutation($input: DocumentInput!) { createDocument(input: $input) { key } }`, { input: { id: uniqueId("m-doc"), kind: "OTHER", title: "A note" } });
  return data.createDocument.key as string;
};
const createLiaison = async () => createSimple("recordLiaison", "LiaisonInput", { id: uniqueId("m-liaison"), kind: "COOPERATION", from: await createOrg(), to: "jtc1" });
const startRole = async () => {
  const data = await asAdmin(`mutation($input: StartRoleInput!, $source: SourceInput!) { startRole(input: $input, source: $source) { key } }`, {
    input: { person: await createPerson(), organization: "jca-mv", role: "MEMBER", since: "2025-01" },
    source: SOURCE,
  });
  return data.startRole.key as string;
};
const withSource = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables: { ...variables, source: SOURCE } });
const update = (mutation: string, patchType: string, patch: Record<string, unknown>, create: () => Promise<string>): Operation => ({
  minRole: "EDITOR",
  async prepare() {
    return withSource(`mutation($key: String!, $patch: ${patchType}!, $source: SourceInput!) { ${mutation}(key: $key, version: 1, patch: $patch, source: $source) { key } }`, {
      key: await create(),
      patch,
    });
  },
});
const remove = (mutation: string, create: () => Promise<string>): Operation => ({
  minRole: "ADMIN",
  async prepare() {
    return withSource(`mutation($key: String!, $source: SourceInput!) { ${mutation}(key: $key, version: 1, source: $source) { action } }`, { key: await create() });
  },
});
const create = (mutation: string, inputType: string, input: () => Promise<Record<string, unknown>>): Operation => ({
  minRole: "EDITOR",
  async prepare() {
    return withSource(`mutation($input: ${inputType}!, $source: SourceInput!) { ${mutation}(input: $input, source: $source) { key } }`, { input: await input() });
  },
});
const linkOp = (mutation: string, inputType: string, input: () => Promise<Record<string, unknown>>): Operation => ({
  minRole: "EDITOR",
  async prepare() {
    return withSource(`mutation($input: ${inputType}!, $source: SourceInput!) { ${mutation}(input: $input, source: $source) { action } }`, { input: await input() });
  },
});
const merge = (mutation: string, make: () => Promise<string>): Operation => ({
  minRole: "ADMIN",
  async prepare() {
    return withSource(
      `mutation($keep: String!, $remove: String!, $source: SourceInput!) { ${mutation}(keep: $keep, keepVersion: 1, remove: $remove, removeVersion: 1, source: $source) { key } }`,
      { keep: await make(), remove: await make() },
    );
  },
});
const linked = async (type: string, from: string, to: string, evidence?: string) => {
  await asAdmin(`mutation($input: LinkInput!, $source: SourceInput!) { link(input: $input, source: $source) { action } }`, {
    input: { type, from, to, ...(evidence ? { evidence } : {}) },
    source: SOURCE,
  });
  return { type, from, to };
};

/** A pending import of a small circular of its own (a new text each time, so never "already imported"). */
const storedImport = async (): Promise<{ id: string; proposals: Array<{ id: string }> }> => {
  const text = `TSB Circular ${uniqueId("matrix")}\n\nThe meeting of ITU-T Study Group 17 will be held in Geneva, Switzerland, from 4 to 6 May 2027.`;
  const data = await asAdmin(`mutation($text: String!) { importDocument(text: $text, fileName: "matrix.txt") { import { id proposals { id } } } }`, { text });
  return data.importDocument.import;
};
const reviewedImport = async (): Promise<string> => {
  const stored = await storedImport();
  for (const proposal of stored.proposals) {
    await asAdmin(`mutation($id: ID!) { reviewProposal(id: $id, decision: REJECT) { id } }`, { id: proposal.id });
  }
  return stored.id;
};
const importOp = (minRole: AccessRole, prepare: () => Promise<{ query: string; variables: Record<string, unknown> }>): Operation => ({ minRole, prepare });

const operations: Record<string, Operation> = {
  createOrganization: create("createOrganization", "OrganizationInput", async () => ({ id: uniqueId("m-org"), name: "New body", kind: "OTHER" })),
  updateOrganization: update("updateOrganization", "OrganizationPatch", { acronym: "NB" }, createOrg),
  deleteOrganization: remove("deleteOrganization", createOrg),
  mergeOrganizations: merge("mergeOrganizations", createOrg),
  createPerson: create("createPerson", "PersonInput", async () => ({ id: uniqueId("m-person"), name: "New Person" })),
  updatePerson: update("updatePerson", "PersonPatch", { phone: "+41 22 000 0000" }, createPerson),
  deletePerson: remove("deletePerson", createPerson),
  mergePeople: merge("mergePeople", createPerson),
  createTopic: create("createTopic", "TopicInput", async () => ({ id: uniqueId("m-topic"), name: "New topic", broader: "metaverse" })),
  updateTopic: update("updateTopic", "TopicPatch", { description: "d" }, createTopic),
  deleteTopic: remove("deleteTopic", createTopic),
  createDeliverable: create("createDeliverable", "DeliverableInput", async () => ({ id: uniqueId("m-del"), code: "Y.1", title: "T", kind: "OTHER", status: "PLANNED", developedBy: "fg-mv" })),
  updateDeliverable: update("updateDeliverable", "DeliverablePatch", { status: "IN_PROGRESS" }, createDeliverable),
  deleteDeliverable: remove("deleteDeliverable", createDeliverable),
  createEvent: create("createEvent", "EventInput", async () => ({ id: uniqueId("m-event"), name: "Meeting", kind: "MEETING", startDate: "2026-05-04" })),
  updateEvent: update("updateEvent", "EventPatch", { city: "Geneva" }, createEvent),
  deleteEvent: remove("deleteEvent", createEvent),
  createDeadline: create("createDeadline", "DeadlineInput", async () => ({ event: await createEvent(), kind: "REGISTRATION", due: "2026-04-01", description: "Register" })),
  updateDeadline: update("updateDeadline", "DeadlinePatch", { due: "2026-04-02" }, createDeadline),
  deleteDeadline: remove("deleteDeadline", createDeadline),
  createDocument: create("createDocument", "DocumentInput", async () => ({ id: uniqueId("m-doc"), kind: "WEB_PAGE", title: "Page" })),
  updateDocument: update("updateDocument", "DocumentPatch", { date: "2025-06" }, createDocument),
  deleteDocument: remove("deleteDocument", createDocument),
  recordLiaison: create("recordLiaison", "LiaisonInput", async () => ({ kind: "LIAISON_STATEMENT", from: "tsag", to: await createOrg(), since: "2025-11-20", subject: "S" })),
  updateLiaison: update("updateLiaison", "LiaisonPatch", { subject: "New subject" }, createLiaison),
  deleteLiaison: remove("deleteLiaison", createLiaison),
  startRole: create("startRole", "StartRoleInput", async () => ({ person: await createPerson(), organization: "jca-mv", role: "MEMBER" })),
  updateRole: update("updateRole", "RolePatch", { title: "Member" }, startRole),
  endRole: {
    minRole: "EDITOR",
    async prepare() {
      return withSource(`mutation($key: String!, $source: SourceInput!) { endRole(key: $key, version: 1, until: "2026-01", source: $source) { key } }`, { key: await startRole() });
    },
  },
  deleteRole: remove("deleteRole", startRole),
  link: linkOp("link", "LinkInput", async () => ({ type: "WORKS_ON", from: await createOrg(), to: "pii-protection", evidence: "Its title" })),
  unlink: linkOp("unlink", "LinkInput", async () => linked("CONCERNS", await createLiaison(), "security")),
  linkTopic: linkOp("linkTopic", "TopicLinkInput", async () => ({ subjectType: "DELIVERABLE", subject: await createDeliverable(), topic: "security" })),
  unlinkTopic: linkOp("unlinkTopic", "TopicLinkInput", async () => {
    const event = await createEvent();
    await linked("ABOUT", event, "security");
    return { subjectType: "EVENT", subject: event, topic: "security" };
  }),
  importDocument: importOp("EDITOR", async () => ({
    query: `mutation($text: String!) { importDocument(text: $text, fileName: "matrix.txt") { alreadyImported } }`,
    variables: { text: `TSB Circular ${uniqueId("matrix")}\n\nITU-T Study Group 20 meets in Geneva from 1 to 3 June 2027.` },
  })),
  reviewProposal: importOp("EDITOR", async () => {
    const stored = await storedImport();
    return { query: `mutation($id: ID!) { reviewProposal(id: $id, decision: REJECT) { id } }`, variables: { id: stored.proposals[0]!.id } };
  }),
  applyImport: importOp("EDITOR", async () => ({ query: `mutation($id: ID!) { applyImport(id: $id) { id } }`, variables: { id: await reviewedImport() } })),
  discardImport: importOp("EDITOR", async () => ({ query: `mutation($id: ID!) { discardImport(id: $id) { id } }`, variables: { id: (await storedImport()).id } })),
  // A catalogue sync is an admin's: a dry run of one Relaton record of the project's own.
  syncCatalogue: importOp("ADMIN", async () => ({
    query: `mutation($text: String!) { syncCatalogue(connector: RELATON, text: $text, fileName: "matrix.yaml", mode: DRY_RUN) { mode } }`,
    variables: { text: readFileSync(path.join(projectRoot, "test/fixtures/landscape/relaton/itu-t-y9999.yaml"), "utf8") },
  })),
};

describe("mutations: editor for edits, admin for deletes and merges", () => {
  it("the matrix covers every mutation of the schema", async () => {
    const { body } = await as("anonymous", "{ __schema { mutationType { fields { name } } } }");
    expect(body.data!.__schema.mutationType.fields.map((f: Json) => f.name).sort()).toEqual(Object.keys(operations).sort());
  });

  // One test per mutation: every viewer, allowed ones on a fresh record each, denied ones all on one.
  it.each(Object.entries(operations).map(([name, op]) => [name, op.minRole, op] as const))("%s needs %s", async (name, minRole, op) => {
    const denied = viewers.filter(([, role]) => !allowed(role, minRole));
    const { query, variables } = await op.prepare();
    const before = await graphChecksum(w.app.db);
    for (const [viewer, role] of denied) {
      const { status, body }: GraphQLResponse = await as(viewer, query, variables);
      expect({ viewer, status, data: body.data ?? null, errors: body.errors }).toEqual({
        viewer,
        status: 200,
        data: null,
        errors: [
          expect.objectContaining({
            path: [name],
            extensions: { code: role === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN" },
            message: expect.stringContaining(`the ${name} mutation needs the ${minRole.toLowerCase()} role or above`),
          }),
        ],
      });
    }
    expect(await graphChecksum(w.app.db)).toBe(before); // denied calls wrote nothing at all
    for (const [viewer, role] of viewers.filter(([, r]) => allowed(r, minRole))) {
      const fresh = await op.prepare();
      const { body } = await as(viewer, fresh.query, fresh.variables);
      expect({ viewer, role, errors: body.errors, ok: Boolean(body.data?.[name]) }).toEqual({ viewer, role, errors: undefined, ok: true });
    }
  });
});
