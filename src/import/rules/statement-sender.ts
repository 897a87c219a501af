import { labelOf } from "../recognize/fields.js";
import type { RuleContext } from "./rule.js";

/**
 * The body a liaison statement comes from: the sender of the first statement the form gave, else
 * the body its "From Group" / "From" / "Source" row names.
 */
export function statementSender(ctx: RuleContext): string | undefined {
  const stated = ctx.facts.liaisons.find((l) => l.kind === "LIAISON_STATEMENT")?.from;
  if (stated) return stated;
  for (const b of ctx.blocks.slice(0, 40)) {
    const row = labelOf(b.block.text);
    if (!row || !/^(?:from groups?|from|source)$/.test(row.label) || !row.rest) continue;
    const body = ctx.orgs.scan(row.rest, { locator: b.block.locator, quote: b.block.text })[0];
    if (body) return body.key;
  }
  return undefined;
}
