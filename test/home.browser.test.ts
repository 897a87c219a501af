import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { hashApiKey } from "../src/auth/api-keys.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { isLocal, openBrowser, type Browser } from "./browser.js";
import { PATIENT, postGraphQL, startTestApp, type Json } from "./helpers.js";

/**
 * The front door (/) and the pages' sign-in, in Debian's Chromium: what a new user sees first,
 * and an analyst downloading a contact list from the roadmap page with an API key pasted into it.
 * Screenshots (desktop and phone) go to test-results/.
 */
const SCREENSHOTS = path.join(projectRoot, "test-results");
const WAIT = { timeout: 90_000 };
const ANALYST_KEY = "mvg_pages-test-analyst-key-0123456789abcdef";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ ...PATIENT, MVGRAPH_API_KEYS: `pages-analyst:analyst:${hashApiKey(ANALYST_KEY)}` });
  browser = await openBrowser({ width: 1280, height: 900 });
  page = browser.page;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function api(query: string): Promise<Json> {
  const { body } = await postGraphQL(app.http.url, query);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Json;
}

/** What the page keeps in its storages, as text (evaluated in the page). */
/** An element's text on one line (a count is a block above its noun). */
const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/\s+/g, " ").trim();

const storage = () => page.evaluate<string>("JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })");

/** Patient: on a busy machine the pages' first API answers can take long. */
const SLOW = { timeout: 240_000 };

