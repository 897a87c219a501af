import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContext } from "../src/context.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { storeImport } from "../src/import/review.service.js";
import { isLocal, openBrowser, type Browser } from "./browser.js";
import { SG13_CIRCULAR_LINES, sg13Circular } from "./import-fixtures.js";
import { gql, startWritableApp, uniqueId, type WritableApp } from "./writable-app.js";

/**
 * The review page in Debian's Chromium: an editor opens an imported circular, reads it with the
 * evidence highlighted, decides its proposals with the keyboard and applies them; the roadmap,
 * the calendar feed and the contact export then show the new meeting, deadlines and chair, with
 * the circular as their source. Screenshots go to test-results/.
 */
const SCREENSHOTS = path.join(projectRoot, "test-results");
const WAIT = { timeout: 120_000 };

// Each test runs several transactions and HTTP round trips: generous on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

let w: WritableApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  process.env.NEO4J_TX_TIMEOUT_MS ??= "240000"; // the seed loads in one transaction: slow on a busy machine
  process.env.REQUEST_TIMEOUT_MS ??= "120000"; // an import reads the graph to resolve every mention
  w = await startWritableApp();
  browser = await openBrowser({ width: 1440, height: 900 });
  page = browser.page;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 600_000); // the seed loads (and the worker's engine may start): slow on a busy machine

