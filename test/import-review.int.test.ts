import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashApiKey } from "../src/auth/api-keys.js";
import type { Viewer } from "../src/auth/viewer.js";
import { createContext } from "../src/context.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { toGlobalId } from "../src/graphql/relay.js";
import { acceptAndApply } from "../src/import/eval/accept-all.js";
import { planImport } from "../src/import/plan.js";
import type { ImportPlan, Proposal } from "../src/import/proposal.js";
import { storeImport } from "../src/import/review.service.js";
import { graphChecksum } from "./helpers.js";
import { SG13_CIRCULAR_LINES, sg13Circular } from "./import-fixtures.js";
import { gql, startWritableApp, uniqueId, type GraphQLResponse, type WritableApp } from "./writable-app.js";

/**
 * A document's proposals, reviewed and applied: stored as a pending import, decided one by one,
 * applied in one audited transaction through the editing engine, every fact citing the document
 * and the locator of its evidence. (The plans are built by hand in the extraction's shape.)
 */
// Each test runs several transactions and HTTP round trips: generous on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

let w: WritableApp;
beforeAll(async () => {
  process.env.NEO4J_TX_TIMEOUT_MS ??= "240000"; // the seed loads in one transaction: slow on a busy machine
  process.env.REQUEST_TIMEOUT_MS ??= "120000"; // an import reads the graph to resolve every mention
  process.env.IMPORT_MAX_BYTES = "65536"; // read by the app's configuration
  w = await startWritableApp();
}, 600_000); // the seed loads (and the worker's engine may start): slow on a busy machine
afterAll(async () => {
  await w?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const EDITOR: Viewer = { role: "EDITOR", name: "editor", via: "api-key" };

function ok(response: GraphQLResponse): Json {
  if (response.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as Json;
}
const editor = (query: string, variables?: Record<string, unknown>) => gql(w.url, w.credentials.editor, query, variables);
const analyst = (query: string, variables?: Record<string, unknown>) => gql(w.url, w.credentials.analyst, query, variables);

async function store(plan: ImportPlan) {
  const ctx = createContext(w.app.db, { viewer: EDITOR });
  try {
    return await storeImport(ctx, plan);
  } finally {
    await ctx.db.end();
  }
}

const IMPORT = `query($id: ID!) { import(id: $id) {
  id status createdBy appliedBy appliedChanges counts { total pending accepted edited rejected }
  document { key kind importKind format fileName title reference date contentHash text blocks { locator text } }
  proposals { id localId entityType action resolution { status key reason candidates { key label reason } } values extractedValues diff { field current proposed }
              evidence { quote locator } confidence dependsOn summary decision decidedBy }
} }`;
const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $patch: JSON, $choose: String) {
  reviewProposal(id: $id, decision: $decision, patch: $patch, choose: $choose) { id decision action values resolution { status key } } }`;
const APPLY = "mutation($id: ID!) { applyImport(id: $id) { id status appliedBy appliedChanges } }";

async function acceptAll(importId: string): Promise<void> {
  const { proposals } = ok(await analyst(IMPORT, { id: importId })).import;
  for (const p of proposals) ok(await editor(REVIEW, { id: p.id, decision: "ACCEPT" }));
}

describe("storing an import", () => {
  it("stores the document (text, hash, kind) and its proposals, pending, in one changeset", async () => {
    const { plan, text } = sg13Circular(uniqueId("s").replace(/-/g, ""));
    const stored = await store(plan);
    expect(stored.alreadyImported).toBe(false);
    const imported = ok(await analyst(IMPORT, { id: stored.import.id })).import;
    expect(imported).toMatchObject({ status: "PENDING", createdBy: "editor", counts: { total: 7, pending: 7, accepted: 0 } });
    expect(imported.document).toMatchObject({ kind: "CIRCULAR", importKind: "TSB_CIRCULAR", format: "TEXT", date: "2026-11-20", text, contentHash: plan.document.contentHash });
    expect(imported.document.blocks).toHaveLength(plan.document.blocks.length);
    expect(imported.proposals.map((p: Json) => p.localId)).toEqual(["p1", "p2", "p3", "p4", "p5", "p6", "p7"]);
    expect(imported.proposals[1]).toMatchObject({ id: `${stored.import.id}/p2`, entityType: "Deadline", action: "CREATE", dependsOn: ["p1"], decision: "PENDING", evidence: { locator: "p9" } });
    // The document is in the graph as a source, with its issuer.
    const doc = ok(await gql(w.url, undefined, "query($key: String!) { document(key: $key) { title kind reference issuer { key } } }", { key: imported.document.key })).document;
    expect(doc).toMatchObject({ kind: "CIRCULAR", reference: plan.document.reference, issuer: { key: "itu-tsb" } });
  });

  it("recognizes the same file imported again: the earlier import, nothing new", async () => {
    const { plan } = sg13Circular(uniqueId("r").replace(/-/g, ""));
    const first = await store(plan);
    const before = await graphChecksum(w.app.db);
    const again = await store(plan);
    expect(again).toMatchObject({ alreadyImported: true, import: { id: first.import.id } });
    expect(await graphChecksum(w.app.db)).toBe(before);
    const listed = ok(await analyst("{ imports(first: 100) { totalCount nodes { id document { contentHash } } } }")).imports;
    expect(listed.nodes.filter((n: Json) => n.document.contentHash === plan.document.contentHash)).toHaveLength(1);
  });
});

describe("reviewing and applying", () => {
  it("applies the accepted proposals through the editing engine: the graph, history and change feed, each fact citing document#locator", async () => {
    const suffix = uniqueId("a").replace(/-/g, "");
    const { plan } = sg13Circular(suffix);
    const stored = await store(plan);
    const id = stored.import.id;
    const feedStart = ok(await analyst("{ changes(first: 1) { totalCount } }")).changes.totalCount;
    await acceptAll(id);
    const applied = ok(await editor(APPLY, { id })).applyImport;
    expect(applied).toMatchObject({ status: "APPLIED", appliedBy: "editor" });
    const documentKey = ok(await analyst(IMPORT, { id })).import.document.key;

    const eventKey = `itu-t-sg13-meeting-2027-03-${suffix}`;
    const event = ok(await analyst(`query($ref: String!) { event(ref: $ref) { key startsAt meetingOf { key } sources { ref } deadlines { kind dueDate sources { ref } } } }`, { ref: eventKey })).event;
    expect(event).toMatchObject({ key: eventKey, startsAt: "2027-03-08T08:30:00.000Z", meetingOf: { key: "itu-t-sg13" }, sources: [{ ref: `${documentKey}#p7` }] });
    expect(event.deadlines.map((d: Json) => [d.kind, d.dueDate, d.sources[0].ref]).sort()).toEqual([
      ["CONTRIBUTION", "2027-02-22", `${documentKey}#p9`],
      ["REGISTRATION", "2027-02-15", `${documentKey}#p9`],
    ]);
    const person = ok(await analyst(`query($ref: String!) { person(ref: $ref) { email sources { ref } roles { role organization { key } sources { ref } } } }`, { ref: `lena-okafor-${suffix}` })).person;
    expect(person).toMatchObject({ email: `lena.okafor.${suffix}@ncc.example.ng`, sources: [{ ref: `${documentKey}#p8` }] });
    expect(person.roles).toEqual([{ role: "CHAIR", organization: { key: "itu-t-sg13" }, sources: [{ ref: `${documentKey}#p8` }] }]);
    // The confirmation and the link cite the document too; the old sources stay.
    const sg13 = ok(await analyst(`{ organization(ref: "itu-t-sg13") { sources { ref } topics { topic { key } sources { ref } } } }`)).organization;
    expect(sg13.sources.map((s: Json) => s.ref)).toEqual(expect.arrayContaining(["tsag-ls-fg-mv#annex-4", `${documentKey}#p6`]));
    const networking = sg13.topics.find((t: Json) => t.topic.key === "networking");
    expect(networking.sources.map((s: Json) => s.ref)).toEqual(expect.arrayContaining(["tsag-ls-fg-mv#annex-4", `${documentKey}#p10`]));
    const lastConfirmed = await w.app.db.read("MATCH (o:Organization {id: 'itu-t-sg13'}) RETURN o.lastConfirmed AS date");
    expect(lastConfirmed[0]!.date).toBe("2026-11-20");

    // History: the reviewer is the actor, the source the document and locator.
    const history = ok(await analyst(`query($id: ID!) { history(id: $id) { nodes { action actor source { ref } } } }`, { id: toGlobalId("Event", eventKey) })).history.nodes;
    expect(history).toEqual([{ action: "CREATE", actor: "editor", source: { ref: `${documentKey}#p7` } }]);
    const sg13History = ok(await analyst(`query($id: ID!) { history(id: $id, first: 100) { nodes { action actor source { ref } fields { field } } } }`, { id: toGlobalId("Organization", "itu-t-sg13") })).history.nodes;
    expect(sg13History).toEqual(expect.arrayContaining([{ action: "UPDATE", actor: "editor", source: { ref: `${documentKey}#p6` }, fields: expect.arrayContaining([{ field: "sources" }, { field: "lastConfirmed" }]) }]));
    // The change feed has every change of the apply, in one run of sequence numbers.
    const feedEnd = ok(await analyst("{ changes(first: 1) { totalCount } }")).changes.totalCount;
    expect(feedEnd - feedStart).toBe(applied.appliedChanges);
    expect(applied.appliedChanges).toBeGreaterThanOrEqual(7);
  });

  it("is all or nothing: a failing proposal rolls everything back and the error names it", async () => {
    const { plan } = sg13Circular(uniqueId("f").replace(/-/g, ""));
    // The role names a person nobody proposes or has.
    plan.proposals[4]!.values.person = "nobody-of-that-name";
    plan.proposals[4]!.dependsOn = [];
    const stored = await store(plan);
    await acceptAll(stored.import.id);
    const before = await graphChecksum(w.app.db);
    const response = await editor(APPLY, { id: stored.import.id });
    expect(response.body.errors?.[0]?.message).toMatch(/^proposal p5 \(Role: Lena Okafor.*\): values\.person: no person "nobody-of-that-name"/);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", proposal: `${stored.import.id}/p5` });
    expect(await graphChecksum(w.app.db)).toBe(before);
    expect(ok(await analyst(IMPORT, { id: stored.import.id })).import.status).toBe("PENDING");
  });

  it("refuses a proposal whose dependency was rejected, naming both, and pending proposals", async () => {
    const { plan } = sg13Circular(uniqueId("d").replace(/-/g, ""));
    const stored = await store(plan);
    const id = stored.import.id;
    const pending = await editor(APPLY, { id });
    expect(pending.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "id" } });
    expect(pending.body.errors?.[0]?.message).toMatch(/7 still pending \(p1, p2/);
    await acceptAll(id);
    ok(await editor(REVIEW, { id: `${id}/p4`, decision: "REJECT" }));
    const refused = await editor(APPLY, { id });
    expect(refused.body.errors?.[0]?.message).toMatch(/proposal p5 \(Role: .*\) depends on proposal p4 \(New person: .*\), which was rejected/);
  });

  it("an ambiguous mention must be resolved by EDIT choosing a candidate; the choice flows into the proposals that used it", async () => {
    const suffix = uniqueId("m").replace(/-/g, "");
    const { plan } = sg13Circular(suffix);
    // "the Chair, Mr Kang" could be two people: the reviewer picks the existing one.
    plan.proposals[3] = {
      ...plan.proposals[3]!, action: "CREATE", values: { name: "Kang" },
      resolution: { status: "AMBIGUOUS", key: `kang-${suffix}`, candidates: [{ key: "shin-gak-kang", label: "Shin-Gak Kang", reason: "NAME" }, { key: "hideo-imanaka", label: "Hideo Imanaka", reason: "NAME" }] },
    };
    plan.proposals[4]!.values.person = `kang-${suffix}`;
    const stored = await store(plan);
    const id = stored.import.id;
    const accepted = await editor(REVIEW, { id: `${id}/p4`, decision: "ACCEPT" });
    expect(accepted.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "decision" } });
    expect(accepted.body.errors?.[0]?.message).toMatch(/ambiguous: choose one of its candidates \(shin-gak-kang, hideo-imanaka\)/);
    const wrong = await editor(REVIEW, { id: `${id}/p4`, decision: "EDIT", choose: "someone-else" });
    expect(wrong.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "choose" } });
    const chosen = ok(await editor(REVIEW, { id: `${id}/p4`, decision: "EDIT", choose: "shin-gak-kang" })).reviewProposal;
    expect(chosen).toMatchObject({ decision: "EDITED", action: "CONFIRM", resolution: { status: "EXISTING", key: "shin-gak-kang" } });
    // An edit of values: the reviewer corrects the role's title.
    const edited = ok(await editor(REVIEW, { id: `${id}/p5`, decision: "EDIT", patch: { title: "SG13 Chair" } })).reviewProposal;
    expect(edited.values).toMatchObject({ title: "SG13 Chair", person: `kang-${suffix}` });
    for (const local of ["p1", "p2", "p3", "p6", "p7"]) ok(await editor(REVIEW, { id: `${id}/${local}`, decision: "ACCEPT" }));
    ok(await editor(APPLY, { id }));
    const roles = ok(await analyst(`{ person(ref: "shin-gak-kang") { roles(includeEnded: true) { role title organization { key } } } }`)).person.roles;
    expect(roles).toEqual(expect.arrayContaining([{ role: "CHAIR", title: "SG13 Chair", organization: { key: "itu-t-sg13" } }]));
    expect(await w.app.db.read("MATCH (p:Person {id: $key}) RETURN p", { key: `kang-${suffix}` })).toEqual([]);
  });

  it("an applied or discarded import can no longer be reviewed or applied", async () => {
    const { plan } = sg13Circular(uniqueId("x").replace(/-/g, ""));
    const stored = await store(plan);
    const id = stored.import.id;
    const discarded = ok(await editor("mutation($id: ID!) { discardImport(id: $id) { status } }", { id })).discardImport;
    expect(discarded.status).toBe("DISCARDED");
    const review = await editor(REVIEW, { id: `${id}/p1`, decision: "ACCEPT" });
    expect(review.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const apply = await editor(APPLY, { id });
    expect(apply.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const pending = ok(await analyst("{ imports(status: DISCARDED, first: 100) { nodes { id } } }")).imports.nodes;
    expect(pending.map((n: Json) => n.id)).toContain(id);
  });
});