describe("the front page", SLOW, () => {
  it("says what the graph holds, as of when, and links to the pages, the exports and the sign-in", async () => {
    const response = await page.goto(`${app.http.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");

    const counted = await app.db.read(
      `CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
       CALL () { MATCH (d:Deliverable) RETURN count(d) AS deliverables }
       CALL () { MATCH (d:Document) RETURN count(d) AS documents }
       CALL () { MATCH (d:Document) WHERE d.dateDate IS NOT NULL RETURN d.date AS newest ORDER BY d.dateDate DESC LIMIT 1 }
       RETURN organizations, deliverables, documents, newest`,
    );
    const { organizations, deliverables, documents, newest } = counted[0]!;
    expect(Number(organizations)).toBeGreaterThan(10);
    await expect.poll(() => text('#counts li[data-kind="Organization"]'), WAIT).toBe(`${Number(organizations).toLocaleString("en-GB")} organizations`);
    expect(await text('#counts li[data-kind="Deliverable"]')).toBe(`${Number(deliverables).toLocaleString("en-GB")} deliverables`);
    expect(await text('#counts li[data-kind="Document"]')).toBe(`${Number(documents).toLocaleString("en-GB")} documents`);
    expect(await page.locator("#data-as-of").innerText()).toBe(`${String(newest)} (the newest source document)`);
    const { summary } = await api("{ summary { lastChangeAt } }");
    expect(await page.locator("#last-change").innerText()).toMatch(summary.lastChangeAt ? /UTC$/ : /none since the data was loaded/);

    const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["/roadmap", "/roadmap?view=network", "/review", "/graphiql", "/export/roadmap.csv", "/export/calendar.ics", "/export/contacts.csv"]));
    expect(await page.locator("#access-title").innerText()).toBe("How to sign in");
    expect(await page.locator("#sign-in summary").innerText()).toBe("Sign in");
    // Signed out, the contact links say what they need.
    expect(await page.locator("#exports li", { hasText: "Contacts (CSV)" }).innerText()).toContain("needs an analyst sign-in");
    expect(await page.locator("#exports li", { hasText: "Roadmap (CSV)" }).innerText()).not.toContain("sign-in");

    // The page's script came compressed.
    const script = (await page.locator("script[type=module]").getAttribute("src"))!;
    const scriptResponse = await fetch(`${app.http.url}${script}`, { headers: { "accept-encoding": "br" } });
    expect(scriptResponse.headers.get("content-encoding")).toBe("br");

    await page.screenshot({ path: path.join(SCREENSHOTS, "home.png"), fullPage: true });
    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it("reads on a phone: one column, no sideways scrolling", async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      await phone.page.goto(`${app.http.url}/`);
      await phone.page.locator("#counts li").first().waitFor(WAIT);
      expect(await phone.page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await phone.page.screenshot({ path: path.join(SCREENSHOTS, "home-phone.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});

describe("signing in on the roadmap page", SLOW, () => {
  const contactsCsv = () => page.locator("#downloads a", { hasText: "Contacts (CSV)" }).first();

  it("signed out, a contact link says it needs an analyst and a click opens the sign-in instead of failing", async () => {
    await page.goto(`${app.http.url}/roadmap?org=jca-mv`);
    await expect.poll(() => page.locator("#status").innerText(), WAIT).toMatch(/items on the timeline/);
    expect(await contactsCsv().getAttribute("class")).toBe("needs-sign-in");
    expect(await page.locator("#downloads li", { hasText: "Contacts (CSV)" }).first().innerText()).toContain("(needs an analyst sign-in)");
    expect(await page.locator("#needs-analyst").isVisible()).toBe(true);
    let downloads = 0;
    page.on("download", () => (downloads += 1));
    await contactsCsv().click();
    await expect.poll(() => page.locator("#sign-in-problem").innerText(), WAIT).toContain("contact lists need an analyst sign-in");
    expect(await page.evaluate<string | null>("document.activeElement && document.activeElement.id")).toBe("sign-in-key");
    expect(downloads).toBe(0);
    // The public exports stay plain links.
    expect(await page.locator("#downloads a", { hasText: "Roadmap (CSV)" }).getAttribute("class")).toBeNull();
  });

  it("refuses a wrong key with the server's reason and keeps nothing", async () => {
    if (!(await page.locator("#sign-in-key").isVisible())) await page.locator("#sign-in summary").click();
    await page.locator("#sign-in-key").fill("mvg_wrong-key-0000000000000000");
    await page.locator("#sign-in button[type=submit]").click();
    await expect.poll(() => page.locator("#sign-in-problem").innerText(), WAIT).toBe("Not signed in: unknown or revoked API key.");
    expect(await storage()).not.toContain("mvg_");
    // The refusal itself is the one thing Chromium logs (a 401 answer); nothing else went wrong.
    expect(browser.problems.filter((problem) => !/status of 401/.test(problem))).toEqual([]);
    browser.problems.length = 0;
  });

  it("with an analyst key, downloads the contact list with the credential; the key stays in this tab's session only", async () => {
    const sent: Array<string | undefined> = [];
    page.on("request", (request) => {
      if (request.url().includes("/graphql") || request.url().includes("/export/")) sent.push(request.headers().authorization);
    });
    await page.locator("#sign-in-key").fill(ANALYST_KEY);
    await page.locator("#sign-in button[type=submit]").click();
    await expect.poll(() => page.locator("#sign-in-state").innerText(), WAIT).toBe("Signed in as pages-analyst (analyst) for this tab. Sign out");
    expect(await contactsCsv().getAttribute("class")).toBeNull();
    expect(await page.locator("#needs-analyst").isVisible()).toBe(false);

    const [file] = await Promise.all([page.waitForEvent("download", WAIT), contactsCsv().click()]);
    expect(file.suggestedFilename()).toBe("mvgraph-contacts.csv");
    const text = readFileSync((await file.path())!, "utf8");
    const expected = await (await fetch(`${app.http.url}/export/contacts.csv?org=jca-mv`, { headers: { authorization: `Bearer ${ANALYST_KEY}` } })).text();
    expect(text).toBe(expected);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.email?.includes("@"))).toBe(true); // personal data: the analyst's view
    await expect.poll(() => page.locator("#download-status").innerText(), WAIT).toBe("Downloaded mvgraph-contacts.csv.");
    expect(sent).toContain(`Bearer ${ANALYST_KEY}`);

    const kept = JSON.parse(await storage()) as { local: Record<string, string>; session: Record<string, string> };
    expect(Object.values(kept.session)).toContain(ANALYST_KEY);
    expect(JSON.stringify(kept.local)).not.toContain(ANALYST_KEY);
  });

  it("stays signed in across the tab's pages, and signing out locks the contact links again", async () => {
    await page.goto(`${app.http.url}/`);
    await expect.poll(() => page.locator("#sign-in-state").innerText(), WAIT).toMatch(/^Signed in as pages-analyst/);
    await page.locator("#sign-out").click();
    await expect.poll(() => page.locator("#sign-in summary").innerText(), WAIT).toBe("Sign in");
    expect(await storage()).not.toContain(ANALYST_KEY);
    expect(await page.locator("#exports li", { hasText: "Contacts (CSV)" }).innerText()).toContain("needs an analyst sign-in");
    expect(browser.problems).toEqual([]);
  });
});
