import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { isLocal, openBrowser } from "./browser.js";
import { hashApiKey } from "../src/auth/api-keys.js";
import { startTestApp } from "./helpers.js";

const SCREENSHOT = path.join(projectRoot, "test-results/graphiql.png");

let app: RunningApp;

const ANALYST_KEY = "mvg_graphiql-test-analyst-key-0123456789abcdef";

beforeAll(async () => {
  app = await startTestApp({ MVGRAPH_API_KEYS: `graphiql-analyst:analyst:${hashApiKey(ANALYST_KEY)}` });
});

afterAll(async () => {
  await app?.stop();
});

describe("GraphiQL in a browser", () => {
  it("renders from local assets only and runs the About example", async () => {
    const browser = await openBrowser();
    const { page, requested, problems } = browser;
    try {
      const response = await page.goto(`${app.http.url}/graphql`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);

      // GraphiQL rendered, with one tab per operation of examples.graphql, About first and active.
      await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
      await page.locator(".graphiql-query-editor .monaco-editor").waitFor({ timeout: 30_000 });
      const tabs = page.locator(".graphiql-tab");
      await expect.poll(() => tabs.allInnerTexts(), { timeout: 10_000 }).toEqual(expect.arrayContaining(["About", "Ping"]));
      await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toBe("About");
      await expect.poll(() => editorText(page, ".graphiql-query-editor")).toContain("query About");

      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => editorText(page, ".result-window"), { timeout: 20_000 }).toContain('"name": "mvgraph"');

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      // Scripts, styles, the font and Monaco's workers all came from this server.
      expect(requested.some((url) => url.includes("/graphiql/assets/") && url.endsWith(".js"))).toBe(true);
      expect(requested.some((url) => url.includes(".worker"))).toBe(true);
      expect(requested.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("GraphiQL's one sign-in and shareable links", () => {
  it("sends one credential from the bar above the editor on every tab, and never stores it", async () => {
    const browser = await openBrowser();
    const { page, problems } = browser;
    try {
      await page.goto(`${app.http.url}/graphiql`);
      await page.locator(".graphiql-query-editor .monaco-editor").waitFor({ timeout: 60_000 });
      await page.locator("#sign-in summary").click();
      await page.locator("#sign-in-key").fill(ANALYST_KEY);
      await page.locator("#sign-in button[type=submit]").click();
      await expect.poll(() => page.locator("#sign-in-state").innerText(), { timeout: 20_000 }).toMatch(/^Signed in as graphiql-analyst \(analyst\)/);

      await page.locator(".graphiql-tab", { hasText: "WhoAmI" }).click();
      await expect.poll(() => editorText(page, ".graphiql-query-editor")).toContain("query WhoAmI");
      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => editorText(page, ".result-window"), { timeout: 20_000 }).toContain('"role": "ANALYST"');
      // The tab's own headers stay empty: the credential is not a per-tab header.
      expect(await page.locator(".graphiql-editor-tool").innerText()).not.toContain(ANALYST_KEY);

      // A link to a query opens it in a tab of its own, signed in all the same.
      const query = "query Shared($of: String!) { organization(ref: $of) { acronym } viewer { role } }";
      const variables = JSON.stringify({ of: "jca-mv" });
      await page.goto(`${app.http.url}/graphiql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}&operationName=Shared`);
      await page.locator(".graphiql-query-editor .monaco-editor").waitFor({ timeout: 60_000 });
      await expect.poll(() => editorText(page, ".graphiql-query-editor"), { timeout: 20_000 }).toContain("query Shared($of: String!)");
      expect(await page.locator(".graphiql-tab-active").innerText()).toBe("Shared");
      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => editorText(page, ".result-window"), { timeout: 20_000 }).toContain('"acronym": "JCA-MV"');
      expect(await editorText(page, ".result-window")).toContain('"role": "ANALYST"');

      // The address follows the active tab, so it can be shared as it is.
      await page.locator(".graphiql-tab", { hasText: "About" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("query") ?? "", { timeout: 10_000 }).toContain("query About");

      // GraphiQL's tabs and history are in localStorage, without the key; the key is in the tab's session only.
      const kept = JSON.parse(await page.evaluate<string>("JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })")) as Record<string, Record<string, string>>;
      expect(Object.keys(kept.local!).some((key) => key.includes("queries"))).toBe(true);
      expect(JSON.stringify(kept.local)).toContain("query Shared");
      expect(JSON.stringify(kept.local)).not.toContain(ANALYST_KEY);
      expect(JSON.stringify(kept.local)).not.toContain("mvg_");
      expect(Object.values(kept.session!)).toContain(ANALYST_KEY);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("GraphiQL next to the API", () => {
  it("leaves API requests to Apollo and serves its assets with the right content types", async () => {
    const url = app.http.url;
    // A GraphQL GET (with the header Apollo's CSRF prevention asks of GETs) still gets JSON.
    const typename = `${url}/graphql?query=${encodeURIComponent("{__typename}")}`;
    const json = await fetch(typename, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await json.json()).toEqual({ data: { __typename: "Query" } });
    // Even a browser-like Accept gets Apollo's answer when there is a query parameter.
    const withQuery = await fetch(typename, { headers: { accept: "text/html,*/*;q=0.8", "apollo-require-preflight": "true" } });
    expect(withQuery.headers.get("content-type")).not.toMatch(/html/);
    // A GET without query that does not prefer HTML is Apollo's too (it answers 400).
    const noQuery = await fetch(`${url}/graphql`, { headers: { accept: "*/*" } });
    expect(noQuery.headers.get("content-type")).not.toMatch(/html/);

    const page = await fetch(`${url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain("query About"); // examples.graphql, injected at request time
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    const files = readdirSync(path.join(projectRoot, "web/dist/graphiql/assets"));
    const worker = files.find((file) => /worker.*\.js$/.test(file));
    const font = files.find((file) => file.endsWith(".ttf"));
    expect(worker).toBeDefined();
    expect(font).toBeDefined();
    assets.push(`/graphiql/assets/${worker}`, `/graphiql/assets/${font}`);
    const expected: Array<[RegExp, RegExp]> = [
      [/\.js$/, /^text\/javascript|^application\/javascript/],
      [/\.css$/, /^text\/css/],
      [/\.ttf$/, /^font\/ttf/],
    ];
    expect(assets.filter((asset) => asset.endsWith(".css")).length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await fetch(`${url}${asset}`);
      expect(response.status, asset).toBe(200);
      const type = expected.find(([name]) => name.test(asset))?.[1];
      expect(response.headers.get("content-type"), asset).toMatch(type!);
      await response.arrayBuffer();
    }
    expect((await fetch(`${url}/graphiql/assets/missing.js`)).status).toBe(404);
  });

  it("sends the pages' scripts compressed: Brotli or gzip as the browser accepts, the same bytes once decoded", async () => {
    const scripts = ["graphiql", "roadmap", "review"].flatMap((page) =>
      readdirSync(path.join(projectRoot, "web/dist", page, "assets"))
        .filter((file) => file.endsWith(".js"))
        .map((file) => ({ page, file, plain: readFileSync(path.join(projectRoot, "web/dist", page, "assets", file)) })),
    );
    const monaco = scripts.find((s) => s.file.startsWith("monaco-editor"))!;
    expect(monaco.plain.length).toBeGreaterThan(1_000_000);
    for (const { page, file, plain } of scripts.filter((s) => s.plain.length > 100_000)) {
      const asset = `/${page}/assets/${file}`;
      const br = await rawGet(`${app.http.url}${asset}`, "gzip, deflate, br");
      expect(br.headers["content-encoding"], asset).toBe("br");
      expect(br.headers["content-type"], asset).toMatch(/javascript/);
      expect(br.headers.vary, asset).toMatch(/Accept-Encoding/i);
      expect(br.body.length, asset).toBeLessThan(plain.length * 0.35);
      expect(zlib.brotliDecompressSync(br.body).equals(plain), asset).toBe(true);
      const gzip = await rawGet(`${app.http.url}${asset}`, "gzip");
      expect(gzip.headers["content-encoding"], asset).toBe("gzip");
      expect(zlib.gunzipSync(gzip.body).equals(plain), asset).toBe(true);
      const identity = await rawGet(`${app.http.url}${asset}`, "identity");
      expect(identity.headers["content-encoding"], asset).toBeUndefined();
      expect(identity.body.equals(plain), asset).toBe(true);
    }
  });
});

/** A GET that, unlike fetch, leaves the body as sent (no decoding of Content-Encoding). */
function rawGet(url: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Monaco renders spaces as no-break spaces; read an editor's text as plain text. */
async function editorText(page: Page, selector: string): Promise<string> {
  const text = await page.locator(`${selector} .view-lines`).first().innerText();
  return text.replace(/\u00a0/g, " ");
}