describe("who may do what (GraphQL)", () => {
  const credentials = () => ({ anonymous: undefined, analyst: w.credentials.analyst, editor: w.credentials.editor, admin: w.credentials.admin });
  const codeOf = (response: GraphQLResponse) => (response.body.errors?.[0]?.extensions?.code as string | undefined) ?? "OK";

  it("reading imports (their text holds people's contact data) needs an analyst", async () => {
    const { plan } = sg13Circular(uniqueId("v").replace(/-/g, ""));
    const { import: stored } = await store(plan);
    const expected = { anonymous: "UNAUTHENTICATED", analyst: "OK", editor: "OK", admin: "OK" };
    for (const [who, credential] of Object.entries(credentials())) {
      const list = await gql(w.url, credential, "{ imports(first: 5) { totalCount } }");
      const one = await gql(w.url, credential, "query($id: ID!) { import(id: $id) { document { text } proposals { values } } }", { id: stored.id });
      expect([who, codeOf(list), codeOf(one)]).toEqual([who, expected[who as keyof typeof expected], expected[who as keyof typeof expected]]);
      if (codeOf(one) === "OK") expect(JSON.stringify(one.body.data)).toContain("@ncc.example.ng");
      else expect(JSON.stringify(one.body.data ?? {})).not.toContain("@ncc.example.ng");
    }
  });

  it("importing, reviewing, applying and discarding need an editor", async () => {
    const { plan } = sg13Circular(uniqueId("e").replace(/-/g, ""));
    const { import: stored } = await store(plan);
    const expected = { anonymous: "UNAUTHENTICATED", analyst: "FORBIDDEN" };
    for (const [who, credential] of Object.entries(credentials()).slice(0, 2)) {
      const before = await graphChecksum(w.app.db);
      const responses = [
        await gql(w.url, credential, 'mutation { importDocument(text: "TSB Circular 1", fileName: "c.txt") { alreadyImported } }'),
        await gql(w.url, credential, REVIEW, { id: `${stored.id}/p1`, decision: "ACCEPT" }),
        await gql(w.url, credential, APPLY, { id: stored.id }),
        await gql(w.url, credential, "mutation($id: ID!) { discardImport(id: $id) { status } }", { id: stored.id }),
      ];
      expect([who, ...responses.map(codeOf)]).toEqual([who, ...Array(4).fill(expected[who as keyof typeof expected])]);
      expect(responses[1]!.body.errors?.[0]?.message).toMatch(/reviewProposal mutation needs the editor role/);
      expect(await graphChecksum(w.app.db)).toBe(before);
    }
    ok(await gql(w.url, w.credentials.editor, REVIEW, { id: `${stored.id}/p1`, decision: "ACCEPT" }));
    ok(await gql(w.url, w.credentials.admin, REVIEW, { id: `${stored.id}/p2`, decision: "REJECT" }));
    // The service checks the role too, for the doors that are not GraphQL.
    const analystContext = createContext(w.app.db, { viewer: { role: "ANALYST", name: "analyst", via: "api-key" } });
    await expect(storeImport(analystContext, plan)).rejects.toThrow(/importing a document needs the editor role/);
    await analystContext.db.end();
  });
});

