import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import nodeIcal, { type VEvent } from "node-ical";
import Papa from "papaparse";
import { parseVCards } from "vcard4-ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { hashApiKey } from "../src/auth/api-keys.js";
import { roleLabel } from "../src/export/formats.js";
import { postGraphQL, sharedNeo4jEnv, startTestApp, testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * The exports, read back with parsers independent of the writers (papaparse for csv-stringify's
 * CSV, vcard4-ts for ical.js's vCards, node-ical for ical-generator's iCalendar) and compared
 * with the graph: first on the seed graph, then on names and texts that need quoting, escaping
 * and folding (commas, quotes, semicolons, accents, line breaks) in a Neo4j of their own, so
 * no other test sees them.
 */

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function parseIcs(text: string): VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

type SheetRow = Record<string, ExcelJS.CellValue>;

/** A sheet's rows below its header, by header name (empty cells as null). */
function sheetRows(sheet: ExcelJS.Worksheet | undefined): SheetRow[] {
  expect(sheet).toBeDefined();
  const headers = (sheet!.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: SheetRow[] = [];
  sheet!.eachRow((row, number) => {
    if (number > 1) rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value ?? null])));
  });
  return rows;
}

/** The number format of a column's cell in the row whose `key` column holds `value`. */
function formatOf(sheet: ExcelJS.Worksheet, key: string, value: string, header: string): string {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(headers.indexOf(key)).value === value) return row.getCell(headers.indexOf(header)).numFmt;
  }
  throw new Error(`no row with ${key} = ${value}`);
}

/** Every sheet is a table: frozen header row, auto-filters over its columns. */
function expectTables(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter, sheet.name).toBe(`A1:${sheet.getColumn(sheet.actualColumnCount).letter}1`);
    expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
  }
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Contact exports need the analyst role: the apps below know this key as an analyst's. */
const ANALYST_KEY = "mvg_exports-test-analyst-key-0123456789abcdef";
const API_KEYS = `export-tests:analyst:${hashApiKey(ANALYST_KEY)}`;

