import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { isLocal, openBrowser, type Browser } from "./browser.js";
import { PATIENT, postGraphQL, startTestApp } from "./helpers.js";

/**
 * The roadmap page in Debian's Chromium, served by the product, checked against the GraphQL API
 * it reads. Screenshots of each view go to test-results/.
 */
const SCREENSHOTS = path.join(projectRoot, "test-results");
const WAIT = { timeout: 30_000 };

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp(PATIENT);
  browser = await openBrowser({ width: 1440, height: 900 });
  page = browser.page;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function api(query: string): Promise<Json> {
  const { body } = await postGraphQL(app.http.url, query);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Json;
}

const status = () => page.locator("#status").innerText();
/** The id of the focused element (evaluated in the page, which has a DOM; this file's types do not). */
const focusedId = () => page.evaluate<string | null>("document.activeElement && document.activeElement.id");
const timelineItem = (text: string) => page.locator(".vis-item", { hasText: text });

describe("the roadmap page", { timeout: 240_000 }, () => {
  it("loads from the product alone and shows the timeline with the 2026 JCA-MV meeting", async () => {
    const response = await page.goto(`${app.http.url}/roadmap?lanes=topic`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");

    const { roadmap } = await api("{ roadmap(first: 500) { items { date } } }");
    const dated = (roadmap.items as Json[]).filter((item) => item.date).length;
    await expect.poll(status, WAIT).toMatch(new RegExp(`^${dated} items on the timeline`));
    await expect.poll(() => timelineItem("2nd meeting of the JCA-MV").count(), WAIT).toBeGreaterThan(0);
    expect(await timelineItem("2nd meeting of the JCA-MV").first().isVisible()).toBe(true);

    expect(browser.requested.some((url) => /\/roadmap\/assets\/.*\.js$/.test(url))).toBe(true);
    expect(browser.requested.some((url) => url.endsWith("/graphql"))).toBe(true);
    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it("opens around today (a year back, two ahead) with the data's date, a legend, and overdue items flagged", async () => {
    const { summary, roadmap } = await api("{ summary { today dataAsOf } roadmap(first: 500) { items { overdue planned date dateAsGiven deliverable { id code } } } }");
    expect(await page.locator("#data-as-of").innerText()).toBe(`Data as of ${summary.dataAsOf} (the newest source document); today is ${summary.today}.`);
    const shift = (months: number) => {
      const d = new Date(`${summary.today}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    expect(await page.locator("#timeline").getAttribute("data-window-start")).toBe(shift(-12));
    expect(await page.locator("#timeline").getAttribute("data-window-end")).toBe(shift(24));
    // What is still planned and inside the window is drawn, with its label whole (not cut at the edge).
    const box = (await page.locator("#timeline .vis-center").boundingBox())!;
    const upcoming = (roadmap.items as Json[]).filter((i) => i.planned && i.deliverable && i.date >= shift(-12) && i.date <= shift(24));
    expect(upcoming.length).toBeGreaterThan(0);
    for (const item of upcoming) {
      const drawn = timelineItem(item.deliverable.code).first();
      await drawn.waitFor(WAIT);
      const label = (await drawn.boundingBox())!;
      expect(label.x + label.width, item.deliverable.code).toBeLessThanOrEqual(box.x + box.width);
    }
    const overdue = (roadmap.items as Json[]).filter((i) => i.overdue);
    expect(overdue.length).toBeGreaterThan(0); // the seed graph has a deliverable past its target, still planned
    for (const item of overdue) expect(item.planned).toBe(true);
    const overdueInView = overdue.filter((i) => i.date >= shift(-12));
    for (const item of overdueInView) {
      expect(await timelineItem(item.deliverable.code).first().getAttribute("class")).toContain("item-overdue");
      expect(await timelineItem(item.deliverable.code).first().innerText()).toContain("overdue");
    }
    expect(await page.locator(".vis-item.item-overdue").count()).toBeGreaterThanOrEqual(overdueInView.length);
    const legend = await page.locator(".timeline-legend").innerText();
    for (const word of ["event", "deliverable planned", "deliverable done", "overdue", "withdrawn", "collocated", "today"]) expect(legend).toContain(word);
  });

  it("keeps the precision of dates: a year-only date reads as the year in the table, the CSV and the workbook", async () => {
    const { roadmap } = await api("{ roadmap(first: 500) { items { date dateAsGiven deliverable { code } } } }");
    const yearOnly = (roadmap.items as Json[]).find((i) => i.deliverable && /^\d{4}$/.test(i.dateAsGiven ?? ""));
    expect(yearOnly).toBeDefined();
    expect(yearOnly!.date).toBe(`${yearOnly!.dateAsGiven}-01-01`);
    await page.locator("#item-list summary").click();
    const row = page.locator("#item-rows tr", { hasText: yearOnly!.deliverable.code }).first();
    expect(await row.locator("td").first().innerText()).toBe(yearOnly!.dateAsGiven);
    await page.locator("#item-list summary").click();
    const csv = Papa.parse<Record<string, string>>(await (await fetch(`${app.http.url}/export/roadmap.csv`)).text(), { header: true, skipEmptyLines: true });
    expect(csv.data.find((r) => r.code === yearOnly!.deliverable.code)?.date).toBe(yearOnly!.dateAsGiven);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await (await fetch(`${app.http.url}/export/roadmap.xlsx`)).arrayBuffer()).buffer);
    const sheet = workbook.getWorksheet("All items")!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    let format: string | undefined;
    sheet.eachRow((r, n) => {
      if (n > 1 && r.getCell(headers.indexOf("Code")).value === yearOnly!.deliverable.code) format = r.getCell(headers.indexOf("Date")).numFmt;
    });
    expect(format).toBe("yyyy");
  });

  it("opens an item's details and sources with a click on the timeline", async () => {
    await timelineItem("2nd meeting of the JCA-MV").first().click();
    const details = page.locator("#details-body");
    await expect.poll(() => details.innerText(), WAIT).toContain("08:30–10:30 local time (Europe/Zurich)");
    const { document } = await api('{ document(key: "tsb-circular-jca-mv-2") { title } }');
    const text = await details.innerText();
    expect(text).toContain("2nd meeting of the JCA-MV");
    expect(text).toMatch(/Meeting of\s+JCA-MV/);
    expect(text).toContain("3rd UN Virtual Worlds Day");
    expect(text).toContain(document.title);
    await page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-timeline.png"), fullPage: true });
  });

  it("narrows the timeline, the address and the download links when a filter changes", async () => {
    const { roadmap } = await api('{ roadmap(first: 500, organizations: ["jca-mv"]) { items { date dateAsGiven deliverable { code } } } }');
    const dated = (roadmap.items as Json[]).filter((item) => item.date);
    expect(dated.length).toBeLessThan(40);
    await page.selectOption("#f-org", "jca-mv");
    await expect.poll(status, WAIT).toMatch(new RegExp(`^${dated.length} items on the timeline`));
    expect(await timelineItem("FGMV-22").count()).toBe(0);
    expect(await timelineItem("2nd meeting of the JCA-MV").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe("?org=jca-mv&lanes=topic");

    const href = await page.locator("#downloads a", { hasText: "Roadmap (CSV)" }).getAttribute("href");
    expect(href).toBe("/export/roadmap.csv?org=jca-mv");
    const csv = Papa.parse<Record<string, string>>(await (await fetch(`${app.http.url}${href}`)).text(), { header: true, skipEmptyLines: true });
    expect(csv.data.map((row) => row.date)).toEqual(dated.map((item) => item.dateAsGiven));
    expect(await page.locator("#downloads a", { hasText: "Contacts (vCard)" }).getAttribute("href")).toBe("/export/contacts.vcf?org=jca-mv");
    expect(await page.locator("#downloads a", { hasText: "Contacts (Excel)" }).getAttribute("href")).toBe("/export/contacts.xlsx?org=jca-mv");

    // The workbook: the timeline's items, a sheet per lane as the timeline shows them.
    const workbookLink = page.locator("#downloads a", { hasText: "Roadmap (Excel" });
    expect(await workbookLink.innerText()).toBe("Roadmap (Excel, a sheet per topic)");
    const xlsxHref = await workbookLink.getAttribute("href");
    expect(xlsxHref).toBe("/export/roadmap.xlsx?org=jca-mv&lanes=topic");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await (await fetch(`${app.http.url}${xlsxHref}`)).arrayBuffer()).buffer);
    expect(workbook.getWorksheet("All items")!.rowCount - 1).toBe(dated.length);
    await page.locator('input[name="lanes"][value="organization"]').check();
    await expect.poll(() => workbookLink.getAttribute("href"), WAIT).toBe("/export/roadmap.xlsx?org=jca-mv&lanes=organization");
    await page.locator('input[name="lanes"][value="topic"]').check();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe("?org=jca-mv&lanes=topic");

    await page.locator('input[name="deliverables"]').uncheck();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe("?org=jca-mv&deliverables=false&lanes=topic");
    await expect.poll(() => page.locator(".vis-item.item-event").count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator(".vis-item.item-deliverable").count()).toBe(0);
  });

  it("groups the timeline by standard series: a lane per series of the window, closed and opened by its name, words in the address", async () => {
    const { summary } = await api("{ summary { today } }");
    const shift = (months: number) => {
      const d = new Date(`${summary.today}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    const { roadmap } = await api(`{ roadmap(from: "${shift(-12)}", to: "${shift(24)}", series: []) { series { key name count } } }`);
    const series = roadmap.series as Json[];
    const items = series.reduce((sum, s) => sum + (s.count as number), 0);
    expect(series.length).toBeGreaterThan(3);
    await page.goto(`${app.http.url}/roadmap`);
    // Few items match: every series of the page is open, the pager says which series are shown.
    await expect.poll(status, WAIT).toMatch(new RegExp(`^\\d+ items on the timeline: .* in ${series.length} series`));
    expect(Number(await page.locator("#timeline").getAttribute("data-lanes"))).toBe(Math.min(series.length, 25));
    expect(await page.locator("#series-pager").innerText()).toContain(`series 1–${Math.min(series.length, 25)} of ${series.length}`);
    const largest = [...series].sort((a, b) => b.count - a.count)[0]!;
    const lane = () => page.locator(`.lane-toggle[data-series=${JSON.stringify(largest.key)}]`);
    expect(await lane().getAttribute("aria-expanded")).toBe("true");
    await lane().click();
    await expect.poll(() => lane().getAttribute("aria-expanded"), WAIT).toBe("false");
    expect(new URL(page.url()).searchParams.getAll("shut")).toEqual([largest.key]);
    // Closed: one bar with its counts, and the other items still drawn.
    await expect.poll(() => page.locator(".vis-item.item-summary").first().innerText(), WAIT).toContain(`${largest.count} item`);
    await expect.poll(status, WAIT).toMatch(new RegExp(`^${items - largest.count} items on the timeline`));
    await lane().click();
    await expect.poll(() => lane().getAttribute("aria-expanded"), WAIT).toBe("true");

    // Words cut the series to those that hold them.
    await page.fill("#f-q", "FGMV");
    await expect.poll(() => new URL(page.url()).searchParams.get("q"), WAIT).toBe("FGMV");
    const { roadmap: fgmv } = await api(`{ roadmap(from: "${shift(-12)}", to: "${shift(24)}", text: "FGMV", series: []) { series { name } } }`);
    await expect.poll(() => page.locator("#timeline").getAttribute("data-lanes"), WAIT).toBe(String(fgmv.series.length));
    expect(await page.locator("#downloads a", { hasText: "Roadmap (CSV)" }).getAttribute("href")).toBe("/export/roadmap.csv?q=FGMV");
    await page.fill("#f-q", "");
    await page.goto(`${app.http.url}/roadmap?lanes=topic`);
    await expect.poll(status, WAIT).toMatch(/items on the timeline/);
    expect(browser.problems).toEqual([]);
  });

  it("works by keyboard: the item table opens details, arrow keys switch the views", async () => {
    await page.locator("#item-list summary").focus();
    await page.keyboard.press("Enter");
    const button = page.locator("#item-rows button", { hasText: "2nd meeting of the JCA-MV" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedId(), WAIT).toBe("details");
    expect(await page.locator("#details-body h3").innerText()).toBe("2nd meeting of the JCA-MV");

    await page.locator("#tab-timeline").focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#tab-network").getAttribute("aria-selected")).toBe("true");
    expect(await focusedId()).toBe("tab-network");
    expect(await page.locator("#panel-timeline").isHidden()).toBe(true);
  });

  it("the network view shows JCA-MV's liaisons, and for a topic the bodies without a liaison", async () => {
    await page.locator('button[type="reset"]').click();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe("?view=network");
    const { liaisons } = await api('{ liaisons(of: "jca-mv", first: 300) { links { partner { key name } } } }');
    const partners = (liaisons.links as Json[]).map((link) => link.partner.name as string);
    expect(partners.length).toBeGreaterThan(5);
    await expect.poll(status, WAIT).toMatch(new RegExp(`^JCA-MV: ${partners.length} liaisons`));
    expect(await page.locator("#liaison-list li button").allInnerTexts()).toEqual(partners);
    expect(await page.locator("#network canvas").count()).toBeGreaterThan(0);
    const nodes = Number(await page.locator("#network").getAttribute("data-nodes"));
    expect(nodes).toBeGreaterThan(new Set(partners).size); // the partners, JCA-MV, and parent bodies it inherits from

    await page.selectOption("#f-topic", "interoperability");
    const { liaisonGaps } = await api('{ liaisonGaps(topic: "interoperability", of: "jca-mv", first: 80) { organizations { organization { name } } } }');
    const gaps = (liaisonGaps.organizations as Json[]).map((o) => o.organization.name as string);
    expect(gaps.length).toBeGreaterThan(0);
    await expect.poll(status, WAIT).toMatch(new RegExp(`${gaps.length} without a liaison`));
    expect(await page.locator("#gap-list li button").allInnerTexts()).toEqual(gaps);
    expect(await page.locator("#network").getAttribute("aria-label")).toMatch(/without a liaison/);

    await page.locator("#gap-list li button").first().click();
    await expect.poll(() => page.locator("#details-body h3").innerText(), WAIT).toContain(gaps[0]!);
    await page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-network.png") });

    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it("the network reads with 70 bodies: gaps listed first, zoom and fit, labels drawn at a readable size", async () => {
    const { whoWorksOn } = await api('{ whoWorksOn(topic: "metaverse", us: "jca-mv", first: 80, includeInactive: false) { organizations { organization { key } } } }');
    expect(whoWorksOn.organizations.length).toBeGreaterThan(60);
    await page.goto(`${app.http.url}/roadmap?view=network&topic=metaverse`);
    await expect.poll(status, WAIT).toMatch(/without a liaison/);
    const network = page.locator("#network");
    expect(Number(await network.getAttribute("data-nodes"))).toBeGreaterThan(60);
    expect(await network.getAttribute("data-layout")).toBe("fcose");
    expect(Number(await network.getAttribute("data-label-px"))).toBeGreaterThanOrEqual(9);
    // The gaps come first, above the liaisons.
    const gaps = (await page.locator("#gap-list").boundingBox())!;
    const liaisons = (await page.locator("#liaison-list").boundingBox())!;
    expect(gaps.y).toBeLessThan(liaisons.y);
    expect(gaps.y).toBeLessThan(900);

    const zoom = async () => Number(await network.getAttribute("data-zoom"));
    const before = await zoom();
    await page.locator("#zoom-in").click();
    expect(await zoom()).toBeCloseTo(before * 1.4, 2);
    await page.locator("#zoom-out").click();
    await page.locator("#zoom-out").click();
    expect(await zoom()).toBeCloseTo(before / 1.4, 2);
    await page.locator("#zoom-fit").click();
    expect(await zoom()).toBeLessThanOrEqual(before);
    await page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-network-metaverse.png") });
    expect(browser.problems).toEqual([]);
  });

  it("gives phones a layout of their own: a tall drawing, and a tapped item's details brought into view", async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      await phone.page.goto(`${app.http.url}/roadmap?view=network&topic=metaverse`);
      await expect.poll(() => phone.page.locator("#status").innerText(), WAIT).toMatch(/without a liaison/);
      const drawing = (await phone.page.locator("#network").boundingBox())!;
      expect(drawing.height).toBeGreaterThan(400);
      expect(drawing.width).toBeGreaterThan(300);
      expect(await phone.page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(400);
      await phone.page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-network-phone.png") });

      await phone.page.goto(`${app.http.url}/roadmap?org=jca-mv`);
      await expect.poll(() => phone.page.locator("#status").innerText(), WAIT).toMatch(/items on the timeline/);
      await phone.page.locator(".vis-item", { hasText: "2nd meeting of the JCA-MV" }).first().click();
      await expect.poll(() => phone.page.locator("#details-body h3").count(), WAIT).toBeGreaterThan(0);
      const details = (await phone.page.locator("#details").boundingBox())!;
      // In view: its top within the screen (bounding boxes are relative to the viewport).
      expect(details.y).toBeGreaterThanOrEqual(-1);
      expect(details.y).toBeLessThan(844);
      await phone.page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-details-phone.png") });
    } finally {
      await phone.close();
    }
  });
});