describe("POST /import", () => {
  const post = async (credential: string | undefined, form: FormData | undefined, headers: Record<string, string> = {}) => {
    const response = await fetch(`${w.url}/import`, { method: "POST", headers: { ...(credential ? { authorization: `Bearer ${credential}` } : {}), ...headers }, ...(form ? { body: form } : {}) });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const formWith = (...files: Array<[string, string, string]>) => {
    const form = new FormData();
    for (const [field, name, text] of files) form.append(field, new Blob([text], { type: "text/plain" }), name);
    return form;
  };

  it("needs an editor: 401 without a credential, 403 for an analyst, nothing written", async () => {
    const before = await graphChecksum(w.app.db);
    const anonymous = await post(undefined, formWith(["file", "c.txt", "TSB Circular 1"]));
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    const analystAnswer = await post(w.credentials.analyst, formWith(["file", "c.txt", "TSB Circular 1"]));
    expect(analystAnswer).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN", message: expect.stringMatching(/importing a document needs the editor role/) } } });
    expect(await graphChecksum(w.app.db)).toBe(before);
  });

  it("refuses bad uploads with a 4xx naming the problem and writes nothing: no file, two files, another field, too large, not multipart", async () => {
    const before = await graphChecksum(w.app.db);
    const cases: Array<[string, FormData | undefined, number, RegExp]> = [
      ["no file", formWith(), 400, /no file/],
      ["two files", formWith(["file", "a.txt", "one"], ["file", "b.txt", "two"]), 400, /one file at a time/],
      ["another field", formWith(["document", "a.txt", "one"]), 400, /field "file"/],
      ["too large", formWith(["file", "big.txt", "x".repeat(70_000)]), 413, /larger than the limit of 65536 bytes/],
      ["not multipart", undefined, 400, /no file/],
    ];
    for (const [what, form, status, message] of cases) {
      const answer = await post(w.credentials.editor, form);
      expect([what, answer.status, answer.body.error?.message]).toEqual([what, status, expect.stringMatching(message)]);
    }
    const broken = await post(w.credentials.editor, undefined, { "content-type": "multipart/form-data; boundary=xyz" });
    expect(broken.status).toBe(400);
    expect(await graphChecksum(w.app.db)).toBe(before);
  });
});

describe("imports in /metrics", () => {
  const importsTotal = async () => {
    const text = await (await fetch(`${w.url}/metrics`, { headers: { authorization: `Bearer ${w.credentials.admin}` } })).text();
    const counts: Record<string, number> = {};
    for (const [, outcome, value] of text.matchAll(/^mvgraph_imports_total\{outcome="([a-z_]+)"\} (\d+)$/gm)) counts[outcome!] = Number(value);
    return counts;
  };

  it("counts refused and failed imports with their outcome, beside the stored ones", async () => {
    const before = await importsTotal();
    const upload = async (form: FormData) =>
      (await fetch(`${w.url}/import`, { method: "POST", headers: { authorization: `Bearer ${w.credentials.editor}` }, body: form })).status;
    const big = new FormData();
    big.append("file", new Blob(["x".repeat(70_000)], { type: "text/plain" }), "big.txt");
    expect(await upload(big)).toBe(413);
    expect(await upload(new FormData())).toBe(400);
    const empty = await editor('mutation { importDocument(text: "   ") { import { id } } }');
    expect(empty.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await editor(APPLY, { id: "no-such-import" });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const after = await importsTotal();
    const grew = Object.fromEntries(Object.keys(after).map((outcome) => [outcome, after[outcome]! - (before[outcome] ?? 0)]).filter(([, n]) => n !== 0));
    expect(grew).toEqual({ rejected: 3, apply_rejected: 1 });
  });
});

describe("the three doors store the same import", () => {
  const circular = SG13_CIRCULAR_LINES.join("\n");

  it("POST /import reads and stores an uploaded circular (201); the same text through importDocument is recognized (alreadyImported)", async () => {
    const form = new FormData();
    form.append("file", new Blob([circular], { type: "text/plain" }), "tsb-circular-231.txt");
    const response = await fetch(`${w.url}/import`, { method: "POST", headers: { authorization: `Bearer ${w.credentials.editor}` }, body: form });
    const body = (await response.json()) as Json;
    expect(response.status).toBe(201);
    expect(body.import).toMatchObject({ status: "PENDING", alreadyImported: false, review: `/review?import=${body.import.id}` });
    expect(body.import.proposals.total).toBeGreaterThanOrEqual(5);
    const imported = ok(await analyst(IMPORT, { id: body.import.id })).import;
    expect(imported.document).toMatchObject({ importKind: "TSB_CIRCULAR", reference: "TSB Circular 231", text: circular });
    expect(imported.proposals.map((p: Json) => p.entityType)).toEqual(expect.arrayContaining(["Event", "Deadline", "Person", "Role"]));

    const again = ok(await editor("mutation($text: String!) { importDocument(text: $text, fileName: \"circular.txt\") { alreadyImported import { id } } }", { text: circular })).importDocument;
    expect(again).toEqual({ alreadyImported: true, import: { id: body.import.id } });
    const refused = await editor('mutation { importDocument(text: "\\u0000\\u0001\\u0002 binary junk \\u0000", fileName: "junk.bin") { alreadyImported } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("npm run import -- FILE stores it for an editor and prints the id; refuses anonymous and analysts (exit 2), writing nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mvgraph-import-"));
    const file = path.join(dir, "sg13-cli.txt");
    writeFileSync(file, `${circular}\n(CLI copy)`);
    const env = {
      ...process.env,
      ...w.neo4jEnv,
      MVGRAPH_API_KEYS: `analyst:analyst:${hashApiKey(w.credentials.analyst)},editor:editor:${hashApiKey(w.credentials.editor)}`,
      LOG_LEVEL: "error",
    };
    const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/import/import.cli.ts", file, ...args], { cwd: projectRoot, env, encoding: "utf8", timeout: 240_000 });
    const before = await graphChecksum(w.app.db);
    const anonymous = run();
    expect([anonymous.status, anonymous.stderr]).toEqual([2, expect.stringMatching(/importing a document needs the editor role/)]);
    const analystRun = run("--token", w.credentials.analyst);
    expect([analystRun.status, analystRun.stderr]).toEqual([2, expect.stringMatching(/needs the editor role or above; analyst has the analyst role/)]);
    expect(await graphChecksum(w.app.db)).toBe(before);
    const editorRun = run("--token", w.credentials.editor);
    expect(editorRun.status).toBe(0);
    const id = editorRun.stdout.trim();
    const imported = ok(await analyst(IMPORT, { id })).import;
    expect(imported).toMatchObject({ status: "PENDING", createdBy: "editor", document: { fileName: "sg13-cli.txt" } });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("every proposal of a held-out document applies (test/import-heldout.int.test.ts plans them)", () => {
  const heldOut = (name: string) => readFileSync(path.resolve(import.meta.dirname, "fixtures/import", name), "utf8");
  const text = (t: string) => new TextEncoder().encode(t);
  const find = (plan: ImportPlan, type: string, pred: (p: Proposal) => boolean = () => true) => plan.proposals.filter((p) => p.entityType === type && pred(p));

  it("the circular's proposals, a statistic among them, go through applyImport without a refusal, each citing the document", async () => {
    const run = `heldout-${Date.now()}`;
    const body = heldOut("sg9-circular-heldout.txt")
      .replace("TSB Circular 415", `TSB Circular 415 (${run})`)
      .replace("4 The study group", "4 Study Group 9 has approved 23 Recommendations on cable networks so far. The study group");
    const plan = await planImport(w.app.db, { bytes: text(body), fileName: `${run}.txt` });
    expect(find(plan, "Statistic")[0]).toMatchObject({ action: "CREATE", values: { subject: "itu-t-sg9", value: 23 } });
    const applied = await acceptAndApply(w.app.db, plan);
    expect(applied.rejected.filter((r) => r.why !== "ambiguous")).toEqual([]);
    const [row] = await w.app.db.read(
      "MATCH (s:Statistic)-[:DESCRIBES]->(:Organization {id: 'itu-t-sg9'}) WHERE s.value = 23 AND any(x IN s.sources WHERE x STARTS WITH $doc) RETURN count(s) AS n",
      { doc: applied.documentKey },
    );
    expect(row!.n).toBe(1);
  });

  it("an LS's statements are recorded with its reply deadline and purpose, and read back as statements, not standing liaisons", async () => {
    const run = `heldout-ls-${Date.now()}`;
    const body = heldOut("ls-all-sgs-heldout.txt")
      .replace("SG21-LS112", `SG21-LS112-${run}`)
      .replace("LIAISON STATEMENT", "LIAISON STATEMENT\nAbstract: SG21 asks for comments on its draft terminology.");
    const plan = await planImport(w.app.db, { bytes: text(body), fileName: `${run}.txt` });
    const applied = await acceptAndApply(w.app.db, plan);
    expect(applied.rejected.filter((r) => r.why !== "ambiguous")).toEqual([]);
    // Sent in 2028: listed with includeEnded (a statement is listed from the day it is sent).
    const statements = ok(await analyst(`{ organization(ref: "etsi-isg-arf") { liaisons(kinds: [LIAISON_STATEMENT], includeEnded: true) { liaison { kind deadline purpose sources { document { key } } } } } }`))
      .organization.liaisons.map((l: Json) => l.liaison).filter((l: Json) => l.sources.some((s: Json) => s.document?.key === applied.documentKey));
    expect(statements).toEqual([expect.objectContaining({ kind: "LIAISON_STATEMENT", deadline: "2028-05-15", purpose: "SG21 asks for comments on its draft terminology." })]);
  });
});

// Planning against a graph that holds probes of its own: on this file's writable engine, so the
// shared graph (whose checksum other files compare) never holds them, even for a moment.
describe("planning an import against probes written for the test", () => {
  it("leaves a name two people share ambiguous, with both candidates", async () => {
    const ids = [`probe-import-a-${Date.now()}`, `probe-import-b-${Date.now()}`];
    await w.app.db.write("UNWIND $ids AS id CREATE (:Person {id: id, name: 'Probe Lindqvist', aliases: [], sources: ['tsb-circular-60']})", { ids });
    try {
      const plan = await planImport(w.app.db, { bytes: new TextEncoder().encode("Ms Probe LINDQVIST (Example Telecom, Sweden) is the Rapporteur for Question 6/17.") });
      const [person] = plan.proposals.filter((p) => p.entityType === "Person");
      expect(person!.resolution.status).toBe("AMBIGUOUS");
      expect(person!.resolution.candidates!.map((c) => c.key).sort()).toEqual([...ids].sort());
    } finally {
      await w.app.db.write("MATCH (p:Person) WHERE p.id IN $ids DETACH DELETE p", { ids });
    }
  });

  it("recognizes a file imported before by its hash and proposes nothing", async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "fixtures/import/event-programme.md")));
    const hash = createHash("sha256").update(bytes).digest("hex");
    const id = `probe-import-doc-${Date.now()}`;
    await w.app.db.write("CREATE (:Document {id: $id, kind: 'WEB_PAGE', title: 'Probe', contentHash: $hash, sources: [$id]})", { id, hash });
    try {
      const plan = await planImport(w.app.db, { bytes });
      expect(plan.alreadyImported).toEqual({ documentKey: id });
      expect(plan.proposals).toEqual([]);
    } finally {
      await w.app.db.write("MATCH (d:Document {id: $id}) DETACH DELETE d", { id });
    }
  });
});
