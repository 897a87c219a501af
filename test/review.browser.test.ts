import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { storeImport } from "../src/import/review.service.js";
import { isLocal, openBrowser, type Browser } from "./browser.js";
import { sg13Circular } from "./import-fixtures.js";
import { gql, startWritableApp, uniqueId, type WritableApp } from "./writable-app.js";

/**
 * The review page in Debian's Chromium: an editor opens an imported circular, reads it with the
 * evidence highlighted, decides its proposals with the keyboard and applies them; the roadmap,
 * the calendar feed and the contact export then show the new meeting, deadlines and chair, with
 * the circular as their source. Screenshots go to test-results/.
 */
const SCREENSHOTS = path.join(projectRoot, "test-results");
const WAIT = { timeout: 30_000 };

let w: WritableApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  process.env.NEO4J_TX_TIMEOUT_MS ??= "240000"; // the seed loads in one transaction: slow on a busy machine
  w = await startWritableApp(6);
  browser = await openBrowser({ width: 1440, height: 900 });
  page = browser.page;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 600_000); // a Neo4j of its own, seeded: slow on a busy machine

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

  it("done when: an editor reviews a new circular with the keyboard and applies it; roadmap, calendar and contacts show it with the circular as source", async () => {
    const suffix = uniqueId("b").replace(/-/g, "");
    const { plan } = sg13Circular(suffix);
    // The extraction half's plan for the circular, stored as an upload would store it.
    const ctx = createContext(w.app.db, { viewer: { role: "EDITOR", name: "editor", via: "api-key" } });
    const { import: stored } = await storeImport(ctx, plan).finally(() => ctx.db.end());

    await signIn(w.credentials.editor);
    await page.goto(`${w.url}/review?import=${encodeURIComponent(stored.id)}`);
    await expect.poll(() => page.locator("#proposal-list > li").count(), WAIT).toBe(7);
    // The evidence is highlighted in the text and linked both ways.
    expect(await page.locator("mark.evidence").count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator("#evidence-p1").innerText()).toBe("ITU-T Study Group 13 will meet at ITU headquarters, Geneva, from 8 to 17 March 2027");
    await page.screenshot({ path: path.join(SCREENSHOTS, "review-pending.png"), fullPage: false });

    // Keyboard only: reject the topic link, then accept all the rest, then apply.
    await page.locator("#reject-p7").focus();
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toBe("p7 rejected.");
    expect(await focusedId()).toBe("reject-p7");
    await page.locator("#accept-all").focus();
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toBe("6 proposals accepted.");
    await page.keyboard.press("Tab");
    expect(await focusedId()).toBe("apply");
    await page.keyboard.press("Enter");
    await expect.poll(status, WAIT).toMatch(/^Applied: \d+ changes recorded/);
    await expect.poll(() => page.locator("#review-title").innerText(), WAIT).toMatch(/applied$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "review-applied.png"), fullPage: false });
    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.problems).toEqual([]);

    const documentKey = (await w.app.db.read("MATCH (:Import {id: $id})-[:OF_DOCUMENT]->(d) RETURN d.id AS key", { id: stored.id }))[0]!.key as string;
    const eventKey = `itu-t-sg13-meeting-2027-03-${suffix}`;
    // The roadmap (what the roadmap page shows) has the meeting, citing the circular.
    const roadmap = (await gql(w.url, undefined, `{ roadmap(organizations: ["itu-t-sg13"], from: "2027-03-01", to: "2027-03-31", include: [EVENT]) { items { event { key sources { ref } } } } }`)).body.data as Json;
    const item = roadmap.roadmap.items.find((i: Json) => i.event?.key === eventKey);
    expect(item.event.sources).toEqual([{ ref: `${documentKey}#p7` }]);
    // The calendar feed: the meeting and its two deadlines, their sources named.
    const ics = await (await fetch(`${w.url}/export/calendar.ics?org=itu-t-sg13&from=2027-01-01&to=2027-12-31`)).text();
    expect(ics).toContain(`UID:event-${eventKey}@mvgraph`);
    expect(ics).toContain(`UID:deadline-${eventKey}-registration@mvgraph`);
    expect(ics).toContain(`UID:deadline-${eventKey}-contributions@mvgraph`);
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain(`TSB Circular 231 ${suffix}`);
    expect(unfolded).toMatch(/TSB Circular 231 [^\r\n]*\[p7\]/);
    // The contact export (an analyst's): the new chair with her e-mail, citing the circular.
    const csv = await (await fetch(`${w.url}/export/contacts.csv?org=itu-t-sg13`, { headers: { authorization: `Bearer ${w.credentials.analyst}` } })).text();
    const line = csv.split("\r\n").find((l) => l.includes(`Lena Okafor ${suffix}`));
    expect(line).toContain(`lena.okafor.${suffix}@ncc.example.ng`);
    expect(line).toContain(`${documentKey}#p8`);
  });

  it("says why an upload is refused, and an analyst can read but not decide", async () => {
    await signIn(w.credentials.analyst);
    await page.setInputFiles("#file", { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("") });
    await page.getByRole("button", { name: "Upload and read" }).click();
    await expect.poll(status, WAIT).toMatch(/importing a document needs the editor role/);
    expect(await page.locator("#status.problem").count()).toBe(1);
  });
});
