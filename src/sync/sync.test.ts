import { readFileSync, writeFileSync, mkdtempSync, truncateSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationResolver } from "../import/recognize/organizations.js";
import { standardKey, standardOf } from "./families/index.js";
import { readIsoCommittees } from "./iso-open-data/read-committees.js";
import { groupByStandard, latestDraft, mainRecord } from "./plan-deliverables.js";
import { readRelaton } from "./relaton/read-relaton.js";
import { loadScope, ScopeFilter } from "./scope/scope.js";
import { readSources } from "./sources.js";

const fixtures = path.resolve("test/fixtures/landscape");
const read = (file: string) => readRelaton(readFileSync(path.join(fixtures, file), "utf8"), file);
const one = (file: string) => {
  const { records, refusals } = read(file);
  expect(refusals).toEqual([]);
  return records[0]!;
};

describe("Relaton records are read into typed records, status from the body's own lifecycle", () => {
  it("reads ISO harmonized stage codes: 95.99 withdrawn, 60.60 published, 40.20 enquiry", () => {
    expect(one("relaton/acme-4101-2020.yaml")).toMatchObject({ reference: "ISO/IEC 4101-1:2020", standardCode: "ISO/IEC 4101-1", part: "edition", edition: "2020", status: "WITHDRAWN", stage: "95.99 withdrawal: withdrawn", committee: "ISO/IEC JTC 1/SC 71", ics: ["35.140"], published: "2020-03" });
    expect(one("relaton/acme-4101-2024.yaml")).toMatchObject({ status: "PUBLISHED", stage: "60.60 publication: published", title: "Holographic telepresence — Part 1: Scene graph interchange", link: "https://www.iso.org/standard/990002.html", abstract: expect.stringContaining("immersive video") });
    expect(one("relaton/acme-4101-dam.yaml")).toMatchObject({ standardCode: "ISO/IEC 4101-1", part: "amendment", status: "IN_PROGRESS", stage: "40.20 enquiry: DIS ballot initiated" });
  });

  it("reads ITU (v1.5 schema: docidentifier, source, status, contributor subdivision), IEEE drafts and approvals, W3C maturity levels", () => {
    expect(one("relaton/itu-t-y9999.yaml")).toMatchObject({ reference: "ITU-T Y.9999 (07/2024)", standardCode: "ITU-T Y.9999", alsoKnownAs: ["ISO/IEC 4101-1"], status: "PUBLISHED", stage: "In force", committee: "ITU-T Study Group 21", kind: "RECOMMENDATION", link: "https://www.itu.int/rec/T-REC-Y.9999-202407-I" });
    expect(one("relaton/ieee-p9901-draft.yaml")).toMatchObject({ standardCode: "IEEE 9901", part: "draft", edition: "D2.1", status: "IN_PROGRESS" });
    expect(one("relaton/ieee-9901-2026.yaml")).toMatchObject({ standardCode: "IEEE 9901", part: "edition", edition: "2026", status: "PUBLISHED", published: "2026-01-20" });
    const w3c = read("relaton/w3c-holo.yaml").records;
    expect(w3c.map((r) => [r.reference, r.standardCode, r.status, r.committee])).toEqual([
      ["W3C WD-holo-api-1-20260105", "W3C holo-api-1", "IN_PROGRESS", "W3C Holography Working Group"],
      ["W3C holo-api-1", "W3C holo-api-1", undefined, undefined],
    ]);
  });

  it("bad records get one line naming the file and the record, and a file's other records go on", () => {
    expect(read("bad/malformed.yaml")).toMatchObject({ records: [], refusals: [{ origin: "bad/malformed.yaml", reason: expect.stringMatching(/^malformed YAML: /) }] });
    expect(read("bad/no-reference.yaml").refusals).toEqual([{ origin: "bad/no-reference.yaml", record: "NOREF-1", reason: "no reference: the item has no primary identifier (docid or docidentifier)" }]);
    expect(read("bad/bad-stage.yaml").refusals).toEqual([{ origin: "bad/bad-stage.yaml", record: "ISO/IEC 4102:2025", reason: "stage 70.13 is not a stage of the iso-iec lifecycle" }]);
    const mixed = readRelaton(`- {id: a, docid: [{id: 'ISO 1:2000', primary: true}], docstatus: {stage: '60', substage: '60'}}\n- 42\n- {id: c}`, "mixed.yaml");
    expect(mixed.records.map((r) => r.reference)).toEqual(["ISO 1:2000"]);
    expect(mixed.refusals.map((r) => `${r.record}: ${r.reason.split(/[(:]/)[0]!.trim()}`)).toEqual(["item 2: not a Relaton item", "item 3: no reference"]);
  });
});

