import type { RuleContext } from "./rule.js";

/**
 * "Working Group 4 on …, Focus Group on X", "Task Group 2 of the Forum": a numbered sub-group
 * is resolved in its context, as the sub-group of that number of the body named with it, never
 * as a new body of its own. Undefined when the graph holds no such sub-group.
 */
export function numberedSubgroup(ctx: RuleContext, text: string, parent: string | undefined): string | undefined {
  const m = /\b(Working Group|Task Group|Working Party|WG|TG|WP)\s*(\d{1,2})\b/.exec(text);
  if (!m || !parent) return undefined;
  const word = m[1]!.length <= 2 ? { WG: "Working Group", TG: "Task Group", WP: "Working Party" }[m[1]!]! : m[1]!;
  const short = word.split(" ").map((w) => w[0]).join("");
  const re = new RegExp(`\\b(?:${word}|${short})\\s*${m[2]}\\b`, "i");
  return ctx.orgs.keys().find((k) => {
    const row = ctx.orgs.row(k);
    return !!row && row.partOf === parent && [row.name, row.acronym ?? "", ...row.aliases].some((n) => re.test(n));
  });
}
