import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { axeViolations, describeViolations, type AxeOptions } from "./axe.js";
import { openBrowser, type Browser } from "./browser.js";
import { PATIENT, startTestApp } from "./helpers.js";

/**
 * Every page the product serves and writes itself, in each state a reader reaches, checked with
 * axe-core for WCAG 2.0/2.1/2.2 A and AA in Debian's Chromium: no violation allowed. A new page
 * is one more entry in PAGES.
 */
/** Patient: on a busy machine the page's first API answers can take long. */
const WAIT = { timeout: 90_000 };

interface PageState {
  name: string;
  path: string;
  /** Brings the page into the state to check, after it loaded. */
  reach?: (page: Page) => Promise<void>;
  /** Status the page answers with. */
  status?: number;
  axe?: AxeOptions;
}

const roadmapStatus = (page: Page) => page.locator("#status").innerText();

const PAGES: PageState[] = [
  {
    name: "front page",
    path: "/",
    reach: async (page) => {
      await page.locator("#counts li").first().waitFor(WAIT);
    },
  },
  {
    name: "front page, the sign-in box open with a refused credential",
    path: "/",
    reach: async (page) => {
      await page.locator("#sign-in summary").click();
      await page.locator("#sign-in-key").fill("mvg_not-a-known-key");
      await page.locator("#sign-in button[type=submit]").click();
      await expect.poll(() => page.locator("#sign-in-problem").innerText(), WAIT).toMatch(/Not signed in/);
    },
  },
  {
    name: "roadmap, a contact link clicked while signed out",
    path: "/roadmap",
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/items on the timeline/);
      await page.locator("#downloads a", { hasText: "Contacts (CSV)" }).click();
      await expect.poll(() => page.locator("#sign-in-problem").innerText(), WAIT).toMatch(/analyst/);
    },
  },
  {
    name: "roadmap, timeline",
    path: "/roadmap",
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/items on the timeline/);
      await page.locator(".vis-item").first().waitFor(WAIT);
    },
  },
  {
    name: "roadmap, timeline with the item table open and an item's details",
    path: "/roadmap?org=jca-mv",
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/items on the timeline/);
      await page.locator("#item-list summary").click();
      await page.locator("#item-rows button", { hasText: "2nd meeting of the JCA-MV" }).click();
      await expect.poll(() => page.locator("#details-body").innerText(), WAIT).toContain("Sources");
    },
  },
  {
    name: "roadmap, timeline by organization",
    path: "/roadmap?lanes=organization&from=2025-01-01&to=2026-12-31",
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/items on the timeline/);
    },
  },
  {
    name: "roadmap, network",
    path: "/roadmap?view=network",
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/liaisons/);
    },
  },
  {
    name: "roadmap, network of a topic with gaps and a gap's details",
    path: "/roadmap?view=network&topic=interoperability", // bodies on interoperability without a liaison with JCA-MV exist (W3C, Khronos…)
    reach: async (page) => {
      await expect.poll(() => roadmapStatus(page), WAIT).toMatch(/without a liaison/);
      await page.locator("#gap-list li button").first().click();
      await expect.poll(() => page.locator("#details-body h3").count(), WAIT).toBeGreaterThan(0);
    },
  },
  {
    name: "roadmap, a filter the API refuses",
    path: "/roadmap?org=no-such-body",
    reach: async (page) => {
      await expect.poll(() => page.locator("#status.problem").count(), WAIT).toBe(1);
    },
  },
  {
    name: "GraphiQL (the page shell; GraphiQL's own widgets are a third-party library's)",
    path: "/graphiql",
    reach: async (page) => {
      await page.locator(".graphiql-container").waitFor(WAIT);
    },
    axe: { exclude: [".graphiql-container"] },
  },
  {
    // With a document open the page needs an import stored in the graph, which this shared seed graph must not get.
    name: "review, before a document is opened",
    path: "/review",
    reach: async (page) => {
      await page.waitForLoadState("networkidle");
    },
  },
  { name: "a page that does not exist", path: "/no-such-page", status: 404 },
];

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp(PATIENT);
  browser = await openBrowser({ width: 1440, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the product's pages pass axe (WCAG 2 A and AA)", () => {
  it.each(PAGES)("$name ($path)", { timeout: 240_000 }, async (state) => {
    const response = await browser.page.goto(`${app.http.url}${state.path}`);
    expect(response?.status()).toBe(state.status ?? 200);
    await state.reach?.(browser.page);
    const violations = await axeViolations(browser.page, state.axe);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
