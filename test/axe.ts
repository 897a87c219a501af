import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/**
 * axe-core (Deque's accessibility engine) run inside a page. Its source is evaluated through the
 * DevTools protocol, which the pages' Content-Security-Policy (`script-src 'self'`) does not
 * govern, so the page is checked exactly as it is served.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe's tags). */
export const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing element: its CSS selector and axe's summary of what to fix. */
  nodes: Array<{ target: string; summary: string }>;
}

export interface AxeOptions {
  /** Parts of the page that are not the product's own markup (a third-party widget), left out. */
  exclude?: string[];
}

/** Runs axe on the page as it is now and returns the WCAG A/AA violations. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const context = options.exclude?.length ? { exclude: options.exclude.map((selector) => [selector]) } : document();
  return page.evaluate(
    async ({ context, tags }) => {
      // Runs in the page, where axe is a global.
      const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      const results = await axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
      }));
    },
    { context, tags: WCAG_A_AA },
  );
}

/** The whole document (axe's default context), written out because `evaluate` needs a value. */
const document = () => ({ include: [["html"]] });

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }>;
}

/** Violations as readable lines for a failing test: rule, impact, help, and each element. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target}: ${n.summary.replace(/\n/g, " ")}`).join("\n")}`)
    .join("\n");
}
