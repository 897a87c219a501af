import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { postGraphQL, testConfig, testLog, type Json } from "./helpers.js";
import { generateScaleGraph, WRITE_SCALE_GRAPH, type ScaleGraph } from "./roadmap-scale-graph.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * The roadmap at the scale of the bodies' catalogues: a thousand deliverables of the test's own
 * (roadmap-scale-graph.ts) grouped by standard series, cut by filters, and exported whole.
 */

let engine: WritableEngine;
let app: RunningApp;
let graph: ScaleGraph;

beforeAll(async () => {
  engine = await acquireWritableEngine();
  app = await startApp(testConfig({ ...engine.env, SEED_ON_EMPTY: "false", REQUEST_TIMEOUT_MS: "120000" }), testLog);
  await app.prepared;
  graph = generateScaleGraph({ deliverables: 1000, seed: 29, prefix: "scale" });
  await app.db.write(WRITE_SCALE_GRAPH, { doc: "scale-doc", ...graph });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await engine?.release();
});

async function api(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { body } = await postGraphQL(app.http.url, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Json;
}

/** Expected: the generator's own series of each item (its meetings go with the body holding them). */
function expectedSeries(g: ScaleGraph, keep: (d: { body: string; code: string }) => boolean = () => true): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const d of g.deliverables) if (keep(d)) add(d.series);
  for (const m of g.meetings) if (keep({ body: m.body, code: m.name })) add(`Meetings of ${g.bodies.find((b) => b.id === m.body)!.acronym}`);
  return counts;
}

const SERIES = "series { key name count planned done overdue first last }";