describe("identity: one standard, its editions, drafts and amendments as its history", () => {
  it("a draft IEEE P2874/D-3.1 and the approved IEEE Std 2874-2025 are one standard; so are ISO/IEC 23090-2:2021, :2023 and its DAM", () => {
    const key = (ref: string) => standardKey(standardOf(ref)!.code);
    expect(key("IEEE P2874/D-3.1-2024-06")).toBe(key("IEEE Std 2874-2025"));
    expect(key("IEEE 2888.1-2023")).toBe(key("IEEE P2888.1/D-1-2023-02"));
    expect(new Set(["ISO/IEC 23090-2:2021", "ISO/IEC 23090-2:2023", "ISO/IEC 23090-2:2023/DAM 1", "ISO/IEC DIS 23090-2", "IEC/ISO 23090-2"].map(key)).size).toBe(1);
    expect(key("ISO/IEC 23090-2:2023")).not.toBe(key("ISO/IEC 23090-3:2023"));
    expect(key("ETSI GS ARF 003 V2.1.1 (2024-10)")).toBe(key("ETSI GS ARF 003"));
    expect(key("W3C CRD-webxr-20240410")).toBe(key("W3C webxr"));
    expect(key("ITU-T H.266 (V2) (04/2022)")).toBe(key("ITU-T H.266"));
  });

  it("a joint text named in two catalogues is one standard, and its status is its furthest live edition", () => {
    const records = ["relaton/acme-4101-2020.yaml", "relaton/acme-4101-2024.yaml", "relaton/acme-4101-dam.yaml", "relaton/itu-t-y9999.yaml", "relaton/acme-4101-2-draft.yaml"].map(one);
    const groups = groupByStandard(records);
    expect(groups.map((g) => [g.key, g.records.length])).toEqual([["iso iec 4101 1", 4], ["iso iec 4101 2", 1]]);
    expect(mainRecord(groups[0]!.records)).toMatchObject({ status: "PUBLISHED" });
    expect(mainRecord(groups[1]!.records)).toMatchObject({ reference: "ISO/IEC DIS 4101-2", status: "IN_PROGRESS" });
  });

  it("a standard in progress is dated by its latest public draft: a W3C working draft's date, an IEEE draft's, never the year of the edition an amendment changes", () => {
    expect(latestDraft(read("relaton/w3c-holo.yaml").records)).toBe("2026-01-05");
    expect(latestDraft([one("relaton/ieee-p9901-draft.yaml")])).toMatch(/^2025-02/);
    // A published edition dates nothing here: only items still in progress do.
    expect(latestDraft([one("relaton/ieee-9901-2026.yaml")])).toBeUndefined();
    const amendment = readRelaton(
      `- {id: x, docid: [{id: 'ISO/IEC 7777-3:2021/DAM 2', primary: true}], date: [{type: published, value: '2021'}], docstatus: {stage: '40', substage: '20'}}`,
      "amendment.yaml",
    ).records;
    expect(amendment.map((r) => r.status)).toEqual(["IN_PROGRESS"]);
    expect(latestDraft(amendment)).toBeUndefined();
  });

  it('"ISO/IEC JTC 1/SC 29", "JTC1/SC29" and "SC 29 of JTC 1" are one body', () => {
    const orgs = new OrganizationResolver([
      { id: "jtc1", name: "ISO/IEC Joint Technical Committee 1", acronym: "ISO/IEC JTC 1", aliases: [], kind: "JOINT_TECHNICAL_COMMITTEE", partOf: undefined, mandate: undefined },
      { id: "jtc1-sc29", name: "ISO/IEC JTC 1/SC 29", acronym: "JTC 1/SC 29", aliases: [], kind: "SUBCOMMITTEE", partOf: "jtc1", mandate: undefined },
    ]);
    const where = { locator: "x", quote: "x" };
    expect(["ISO/IEC JTC 1/SC 29", "JTC1/SC29", "SC 29 of JTC 1", "SC29 of ISO/IEC JTC 1"].map((t) => orgs.resolveDesignation(t, where))).toEqual(["jtc1-sc29", "jtc1-sc29", "jtc1-sc29", "jtc1-sc29"]);
    expect(["SC 71 of JTC 1", "ISO/IEC JTC 1/SC 71"].map((t) => orgs.resolveDesignation(t, where))).toEqual(["jtc1-sc71", "jtc1-sc71"]);
    expect([...orgs.created.keys()]).toEqual(["jtc1-sc71"]);
  });
});

