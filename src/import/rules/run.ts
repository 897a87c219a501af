import type { Rule, RuleContext } from "./rule.js";

/** Runs the rules, in order, each where its genres and trigger say. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): void {
  const text = ctx.blocks.map((b) => b.block.text).join("\n");
  for (const rule of rules) {
    if (rule.genres !== "any" && !rule.genres.includes(ctx.genre)) continue;
    if (rule.scope === "document") {
      rule.trigger.lastIndex = 0;
      if (rule.trigger.test(text)) rule.apply(ctx, undefined);
      continue;
    }
    for (const block of ctx.blocks) {
      rule.trigger.lastIndex = 0;
      if (rule.trigger.test(block.block.text)) rule.apply(ctx, block);
    }
  }
}