describe("the roadmap of a thousand deliverables, by standard series", { timeout: 240_000 }, () => {
  it("groups every matching item into the series its reference family numbers it in, with counts", async () => {
    const { roadmap } = await api(`{ roadmap(organizations: ["scale-root"], series: []) { total items { kind } ${SERIES} } }`);
    const expected = expectedSeries(graph);
    expect(graph.deliverables.length).toBe(1000);
    expect(expected.size).toBeGreaterThan(100); // many series, as a catalogue has
    const got = new Map((roadmap.series as Json[]).map((s) => [s.name as string, s.count as number]));
    expect(got).toEqual(expected);
    // An empty `series` lists no items: the page asks for the items of the series it opens.
    expect(roadmap.items).toEqual([]);
    expect(roadmap.total).toBe(0);
    // Planned, done and dates add up per series.
    for (const s of roadmap.series as Json[]) {
      expect(s.planned + s.done, s.name).toBe(s.count);
      expect(s.first <= s.last, s.name).toBe(true);
    }
    const names = (roadmap.series as Json[]).map((s) => s.name as string);
    expect(names).toEqual([...names].sort(new Intl.Collator("en", { numeric: true, sensitivity: "base" }).compare));
  });

  it("lists the items of the series asked for, and only those", async () => {
    const { roadmap: all } = await api(`{ roadmap(organizations: ["scale-root"], series: []) { ${SERIES} } }`);
    const largest = [...(all.series as Json[])].sort((a, b) => b.count - a.count).slice(0, 3);
    const keys = largest.map((s) => s.key as string);
    const { roadmap } = await api(`query($series: [String!]) { roadmap(organizations: ["scale-root"], series: $series, first: 500) { total items { series { key name } deliverable { code } event { name } } } }`, {
      series: keys,
    });
    expect(roadmap.total).toBe(largest.reduce((sum, s) => sum + s.count, 0));
    expect(roadmap.items).toHaveLength(roadmap.total);
    for (const item of roadmap.items as Json[]) expect(keys).toContain(item.series.key);
    const codes = new Set((roadmap.items as Json[]).map((i) => i.deliverable?.code ?? i.event.name));
    const expected = graph.deliverables.filter((d) => largest.some((s) => s.name === d.series)).map((d) => d.code);
    for (const code of expected) expect(codes.has(code), code).toBe(true);
  });

  it("cuts the timeline by body (with its sub-groups), window and words, the series following", async () => {
    const group = "scale-g2";
    const inGroup = new Set(graph.bodies.filter((b) => b.id === group || b.parent === group).map((b) => b.id));
    const { roadmap: byBody } = await api(`{ roadmap(organizations: ["${group}"], series: []) { ${SERIES} } }`);
    expect(new Map((byBody.series as Json[]).map((s) => [s.name, s.count]))).toEqual(expectedSeries(graph, (d) => inGroup.has(d.body)));

    const { roadmap: window } = await api(`{ roadmap(organizations: ["scale-root"], from: "2026-01-01", to: "2026-12-31", include: [DELIVERABLE], first: 500) { total items { date } } }`);
    expect(window.total).toBe(graph.deliverables.filter((d) => d.date.startsWith("2026")).length);

    // Words: a series' number finds its parts, in any case; a title word finds titles.
    const iso = graph.deliverables.find((d) => d.code.startsWith("ISO/IEC"))!;
    const number = /ISO\/IEC (?:TR )?(\d+)/.exec(iso.code)![1]!;
    const { roadmap: words } = await api(`query($text: String) { roadmap(organizations: ["scale-root"], text: $text, first: 500) { total items { deliverable { code } } } }`, { text: ` iso/iec  ${number} ` });
    const expected = graph.deliverables.filter((d) => d.code.toLowerCase().includes(`iso/iec ${number}`)).map((d) => d.code).sort();
    expect((words.items as Json[]).map((i) => i.deliverable.code).sort()).toEqual(expected);
    const { roadmap: title } = await api(`{ roadmap(organizations: ["scale-root"], text: "HAPTIC", include: [DELIVERABLE], first: 1) { total } }`);
    expect(title.total).toBe(graph.deliverables.filter((d) => /haptic/i.test(d.title) || /haptic/i.test(d.code)).length);
  });

  it("refuses words longer than the filter takes, naming the argument", async () => {
    const { body } = await postGraphQL(app.http.url, `query($text: String) { roadmap(text: $text) { total } }`, { text: "x".repeat(201) });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/^text: at most 200 characters/);
    const response = await fetch(`${app.http.url}/export/roadmap.csv?q=${"x".repeat(201)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error.field).toBe("q");
  });

  it("exports all of it: the CSV a line per item, the workbook a sheet per series, the words filter too", async () => {
    const items = graph.deliverables.length + graph.meetings.length;
    let started = performance.now();
    const csvResponse = await fetch(`${app.http.url}/export/roadmap.csv?org=scale-root`);
    const csvText = await csvResponse.text();
    const csvMs = performance.now() - started;
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("x-export-count")).toBe(String(items));
    const csv = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(items);
    expect(new Set(csv.data.map((r) => r.code)).size).toBe(graph.deliverables.length + 1); // events have no code

    started = performance.now();
    const xlsxResponse = await fetch(`${app.http.url}/export/roadmap.xlsx?org=scale-root&lanes=series`);
    const bytes = new Uint8Array(await xlsxResponse.arrayBuffer());
    const xlsxMs = performance.now() - started;
    expect(xlsxResponse.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.getWorksheet("All items")!.rowCount - 1).toBe(items);
    const seriesSheets = workbook.worksheets.filter((w) => w.name !== "All items" && w.name !== "Sources");
    expect(seriesSheets).toHaveLength(expectedSeries(graph).size);
    expect(seriesSheets.reduce((sum, w) => sum + w.rowCount - 1, 0)).toBe(items);

    const number = /ISO\/IEC (?:TR )?(\d+)/.exec(graph.deliverables.find((d) => d.code.startsWith("ISO/IEC"))!.code)![1]!;
    const narrowed = await fetch(`${app.http.url}/export/roadmap.csv?org=scale-root&q=${encodeURIComponent(`ISO/IEC ${number}`)}`);
    expect(narrowed.headers.get("x-export-count")).toBe(String(graph.deliverables.filter((d) => d.code.includes(`ISO/IEC ${number}`)).length));
    // Figures for docs/pages.md (not asserted: they depend on the machine).
    console.log(`roadmap export of ${items} items: CSV ${csvText.length} characters in ${csvMs.toFixed(0)} ms; workbook by series ${bytes.length} bytes, ${workbook.worksheets.length} sheets, in ${xlsxMs.toFixed(0)} ms`);
  });
});