describe("scope and ISO Open Data committees", () => {
  it("the scope file decides what is relevant: committees, identifier patterns, words", () => {
    const scope = new ScopeFilter(loadScope(path.join(fixtures, "scope.yaml")));
    expect(scope.deliverable(one("relaton/acme-4101-2020.yaml"))).toBe("committee ISO/IEC JTC 1/SC 71");
    expect(scope.deliverable(one("relaton/ieee-9901-2026.yaml"))).toBe("word Avatar");
    expect(scope.deliverable(one("relaton/out-of-scope.yaml"))).toBeUndefined();
    expect(() => loadScope(path.join(fixtures, "committees.jsonl"))).toThrow(/^scope .*committees\.jsonl: /);
  });

  it("reads committees with their liaisons; a line without reference or not JSON is named, the rest goes on", () => {
    const { records, refusals } = readIsoCommittees(readFileSync(path.join(fixtures, "committees.jsonl"), "utf8"), "committees.jsonl");
    expect(records.map((r) => r.reference)).toEqual(["ISO/IEC JTC 1", "ISO/IEC JTC 1/SC 71", "ISO/IEC JTC 1/SC 29", "ISO/TC 3000"]);
    expect(records[1]).toMatchObject({ parentId: "1", created: "2021-05-04", secretariat: "XYZ", scope: expect.stringContaining("holographic telepresence"), organizationLiaisons: [{ id: "601", acronym: "HoloForum" }, { id: "602", acronym: "Khronos" }, { id: "603", acronym: "EC - European Commission" }, { id: "604", acronym: "", name: "Open Holography Alliance" }] });
    // A partner given by its id in the dataset only, or by name only: read as given, resolved by the planner.
    expect(records[2]).toMatchObject({ committeeLiaisons: [{ id: "71", reference: "" }], organizationLiaisons: [{ id: "601", acronym: "HoloForum" }, { id: "604", acronym: "", name: "Open Holography Alliance" }] });
    expect(refusals.map((r) => `${r.record}: ${r.reason.split(":")[0]}`)).toEqual(["line 5: field reference", "line 6: not JSON"]);
  });
});

describe("sources: files, folders, index files and URLs, each under limits", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/index-v1.yaml") return void res.end("- id: ISO/IEC 4101-1:2024\n  file: data/a.yaml\n- id: missing\n  file: data/missing.yaml\n");
      if (req.url === "/data/a.yaml") return void res.end(readFileSync(path.join(fixtures, "relaton/acme-4101-2024.yaml")));
      if (req.url === "/slow.yaml") return; // never answers
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("an index stands for the files it lists; a 404 and a URL that does not answer are refusals naming them", async () => {
    const { texts, refusals } = await readSources([`${base}/index-v1.yaml`]);
    expect(texts.map((t) => t.origin)).toEqual([`${base}/data/a.yaml`]);
    expect(refusals).toEqual([{ origin: `${base}/data/missing.yaml`, reason: "answered HTTP 404" }]);
    // A server that never answers: refused when the time limit is up, however fast the machine.
    const slow = await readSources([`${base}/slow.yaml`], { maxBytes: 1_000_000, timeoutMs: 300, maxFiles: 10 });
    expect(slow).toEqual({ texts: [], refusals: [{ origin: `${base}/slow.yaml`, reason: "did not answer within 0.3 s" }] });
  });

  it("a 50 MB file is refused by its size, unread", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sync-big-"));
    const big = path.join(dir, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    const { texts, refusals } = await readSources([big]);
    expect(texts).toEqual([]);
    expect(refusals).toEqual([{ origin: big, reason: "file is 50.0 MB, over the limit of 8.0 MB: not read" }]);
  });
});