afterAll(async () => {
  await browser?.close();
  await w?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const status = () => page.locator("#status").innerText();
const focusedId = () => page.evaluate<string | null>("document.activeElement && document.activeElement.id");

async function signIn(credential: string): Promise<void> {
  await page.goto(`${w.url}/review`);
  await page.getByLabel("API key or token").fill(credential);
  await page.getByRole("button", { name: "Use this credential" }).press("Enter");
  await expect.poll(status, WAIT).toBe("Credential set for this tab.");
}

describe("the review page", () => {
  it("is served from the product alone, with the same CSP as the roadmap page", async () => {
    const response = await page.goto(`${w.url}/review`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByLabel("Document (DOCX, PDF, HTML, text or Markdown)").count()).toBe(1);
  });

  it("done when: an editor uploads a new circular, decides its proposals with the keyboard and applies them; roadmap, calendar and contacts show it with the circular as source", async () => {
    await signIn(w.credentials.editor);
    await page.setInputFiles("#file", { name: "tsb-circular-231.txt", mimeType: "text/plain", buffer: Buffer.from(SG13_CIRCULAR_LINES.join("\n")) });
    await page.getByRole("button", { name: "Upload and read" }).press("Enter");
    await expect.poll(status, WAIT).toMatch(/^tsb-circular-231\.txt read: \d+ proposed changes to review\.$/);
    const count = await page.locator("#proposal-list > li").count();
    expect(count).toBeGreaterThanOrEqual(5);
    // The evidence is highlighted in the text, and linked to its proposal and back.
    expect(await page.locator("mark.evidence").count()).toBeGreaterThanOrEqual(5);
    const firstLink = page.locator("#proposal-list > li").first().getByRole("link", { name: /^Show in the document/ });
    const target = (await firstLink.getAttribute("href"))!;
    expect(await page.locator(target).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "review-pending.png"), fullPage: false });

    // Keyboard only: reject a confirmation (no other proposal depends on one), accept all the rest, apply.
    const firstReject = page.locator("#proposal-list > li").filter({ has: page.locator("h4", { hasText: /· confirm /i }) }).first().getByRole("button", { name: "Reject" });
    const rejectId = (await firstReject.getAttribute("id"))!;
    await firstReject.focus();
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toMatch(/ rejected\.$/);
    expect(await focusedId()).toBe(rejectId);
    await page.locator("#accept-all").focus();
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toBe(`${count - 1} proposals accepted.`);
    await page.keyboard.press("Tab");
    expect(await focusedId()).toBe("apply");
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toMatch(/^Applied: \d+ changes recorded/);
    await expect.poll(() => page.locator("#review-title").innerText(), WAIT).toMatch(/applied$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "review-applied.png"), fullPage: false });
    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.problems).toEqual([]);

    const importId = new URL(page.url()).searchParams.get("import")!;
    const imported = (await gql(w.url, w.credentials.analyst, "query($id: ID!) { import(id: $id) { document { key } proposals { entityType values evidence { locator } } } }", { id: importId })).body.data as Json;
    const documentKey = imported.import.document.key as string;
    const proposalOf = (type: string) => (imported.import.proposals as Json[]).find((p) => p.entityType === type)!;
    const event = proposalOf("Event");
    const eventKey = event.values.id as string;
    // The roadmap (what the roadmap page shows) has the new meeting, citing the circular.
    const roadmap = (await gql(w.url, undefined, `{ roadmap(organizations: ["itu-t-sg13"], from: "2027-03-01", to: "2027-03-31", include: [EVENT]) { items { event { key sources { ref } } } } }`)).body.data as Json;
    const item = roadmap.roadmap.items.find((i: Json) => i.event?.key === eventKey);
    expect(item.event.sources).toEqual([{ ref: `${documentKey}#${event.evidence.locator}` }]);
    // The calendar feed: the meeting and its deadlines, with the circular among the sources.
    const ics = await (await fetch(`${w.url}/export/calendar.ics?org=itu-t-sg13&from=2027-01-01&to=2027-12-31`)).text();
    expect(ics).toContain(`UID:event-${eventKey}@mvgraph`);
    for (const deadline of (imported.import.proposals as Json[]).filter((p) => p.entityType === "Deadline")) expect(ics).toContain(`UID:deadline-${deadline.values.id as string}@mvgraph`);
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain("TSB Circular 231");
    // The contact export (an analyst's): the new chair, citing the circular.
    const csv = await (await fetch(`${w.url}/export/contacts.csv?org=itu-t-sg13`, { headers: { authorization: `Bearer ${w.credentials.analyst}` } })).text();
    const line = csv.split("\r\n").find((l) => l.includes("Lena Okafor"));
    expect(line).toContain(`${documentKey}#${proposalOf("Role").evidence.locator}`);
  });

  it("an edited proposal built in the contract's shape applies with its edit", async () => {
    const suffix = uniqueId("b").replace(/-/g, "");
    const { plan } = sg13Circular(suffix);
    const ctx = createContext(w.app.db, { viewer: { role: "EDITOR", name: "editor", via: "api-key" } });
    const { import: stored } = await storeImport(ctx, plan).finally(() => ctx.db.end());
    await page.goto(`${w.url}/review?import=${encodeURIComponent(stored.id)}`);
    await expect.poll(() => page.locator("#proposal-list > li").count(), WAIT).toBe(7);
    expect(await page.locator("#evidence-p1").innerText()).toBe("ITU-T Study Group 13 will meet at ITU headquarters, Geneva, from 8 to 17 March 2027");
    await page.locator("#proposal-p5 summary").click();
    const values = page.getByLabel("Values as JSON").nth(4);
    const edited = JSON.parse(await values.inputValue()) as Json;
    await values.fill(JSON.stringify({ ...edited, title: "SG13 Chair (edited)" }));
    await page.locator("#edit-p5").press("Enter");
    await expect.poll(status, WAIT).toBe("p5 edited.");
    await page.locator("#accept-all").press("Enter");
    await expect.poll(status, WAIT).toBe("6 proposals accepted.");
    await page.locator("#apply").press("Enter");
    await expect.poll(status, WAIT).toMatch(/^Applied:/);
    const person = (await gql(w.url, undefined, `query($ref: String!) { person(ref: $ref) { roles { title } } }`, { ref: `lena-okafor-${suffix}` })).body.data as Json;
    expect(person.person.roles).toEqual([{ title: "SG13 Chair (edited)" }]);
  });

  it("says why an upload is refused, and an analyst can read but not decide", async () => {
    await signIn(w.credentials.analyst);
    await page.setInputFiles("#file", { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("") });
    await page.getByRole("button", { name: "Upload and read" }).click();
    await expect.poll(status, WAIT).toMatch(/importing a document needs the editor role/);
    expect(await page.locator("#status.problem").count()).toBe(1);
  });
});