async function download(url: string, credential: string | null = ANALYST_KEY): Promise<{ status: number; headers: Headers; text: string; bytes: Uint8Array }> {
  const response = await fetch(url, { headers: credential ? { authorization: `Bearer ${credential}` } : {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text: new TextDecoder().decode(bytes), bytes };
}

/** The local date-time of an instant in a zone, as "YYYY-MM-DD HH:mm". */
const localTime = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(instant);

describe("exports of the seed graph", () => {
  let app: RunningApp;
  let url: string;
  beforeAll(async () => {
    app = await startTestApp({ MVGRAPH_API_KEYS: API_KEYS });
    url = `${app.http.url}/export`;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("contact exports need the analyst role (401 without a credential, 401 with a wrong one); roadmap and calendar are public", async () => {
    for (const file of ["contacts.csv", "contacts.vcf", "contacts.xlsx"]) {
      const anonymous = await download(`${url}/${file}?org=jca-mv`, null);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text).error.code).toBe("UNAUTHENTICATED");
      expect(anonymous.text).not.toContain("@");
      expect((await download(`${url}/${file}?org=jca-mv`, "not-a-key")).status).toBe(401);
    }
    expect((await download(`${url}/roadmap.csv?org=jca-mv`, null)).status).toBe(200);
    expect((await download(`${url}/roadmap.xlsx?org=jca-mv`, null)).status).toBe(200);
    expect((await download(`${url}/calendar.ics`, null)).status).toBe(200);
  });

  it("contacts.csv lists JCA-MV's role holders with the graph's names, e-mail and phone (RFC 4180, UTF-8)", async () => {
    const file = await download(`${url}/contacts.csv?org=jca-mv&asOf=2026-06-01`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(file.headers.get("content-disposition")).toBe("attachment; filename=mvgraph-contacts.csv");
    expect(file.headers.get("cache-control")).toBe("no-store"); // personal data
    expect(file.text).toMatch(/^name,honorific,organization,/);
    expect(file.text.split("\r\n").length).toBeGreaterThan(2); // CRLF line ends

    const expected = await app.db.read(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: 'jca-mv'})
       WHERE r.sinceDate <= date('2026-06-01') AND (r.untilDate IS NULL OR r.untilDate > date('2026-06-01'))
       RETURN p.id AS person_id, p.name AS name, coalesce(p.email, '') AS email, coalesce(p.phone, '') AS phone, r.role AS role, r.title AS title
       ORDER BY name`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const rows = parseCsv(file.text).map(({ person_id, name, email, phone, role, title }) => ({ person_id, name, email, phone, role, title }));
    expect(rows.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual(expected);
    expect(rows.find((r) => r.person_id === "shin-gak-kang")).toMatchObject({ email: "sgkang@etri.re.kr", phone: "+82 42 860 6117" });
  });

  it("contacts.csv with bom=true starts with the UTF-8 byte-order mark, and keeps Fröjdh's accent", async () => {
    const plain = await download(`${url}/contacts.csv?org=fg-mv&asOf=2023-06-01`);
    const withBom = await download(`${url}/contacts.csv?org=fg-mv&asOf=2023-06-01&bom=true`);
    expect([...plain.bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...withBom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.bytes.length).toBe(plain.bytes.length + 3);
    const names = parseCsv(withBom.text.replace(/^\uFEFF/, "")).map((r) => r.name);
    expect(names).toContain("Per Fröjdh");
  });

  it("contacts.vcf has one vCard 4.0 per person, with FN, ORG, TITLE, ROLE, EMAIL and TEL from the graph", async () => {
    const file = await download(`${url}/contacts.vcf?org=jca-mv&asOf=2026-06-01`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    const { vCards } = parseVCards(file.text);
    expect(vCards).toBeDefined();
    const people = await app.db.read(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: 'jca-mv'}) WHERE r.untilDate IS NULL
       RETURN p.id AS id, p.name AS name, p.email AS email, p.phone AS phone, o.name AS org, r.title AS title ORDER BY id`,
    );
    expect(vCards!.length).toBe(people.length);
    for (const person of people) {
      const card = vCards!.find((c) => c.UID?.value === `urn:mvgraph:person:${person.id}`);
      expect(card, String(person.id)).toBeDefined();
      expect(card!.VERSION.value).toBe("4.0");
      expect(card!.FN[0]!.value).toBe(person.name);
      // N, read from the name as printed: the family name is one of its words, the given name another.
      const words = String(person.name).split(/\s+/);
      expect(words).toEqual(expect.arrayContaining([...card!.N!.value.familyNames[0]!.split(" "), card!.N!.value.givenNames[0]!]));
      expect(card!.ORG?.map((o) => o.value.join(";"))).toEqual([person.org]);
      expect(card!.TITLE?.map((t) => t.value)).toEqual([person.title]);
      expect(card!.ROLE?.map((r) => r.value)).toEqual(["Co-chair"]);
      expect(card!.EMAIL?.map((e) => e.value)).toEqual(person.email ? [person.email] : undefined);
      expect(card!.TEL?.map((t) => t.value)).toEqual(person.phone ? [person.phone] : undefined);
      expect(card!.hasErrors).toBe(false);
    }
  });

  it("contacts.vcf?version=3.0 has one vCard 3.0 per person for Outlook: VERSION first, FN and N, no KIND, EMAIL marked INTERNET", async () => {
    const [v4, v3] = await Promise.all([
      download(`${url}/contacts.vcf?org=jca-mv&asOf=2026-06-01`),
      download(`${url}/contacts.vcf?org=jca-mv&asOf=2026-06-01&version=3.0`),
    ]);
    expect(v3.status).toBe(200);
    const cards = v3.text.split("BEGIN:VCARD\r\n").slice(1).map((card) => card.replace(/\r\n /g, "").split("\r\n"));
    expect(cards.length).toBe(parseVCards(v4.text).vCards!.length);
    for (const lines of cards) {
      expect(lines[0]).toBe("VERSION:3.0");
      expect(lines.filter((line) => line.startsWith("FN:"))).toHaveLength(1);
      expect(lines.filter((line) => /^N:[^;]+;[^;]*;[^;]*;[^;]*;[^;]*$/.test(line))).toHaveLength(1);
      expect(lines.some((line) => line.startsWith("KIND"))).toBe(false);
      for (const email of lines.filter((line) => line.startsWith("EMAIL"))) expect(email).toMatch(/^EMAIL;TYPE=internet,work:\S+@\S+$/);
    }
    expect(cards.flat().some((line) => line.startsWith("EMAIL"))).toBe(true);
    const wrong = await download(`${url}/contacts.vcf?org=jca-mv&version=2.1`);
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.text).error).toMatchObject({ code: "BAD_USER_INPUT", field: "version", message: "version: must be 4.0 or 3.0" });
  });

  it("calendar.ics has the 2026 JCA-MV meeting at 08:30-10:30 Geneva time, its deadlines, collocations and sources, with stable UIDs", async () => {
    const first = await download(`${url}/calendar.ics?org=jca-mv`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(first.text).toContain("DTSTART;TZID=Europe/Zurich:20260513T083000");
    expect(first.text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich");
    const entries = parseIcs(first.text);
    const byUid = new Map(entries.map((e) => [e.uid, e]));

    const meeting = byUid.get("event-jca-mv-meeting-2@mvgraph")!;
    expect(meeting).toBeDefined();
    expect(meeting.summary).toBe("2nd meeting of the JCA-MV");
    expect(meeting.start.tz).toBe("Europe/Zurich");
    expect(meeting.start.toISOString()).toBe("2026-05-13T06:30:00.000Z"); // 08:30 CEST
    expect(localTime(meeting.start, "Europe/Zurich")).toBe("2026-05-13 08:30");
    expect(localTime(meeting.end!, "Europe/Zurich")).toBe("2026-05-13 10:30");
    expect(meeting.location).toBe("ITU headquarters, Geneva, CH");
    const description = String(meeting.description);
    expect(description).toContain("Meeting of: JCA-MV (");
    expect(description).toContain("Collocated with: ");
    for (const name of ["3rd UN Virtual Worlds Day", "2nd Citiverse Assembly", "ITU-T Study Group 20 meeting (12-21 May 2026)"]) expect(description).toContain(name);
    expect(description).toMatch(/Sources:\n- .*\[subject, p1, p5, p6, p7, p9\]/);

    // What the graph says: every event of the roadmap known to the day, and every deadline of those.
    const graph = await app.db.read(
      `MATCH (e:Event)
       WHERE EXISTS { (e)-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]->(:Organization)-[:PART_OF*0..8]->(:Organization {id: 'jca-mv'}) }
          OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Organization)-[:PART_OF*0..8]->(:Organization {id: 'jca-mv'}) }
       WITH collect(e) AS own
       UNWIND own AS e
       OPTIONAL MATCH (e)-[:COLLOCATED_WITH]-(c:Event)
       WITH own, collect(c) AS collocated
       UNWIND own + collocated AS event
       WITH DISTINCT event WHERE size(event.start) = 10 AND size(event.end) = 10
       OPTIONAL MATCH (d:Deadline)-[:DEADLINE_OF]->(event)
       RETURN collect(DISTINCT event.id) AS events, collect(DISTINCT d.id) AS deadlines`,
    );
    const expectedUids = [
      ...new Set([...(graph[0]!.events as string[]).map((id) => `event-${id}@mvgraph`), ...(graph[0]!.deadlines as string[]).map((id) => `deadline-${id}@mvgraph`)]),
    ];
    expect([...byUid.keys()].sort()).toEqual(expectedUids.sort());

    // A meeting without times is an all-day entry over its days (DTEND is the day after).
    const sg20 = byUid.get("event-itu-t-sg20-meeting-2026-05@mvgraph")!;
    expect(sg20.datetype).toBe("date");
    expect(first.text).toMatch(/UID:event-itu-t-sg20-meeting-2026-05@mvgraph[\s\S]*?DTSTART;VALUE=DATE:20260512\r\nDTEND;VALUE=DATE:20260522/);
    const inputs = byUid.get("deadline-jca-mv-meeting-2-inputs@mvgraph")!;
    expect(inputs.summary).toBe("Contribution deadline: 2nd meeting of the JCA-MV");
    expect(inputs.datetype).toBe("date");
    expect(String(inputs.description)).toContain("Submit to: tsbjcamv@itu.int");

    // Exported again: the same entries under the same UIDs (only DTSTAMP, the time of export, may differ).
    const second = await download(`${url}/calendar.ics?org=jca-mv`);
    const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, "");
    expect(withoutStamps(second.text)).toBe(withoutStamps(first.text));
  });

  it("calendar.ics leaves out events the sources date only to the month or year, which the roadmap keeps", async () => {
    const vague = await app.db.read("MATCH (e:Event) WHERE size(e.start) < 10 RETURN e.id AS id ORDER BY id");
    expect(vague.length).toBeGreaterThan(0);
    const uids = parseIcs((await download(`${url}/calendar.ics`)).text).map((e) => e.uid);
    const roadmapIds = parseCsv((await download(`${url}/roadmap.csv?include=events`)).text).map((r) => r.id);
    for (const { id } of vague) {
      expect(uids).not.toContain(`event-${id}@mvgraph`);
      expect(roadmapIds).toContain(id);
    }
    const allEvents = await app.db.read("MATCH (e:Event) WHERE size(e.start) = 10 RETURN count(e) AS n");
    expect(uids.filter((uid) => uid.startsWith("event-")).length).toBe(allEvents[0]!.n);
  });

  it("roadmap.csv holds the roadmap's items for the filters, in date order, as in the graph", async () => {
    const file = await download(`${url}/roadmap.csv?org=jca-mv&from=2026-01-01&to=2026-12-31`);
    expect(file.status).toBe(200);
    const rows = parseCsv(file.text);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    const meeting = rows.find((r) => r.id === "jca-mv-meeting-2")!;
    expect(meeting).toMatchObject({ date: "2026-05-13", item: "EVENT", kind: "MEETING", title: "2nd meeting of the JCA-MV", organizations: "JCA-MV" });
    expect(rows.find((r) => r.id === "itu-t-sg20-meeting-2026-05")).toMatchObject({ collocated_with: "2nd meeting of the JCA-MV" });

    const deliverables = parseCsv((await download(`${url}/roadmap.csv?org=fg-mv&include=deliverables&status=APPROVED&status=PUBLISHED&undated=true`)).text);
    const graph = await app.db.read(
      `MATCH (d:Deliverable)-[:DEVELOPED_BY]->(:Organization)-[:PART_OF*0..8]->(:Organization {id: 'fg-mv'})
       WHERE d.status IN ['APPROVED', 'PUBLISHED']
       RETURN DISTINCT d.id AS id, d.code AS code, d.title AS title, d.status AS status`,
    );
    expect(graph.length).toBeGreaterThan(0);
    expect(deliverables.map(({ id, code, title, status }) => ({ id, code, title, status })).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      graph.map((d) => ({ id: String(d.id), code: String(d.code ?? ""), title: String(d.title), status: String(d.status) })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("refuses bad filters with 400 and a JSON error naming the parameter", async () => {
    const cases: Array<[string, string, RegExp]> = [
      ["contacts.csv?organization=jca-mv", "organization", /unknown parameter/],
      ["contacts.vcf?org=no-such-body", "org[0]", /no organization "no-such-body"/],
      ["contacts.csv?role=BOSS", "role", /must be one of CHAIR/],
      ["contacts.csv?asOf=2026-02-30", "asOf", /not a real date/],
      ["roadmap.csv?from=2026-05-01&to=2026-01-01", "to", /before from/],
      ["calendar.ics?topic=no-such-topic", "topic[0]", /no topic/],
      ["calendar.ics?deadlines=maybe", "deadlines", /true or false/],
      ["roadmap.xlsx?lanes=diagonal", "lanes", /must be topic, organization or series/],
      ["roadmap.xlsx?bom=true", "bom", /unknown parameter/],
      ["roadmap.csv?lanes=topic", "lanes", /unknown parameter/],
      ["roadmap.xlsx?from=2026-05-01&to=2026-01-01", "to", /before from/],
      ["contacts.xlsx?org=no-such-body", "org[0]", /no organization "no-such-body"/],
      ["contacts.xlsx?bom=true", "bom", /unknown parameter/],
    ];
    for (const [query, field, message] of cases) {
      const response = await fetch(`${url}/${query}`, { headers: { authorization: `Bearer ${ANALYST_KEY}` } });
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error, query).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(body.error.message, query).toMatch(message);
    }
  });

  describe("as spreadsheets (XLSX)", () => {
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const laneQuery = `query Lanes($orgs: [String!], $from: Date, $to: Date) {
      roadmap(organizations: $orgs, from: $from, to: $to, first: 500) {
        byTopic { topic { name } items { deliverable { key } event { key } } }
        byOrganization { organization { name acronym } items { deliverable { key } event { key } } }
      }
    }`;
    const keyOf = (item: Json) => String((item.deliverable ?? item.event).key);
    /** Excel's rules for sheet names (xlsx.ts): no : \ / ? * [ ], at most 31 characters. */
    const asSheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, "-").slice(0, 31).trimEnd();

    it("roadmap.xlsx holds the CSV's items with real dates, a sheet per topic lane as the API's lanes, and the documents cited", async () => {
      const query = "org=jca-mv&from=2026-01-01&to=2026-12-31";
      const file = await download(`${url}/roadmap.xlsx?${query}`, null);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(XLSX);
      expect(file.headers.get("content-disposition")).toBe("attachment; filename=mvgraph-roadmap.xlsx");
      expect(file.headers.get("cache-control")).toBe("no-cache");
      const workbook = await readWorkbook(file.bytes);
      expectTables(workbook);

      const csv = parseCsv((await download(`${url}/roadmap.csv?${query}`)).text);
      const all = sheetRows(workbook.getWorksheet("All items"));
      expect(all.map((r) => r.Id)).toEqual(csv.map((r) => r.id));
      expect(all.map((r) => r.Date)).toEqual(csv.map((r) => utcDay(r.date!)));
      expect(all.map((r) => r.Title)).toEqual(csv.map((r) => r.title));
      expect(all.map((r) => r["Date precision"])).toEqual(all.map(() => "day")); // the 2026 items are all known to the day

      const { body } = await postGraphQL(app.http.url, laneQuery, { orgs: ["jca-mv"], from: "2026-01-01", to: "2026-12-31" });
      const lanes = (body.data!.roadmap as Json).byTopic as Json[];
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["All items", ...lanes.map((lane) => asSheetName(lane.topic?.name ?? "No topic")), "Sources"]);
      lanes.forEach((lane, i) => expect(sheetRows(workbook.worksheets[i + 1]).map((r) => r.Id)).toEqual((lane.items as Json[]).map(keyOf)));

      // The meeting's sources, and the documents they name, as in the graph.
      const [meeting] = await app.db.read(
        `MATCH (e:Event {id: 'jca-mv-meeting-2'}) UNWIND e.sources AS ref WITH e, ref, split(ref, '#')[0] AS docId
         MATCH (d:Document {id: docId}) RETURN e.sources AS sources, collect(DISTINCT d {.id, .reference, .title, .url}) AS documents`,
      );
      const row = all.find((r) => r.Id === "jca-mv-meeting-2")!;
      expect(row).toMatchObject({ Date: utcDay("2026-05-13"), "Date kind": "START", "End date": utcDay("2026-05-13"), Item: "EVENT", Organizations: "JCA-MV" });
      expect(row.Sources).toBe((meeting!.sources as string[]).join(" "));
      const sourceSheet = sheetRows(workbook.getWorksheet("Sources"));
      for (const doc of meeting!.documents as Json[]) {
        expect(String(row["Source documents"])).toContain(doc.title);
        expect(sourceSheet).toContainEqual({ Document: doc.id, Reference: doc.reference ?? null, Title: doc.title ?? null, Address: doc.url ?? null });
      }
    });

    it("roadmap.xlsx with lanes=organization has a sheet per organization lane, named by acronym", async () => {
      const workbook = await readWorkbook((await download(`${url}/roadmap.xlsx?org=jca-mv&from=2026-01-01&to=2026-12-31&lanes=organization`)).bytes);
      const { body } = await postGraphQL(app.http.url, laneQuery, { orgs: ["jca-mv"], from: "2026-01-01", to: "2026-12-31" });
      const lanes = (body.data!.roadmap as Json).byOrganization as Json[];
      expect(lanes.length).toBeGreaterThan(1);
      const names = lanes.map((lane) => asSheetName(lane.organization ? (lane.organization.acronym ?? lane.organization.name) : "No organization"));
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["All items", ...names, "Sources"]);
      lanes.forEach((lane, i) => expect(sheetRows(workbook.worksheets[i + 1]).map((r) => r.Id)).toEqual((lane.items as Json[]).map(keyOf)));
    });

    it("dates the sources give only to the month are the month's first day, shown and marked as a month", async () => {
      const vague = await app.db.read("MATCH (e:Event) WHERE size(e.start) = 7 RETURN e.id AS id, e.start AS start ORDER BY id LIMIT 3");
      expect(vague.length).toBeGreaterThan(0);
      const sheet = (await readWorkbook((await download(`${url}/roadmap.xlsx?include=events`)).bytes)).getWorksheet("All items")!;
      const rows = sheetRows(sheet);
      for (const { id, start } of vague) {
        expect(rows.find((r) => r.Id === id)).toMatchObject({ Date: utcDay(`${start}-01`), "Date precision": "month" });
        expect(formatOf(sheet, "Id", String(id), "Date")).toBe("yyyy-mm");
      }
      expect(formatOf(sheet, "Id", "jca-mv-meeting-2", "Date")).toBe("yyyy-mm-dd");
    });

    it("contacts.xlsx lists JCA-MV's role holders with the graph's names, e-mail, phone and dates (analyst only)", async () => {
      const file = await download(`${url}/contacts.xlsx?org=jca-mv&asOf=2026-06-01`);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(XLSX);
      expect(file.headers.get("content-disposition")).toBe("attachment; filename=mvgraph-contacts.xlsx");
      expect(file.headers.get("cache-control")).toBe("no-store"); // personal data
      const workbook = await readWorkbook(file.bytes);
      expectTables(workbook);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["Contacts", "Sources"]);

      const expected = await app.db.read(
        `MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: 'jca-mv'})
         WHERE r.sinceDate <= date('2026-06-01') AND (r.untilDate IS NULL OR r.untilDate > date('2026-06-01'))
         RETURN p.id AS personId, p.name AS name, p.email AS email, p.phone AS phone, r.role AS role, r.title AS title, r.sinceDate AS since
         ORDER BY name`,
      );
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const rows = sheetRows(workbook.getWorksheet("Contacts")).map((r) => ({
        personId: r["Person id"], name: r.Name, email: r["E-mail"], phone: r.Phone, role: r.Role, title: r.Title, since: r.Since,
      }));
      expect(rows.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual(
        expected.map((e) => ({ ...e, role: roleLabel(String(e.role)), since: utcDay(String(e.since)) })),
      );
      expect(rows.find((r) => r.personId === "shin-gak-kang")).toMatchObject({ email: "sgkang@etri.re.kr", phone: "+82 42 860 6117" });
    });
  });

  describe("the default contact list (issue 26)", () => {
    it("whom do we write to at TSAG in 2026: one line per person and body, current roles only, and a role last confirmed in 2022 marked unconfirmed in CSV, XLSX and vCard", async () => {
      const csv = parseCsv((await download(`${url}/contacts.csv?org=tsag&asOf=2026-11-25`)).text);
      expect(csv.length).toBeGreaterThan(0);
      const pairs = csv.map((r) => `${r.person_id} ${r.organization_id}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(csv.every((r) => r.liaison_id === "")).toBe(true); // no statement's contacts
      const chair = csv.find((r) => r.person_id === "abdurahman-al-hassan")!;
      expect(chair).toMatchObject({ role: "CHAIR", unconfirmed: "unconfirmed" });
      expect(chair.roles!.split(" ")).toEqual(["CHAIR", "CONTACT_PERSON"]);
      expect(chair.last_confirmed! < "2024-11-25").toBe(true);

      const workbook = await readWorkbook((await download(`${url}/contacts.xlsx?org=tsag&asOf=2026-11-25`)).bytes);
      const sheet = sheetRows(workbook.getWorksheet("Contacts"));
      expect(sheet).toHaveLength(csv.length);
      expect(sheet.find((r) => r["Person id"] === "abdurahman-al-hassan")).toMatchObject({ Unconfirmed: "unconfirmed" });

      const { vCards } = parseVCards((await download(`${url}/contacts.vcf?org=tsag&asOf=2026-11-25`)).text);
      const card = vCards!.find((c) => c.UID?.value === "urn:mvgraph:person:abdurahman-al-hassan")!;
      expect(card.NOTE?.[0]?.value).toMatch(/Unconfirmed: no source has confirmed it since \d{4}-\d{2}-\d{2}/);
    });
  });

  // Each test starts the CLI (a Node process through tsx) two or three times: slow on a busy machine.
  describe("from the command line (npm run export)", { timeout: 180_000 }, () => {
    const run = promisify(execFile);
    const tsx = path.join(projectRoot, "node_modules/.bin/tsx");
    const cli = path.join(projectRoot, "src/export/export.cli.ts");
    const env = { ...process.env, ...sharedNeo4jEnv(), LOG_LEVEL: "warn", MVGRAPH_API_KEYS: API_KEYS, MVGRAPH_CREDENTIAL: ANALYST_KEY };
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), "mvgraph-export-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("writes the same files as HTTP for the same filters", async () => {
      const out = path.join(dir, "jca-mv.vcf");
      writeFileSync(out, "an older export, world-readable\n", { mode: 0o644 });
      const { stderr } = await run(tsx, [cli, "contacts", "--org", "jca-mv", "--asOf", "2026-06-01", "--format", "vcf", "--out", out], { env, cwd: projectRoot });
      expect(stderr).toMatch(/wrote 2 vCards to .*jca-mv\.vcf/);
      // Contact data (e-mails, phones): readable by the owner only, also when it replaces an older file.
      expect((statSync(out).mode & 0o777).toString(8)).toBe("600");
      expect(readFileSync(out, "utf8")).toBe((await download(`${url}/contacts.vcf?org=jca-mv&asOf=2026-06-01`)).text);

      const { stdout } = await run(tsx, [cli, "roadmap", "--org", "jca-mv", "--from", "2026-01-01", "--bom"], { env, cwd: projectRoot, encoding: "buffer" });
      expect(Buffer.compare(stdout, Buffer.from((await download(`${url}/roadmap.csv?org=jca-mv&from=2026-01-01&bom=true`)).bytes))).toBe(0);
    });

    it("writes workbooks with the same sheets and cells as HTTP, to a file or a pipe", async () => {
      const cells = async (bytes: Uint8Array) => (await readWorkbook(bytes)).worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
      const roadmap = path.join(dir, "roadmap.xlsx");
      const { stderr } = await run(tsx, [cli, "roadmap", "--org", "jca-mv", "--lanes", "organization", "--format", "xlsx", "--out", roadmap], { env, cwd: projectRoot });
      expect(stderr).toMatch(/wrote \d+ roadmap items to .*roadmap\.xlsx/);
      expect(await cells(readFileSync(roadmap))).toEqual(await cells((await download(`${url}/roadmap.xlsx?org=jca-mv&lanes=organization`)).bytes));

      const { stdout } = await run(tsx, [cli, "contacts", "--org", "jca-mv", "--asOf", "2026-06-01", "--format", "xlsx"], { env, cwd: projectRoot, encoding: "buffer" });
      expect(await cells(stdout)).toEqual(await cells((await download(`${url}/contacts.xlsx?org=jca-mv&asOf=2026-06-01`)).bytes));
    });

    it("refuses bad options and filters with exit code 2 and the API's message", async () => {
      const failure = (args: string[]) => run(tsx, [cli, ...args], { env, cwd: projectRoot }).then(() => undefined, (error: { code: number; stderr: string }) => error);
      const unknownFilter = await failure(["contacts", "--organization", "jca-mv"]);
      expect(unknownFilter?.code).toBe(2);
      expect(unknownFilter?.stderr).toMatch(/Unknown option '--organization'/);
      const wrongFormat = await failure(["calendar", "--format", "csv"]);
      expect(wrongFormat?.stderr).toMatch(/calendar exports as ics, not "csv"/);
      const badOrg = await failure(["contacts", "--org", "no-such-body"]);
      expect(badOrg?.code).toBe(2);
      expect(badOrg?.stderr).toMatch(/BAD_USER_INPUT: org\[0\]: no organization "no-such-body"/);
    });
  });
});

/**
 * Texts that need quoting (CSV), escaping (vCard, iCalendar) and folding, in a graph of their own:
 * a body, people with two roles, a document, events in Geneva and New York, a deadline and a
 * deliverable, all with commas, quotes, semicolons, accents and line breaks.
 */
describe("exports of names and texts that need quoting survive a round trip", () => {
  let engine: WritableEngine;
  let app: RunningApp;
  let url: string;

  const ORG = 'Bureau "Ouest", Genève; Section 2';
  const SUB = "Sous-groupe «Ÿ», 1";
  const ASA = 'Åsa "Ace" O\'Brien-Fröjdh, Jr.';
  const ZOE = "Zoë Ñúñez; Müller";
  const TITLE = 'Chair, "Working Party 1";\nEditor of X.1';
  const MEETING = 'Meeting "Alpha", Genève; room 1';
  const DESCRIPTION = 'Line one,\nline "two"; a long line that the iCalendar writer has to fold because it is longer than seventy-five octets, with accents: é à ü ø ß';

  beforeAll(async () => {
    engine = await acquireWritableEngine();
    app = await startApp(testConfig({ ...engine.env, SEED_ON_EMPTY: "false", MVGRAPH_API_KEYS: API_KEYS }), testLog);
    await app.prepared;
    url = `${app.http.url}/export`;
    await app.db.write(
      `CREATE (doc:Document {id: 'x-doc', kind: 'WEB_PAGE', reference: 'X/1', title: 'Notes, "draft"; v2', url: 'https://example.org/x?a=1&b=2', sources: ['x-doc']})
       CREATE (org:Organization {id: 'x-org', name: $org, acronym: 'BO;2', kind: 'OTHER', status: 'ACTIVE', aliases: [], sources: ['x-doc#p1']})
       CREATE (sub:Organization {id: 'x-sub', name: $sub, kind: 'OTHER', status: 'ACTIVE', aliases: [], sources: ['x-doc#p1']})-[:PART_OF {sources: ['x-doc#p1']}]->(org)
       CREATE (asa:Person {id: 'x-asa', name: $asa, honorific: 'Ms', email: 'asa.obrien+mv@example.org', phone: '+41 22 730 51 11', country: 'CH', aliases: [], sources: ['x-doc#p2']})
       CREATE (zoe:Person {id: 'x-zoe', name: $zoe, aliases: [], sources: ['x-doc#p2']})
       CREATE (asa)-[:HOLDS_ROLE {id: 'x-role-1', role: 'CHAIR', title: $title, since: '2025-01-01', sinceDate: date('2025-01-01'), sources: ['x-doc#p2']}]->(org)
       CREATE (zoe)-[:HOLDS_ROLE {id: 'x-role-2', role: 'CONTACT_PERSON', since: '2025-01-01', sinceDate: date('2025-01-01'), sources: ['x-doc#p3']}]->(org)
       CREATE (zoe)-[:HOLDS_ROLE {id: 'x-role-3', role: 'VICE_CHAIR', title: 'Vice-chair, «Ÿ»', since: '2025-06-01', sinceDate: date('2025-06-01'), sources: ['x-doc#p3']}]->(sub)
       CREATE (m:Event {id: 'x-meeting', name: $meeting, kind: 'MEETING', start: '2027-03-29', startDate: date('2027-03-29'), end: '2027-03-29', endDate: date('2027-03-29'),
                        startsAt: datetime('2027-03-29T09:00:00[Europe/Zurich]'), endsAt: datetime('2027-03-29T17:30:00[Europe/Zurich]'), timezone: 'Europe/Zurich',
                        venue: 'CICG, Salle "1"', city: 'Genève', country: 'CH', description: $description, sources: ['x-doc#p4', 'x-doc#p5']})-[:MEETING_OF {sources: ['x-doc#p4']}]->(org)
       CREATE (ny:Event {id: 'x-new-york', name: 'Online, "NY" session', kind: 'WORKSHOP', start: '2027-01-15', startDate: date('2027-01-15'), end: '2027-01-15', endDate: date('2027-01-15'),
                         startsAt: datetime('2027-01-15T10:00:00[America/New_York]'), endsAt: datetime('2027-01-15T12:00:00[America/New_York]'), timezone: 'America/New_York', sources: ['x-doc#p6']})-[:ORGANIZED_BY {sources: ['x-doc#p6']}]->(sub)
       CREATE (side:Event {id: 'x-side', name: 'Side event; «Beta»', kind: 'EVENT', start: '2027-03-28', startDate: date('2027-03-28'), end: '2027-03-30', endDate: date('2027-03-30'), sources: ['x-doc#p7']})
       CREATE (m)-[:COLLOCATED_WITH {sources: ['x-doc#p7']}]->(side)
       CREATE (:Event {id: 'x-vague', name: 'Sometime in May', kind: 'MEETING', start: '2027-05', startDate: date('2027-05-01'), end: '2027-05', endDate: date('2027-05-01'), sources: ['x-doc']})-[:MEETING_OF {sources: ['x-doc']}]->(org)
       CREATE (:Deadline {id: 'x-deadline', kind: 'CONTRIBUTION', due: '2027-03-01', dueDate: date('2027-03-01'), description: 'Inputs, please; "by e-mail"\nsecond line', submitTo: 'sec@example.org', sources: ['x-doc#p8']})-[:DEADLINE_OF {sources: ['x-doc#p8']}]->(m)
       CREATE (t:Topic {id: 'x-topic', name: 'Topics, "quoted"; yes', aliases: [], sources: ['x-doc']})
       CREATE (d:Deliverable {id: 'x-deliverable', code: 'X.1, "rev"', title: 'Guide; part 1\nAnnex «A»', kind: 'STANDARD', status: 'IN_PROGRESS', target: '2027-06', targetDate: date('2027-06-01'),
                              confidence: 'confirmed', aliases: [], sources: ['x-doc#p9']})-[:DEVELOPED_BY {sources: ['x-doc#p9']}]->(org)
       CREATE (d)-[:ADDRESSES {sources: ['x-doc#p9']}]->(t)`,
      { org: ORG, sub: SUB, asa: ASA, zoe: ZOE, title: TITLE, meeting: MEETING, description: DESCRIPTION },
    );
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await engine?.release();
  });

  it("CSV (with and without BOM) gives back every name and title exactly", async () => {
    for (const bom of ["false", "true"]) {
      const file = await download(`${url}/contacts.csv?org=x-org&asOf=2026-01-01&bom=${bom}`);
      const rows = parseCsv(file.text.replace(/^\uFEFF/, ""));
      expect(rows.map(({ name, organization, organization_acronym, role, title, email, phone }) => ({ name, organization, organization_acronym, role, title, email, phone }))).toEqual([
        { name: ASA, organization: ORG, organization_acronym: "BO;2", role: "CHAIR", title: TITLE, email: "asa.obrien+mv@example.org", phone: "+41 22 730 51 11" },
        { name: ZOE, organization: ORG, organization_acronym: "BO;2", role: "CONTACT_PERSON", title: "", email: "", phone: "" },
        { name: ZOE, organization: SUB, organization_acronym: "", role: "VICE_CHAIR", title: "Vice-chair, «Ÿ»", email: "", phone: "" },
      ]);
      expect(rows[0]!.sources).toBe("x-doc#p2");
    }
  });

  it("vCard gives back names, bodies and titles exactly, one card per person with all their roles", async () => {
    const text = (await download(`${url}/contacts.vcf?org=x-org&asOf=2026-01-01`)).text;
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true); // folded (RFC 6350 3.2)
    const { vCards } = parseVCards(text);
    expect(vCards?.map((c) => c.FN[0]!.value)).toEqual([ASA, ZOE]);
    // N: the family name kept with its punctuation, the suffix apart; ";" and "," escaped in FN and N alike.
    expect(vCards![0]!.N!.value).toMatchObject({ familyNames: ["O'Brien-Fröjdh"], givenNames: ["Åsa"], additionalNames: ['"Ace"'], honorificSuffixes: ["Jr."] });
    expect(vCards![1]!.N!.value).toMatchObject({ familyNames: ["Müller"], givenNames: ["Zoë"], additionalNames: ["Ñúñez;"] });
    const [asa, zoe] = vCards!;
    expect(asa!.ORG?.map((o) => o.value.join(";"))).toEqual([ORG]);
    expect(asa!.TITLE?.map((t) => t.value)).toEqual([TITLE]);
    expect(asa!.EMAIL?.[0]?.value).toBe("asa.obrien+mv@example.org");
    expect(asa!.TEL?.[0]?.value).toBe("+41 22 730 51 11");
    expect(zoe!.ORG?.map((o) => o.value.join(";"))).toEqual([ORG, SUB]);
    expect(zoe!.TITLE?.map((t) => t.value)).toEqual(["Contact person, BO;2", "Vice-chair, «Ÿ»"]);
    expect(zoe!.ROLE?.map((r) => r.value)).toEqual(["Contact person", "Vice-chair"]);
    expect(zoe!.EMAIL).toBeUndefined();
    expect(zoe!.NOTE?.[0]?.value).toBe(`Contact person of ${ORG} (since 2025-01-01). Sources: x-doc#p3.\nVice-chair of ${SUB} (since 2025-06-01). Sources: x-doc#p3.`);
  });

  it("iCalendar gives back names, places and descriptions exactly, each event in its own time zone", async () => {
    const text = (await download(`${url}/calendar.ics?org=x-org`)).text;
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true); // folded (RFC 5545 3.1)
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York");
    const byUid = new Map(parseIcs(text).map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual(["deadline-x-deadline@mvgraph", "event-x-meeting@mvgraph", "event-x-new-york@mvgraph", "event-x-side@mvgraph"]);

    const meeting = byUid.get("event-x-meeting@mvgraph")!;
    expect(meeting.summary).toBe(MEETING);
    expect(meeting.location).toBe('CICG, Salle "1", Genève, CH');
    expect(localTime(meeting.start, "Europe/Zurich")).toBe("2027-03-29 09:00"); // the day after the switch to summer time
    expect(meeting.start.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    expect(localTime(meeting.end!, "Europe/Zurich")).toBe("2027-03-29 17:30");
    expect(meeting.description).toBe(
      `${DESCRIPTION}\nMeeting of: BO;2 (${ORG})\nCollocated with: Side event; «Beta» (2027-03-28)\nSources:\n- X/1, Notes, "draft"; v2 [p4, p5] https://example.org/x?a=1&b=2`,
    );

    const newYork = byUid.get("event-x-new-york@mvgraph")!;
    expect(newYork.summary).toBe('Online, "NY" session');
    expect(newYork.start.tz).toBe("America/New_York");
    expect(newYork.start.toISOString()).toBe("2027-01-15T15:00:00.000Z"); // 10:00 EST
    expect(String(newYork.description)).toContain(`Organized or hosted by: ${SUB}`);

    const deadline = byUid.get("deadline-x-deadline@mvgraph")!;
    expect(deadline.summary).toBe(`Contribution deadline: ${MEETING}`);
    expect(deadline.description).toBe(`Inputs, please; "by e-mail"\nsecond line\nSubmit to: sec@example.org\nFor: ${MEETING} (2027-03-29)\nSources:\n- X/1, Notes, "draft"; v2 [p8] https://example.org/x?a=1&b=2`);
  });

  it("the roadmap CSV gives back codes, titles and topics exactly, undated and vague items included, dates as precisely as given", async () => {
    const rows = parseCsv((await download(`${url}/roadmap.csv?org=x-org`)).text);
    expect(rows.map(({ date, item, code, title, topics, collocated_with }) => ({ date, item, code, title, topics, collocated_with }))).toEqual([
      { date: "2027-01-15", item: "EVENT", code: "", title: 'Online, "NY" session', topics: "", collocated_with: "" },
      { date: "2027-03-28", item: "EVENT", code: "", title: "Side event; «Beta»", topics: "", collocated_with: MEETING },
      { date: "2027-03-29", item: "EVENT", code: "", title: MEETING, topics: "", collocated_with: "" },
      { date: "2027-05", item: "EVENT", code: "", title: "Sometime in May", topics: "", collocated_with: "" },
      { date: "2027-06", item: "DELIVERABLE", code: 'X.1, "rev"', title: "Guide; part 1\nAnnex «A»", topics: 'Topics, "quoted"; yes', collocated_with: "" },
    ]);
  });

  it("the contacts workbook gives back every name, title and date exactly, and the documents cited", async () => {
    const workbook = await readWorkbook((await download(`${url}/contacts.xlsx?org=x-org&asOf=2026-01-01`)).bytes);
    const rows = sheetRows(workbook.getWorksheet("Contacts"));
    expect(rows.map((r) => ({ name: r.Name, organization: r.Organization, acronym: r["Organization acronym"], role: r.Role, title: r.Title, email: r["E-mail"], phone: r.Phone }))).toEqual([
      { name: ASA, organization: ORG, acronym: "BO;2", role: "Chair", title: TITLE, email: "asa.obrien+mv@example.org", phone: "+41 22 730 51 11" },
      { name: ZOE, organization: ORG, acronym: "BO;2", role: "Contact person", title: null, email: null, phone: null },
      { name: ZOE, organization: SUB, acronym: null, role: "Vice-chair", title: "Vice-chair, «Ÿ»", email: null, phone: null },
    ]);
    expect(rows[0]).toMatchObject({ Since: utcDay("2025-01-01"), "Since precision": "day", Until: null, Sources: "x-doc#p2", "Source documents": 'X/1, Notes, "draft"; v2 [p2]' });
    expect(sheetRows(workbook.getWorksheet("Sources"))).toEqual([{ Document: "x-doc", Reference: "X/1", Title: 'Notes, "draft"; v2', Address: "https://example.org/x?a=1&b=2" }]);
  });

  it("the roadmap workbook gives back codes, titles and topics exactly, partial dates as months, a sheet per lane", async () => {
    const workbook = await readWorkbook((await download(`${url}/roadmap.xlsx?org=x-org`)).bytes);
    expectTables(workbook);
    const all = sheetRows(workbook.getWorksheet("All items"));
    expect(all.map((r) => ({ date: r.Date, precision: r["Date precision"], kind: r["Date kind"], code: r.Code, title: r.Title, topics: r.Topics, collocated: r["Collocated with"] }))).toEqual([
      { date: utcDay("2027-01-15"), precision: "day", kind: "START", code: null, title: 'Online, "NY" session', topics: null, collocated: null },
      { date: utcDay("2027-03-28"), precision: "day", kind: "START", code: null, title: "Side event; «Beta»", topics: null, collocated: MEETING },
      { date: utcDay("2027-03-29"), precision: "day", kind: "START", code: null, title: MEETING, topics: null, collocated: null },
      { date: utcDay("2027-05-01"), precision: "month", kind: "START", code: null, title: "Sometime in May", topics: null, collocated: null },
      { date: utcDay("2027-06-01"), precision: "month", kind: "TARGET", code: 'X.1, "rev"', title: "Guide; part 1\nAnnex «A»", topics: 'Topics, "quoted"; yes', collocated: null },
    ]);
    expect(all.find((r) => r.Id === "x-side")).toMatchObject({ "End date": utcDay("2027-03-30"), "End date precision": "day" });
    expect(all.find((r) => r.Id === "x-deliverable")).toMatchObject({ Status: "IN_PROGRESS", Confidence: "confirmed", Organizations: "BO;2", "Source documents": 'X/1, Notes, "draft"; v2 [p9]' });
    expect(formatOf(workbook.getWorksheet("All items")!, "Id", "x-deliverable", "Date")).toBe("yyyy-mm");

    expect(workbook.worksheets.map((s) => s.name)).toEqual(["All items", 'Topics, "quoted"; yes', "No topic", "Sources"]);
    expect(sheetRows(workbook.getWorksheet('Topics, "quoted"; yes')).map((r) => r.Id)).toEqual(["x-deliverable"]);
    expect(sheetRows(workbook.getWorksheet("No topic")).map((r) => r.Id)).toEqual(["x-new-york", "x-side", "x-meeting", "x-vague"]);

    const byOrganization = await readWorkbook((await download(`${url}/roadmap.xlsx?org=x-org&lanes=organization`)).bytes);
    expect(byOrganization.worksheets.map((s) => s.name)).toEqual(["All items", "BO;2", SUB, "No organization", "Sources"]);
    expect(sheetRows(byOrganization.getWorksheet("BO;2")).map((r) => r.Id)).toEqual(["x-meeting", "x-vague", "x-deliverable"]);
    expect(sheetRows(byOrganization.getWorksheet(SUB)).map((r) => r.Id)).toEqual(["x-new-york"]);
    expect(sheetRows(byOrganization.getWorksheet("No organization")).map((r) => r.Id)).toEqual(["x-side"]);
  });
});
