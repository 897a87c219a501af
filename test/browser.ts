import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, installed by scripts/ensure-chromium.sh; never a browser download. */
export const CHROMIUM = "/usr/bin/chromium";

export interface Browser {
  page: Page;
  /** Every URL the page requested. */
  requested: string[];
  /** Page errors and console errors. */
  problems: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a throw-away profile, recording requests and errors. */
export async function openBrowser(viewport = { width: 1400, height: 800 }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing (${CHROMIUM}): run \`bash scripts/ensure-chromium.sh\`, then the tests again`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "mvgraph-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const requested: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return {
    page,
    requested,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** True for this machine's own addresses (and data:/blob: URLs): nothing may come from elsewhere. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return true;
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
