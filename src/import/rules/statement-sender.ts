import type { RuleContext } from "./rule.js";

/**
 * The body a liaison statement comes from: the sender of the first statement the form gave (the
 * most specific body its From row names), else the document's issuer (its From / Source row, read
 * once by recognize/document.ts and passed in the rule context).
 */
export function statementSender(ctx: RuleContext): string | undefined {
  return ctx.facts.liaisons.find((l) => l.kind === "LIAISON_STATEMENT")?.from ?? ctx.issuer;
}
