import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule, RuleContext } from "./rule.js";

const ELECTED = new RegExp(
  `(?:^|[.;,]\\s+|The position of\\s+)${HONORIFIC}?(${NAME}),?\\s+(?:(?:has|have) been|was|is|were)\\s+(?:re-?)?(?:elected|appointed|named|designated)(?:\\s+as)?\\s+(?:the\\s+)?(?:new\\s+)?((?:Vice[\\s-]?|Co[\\s-]?)?Chair(?:man|woman|person)?|Director|Convenor|Rapporteur|Editor)\\s+of\\s+(?:the\\s+)?([^,.;]+)`,
  "gu",
);

/**
 * "Ada Quill has been elected Chair of the Board for a term starting in 2027": a person named
 * without an honorific, elected or appointed to a role of a body, from the year the sentence
 * gives (failure class 6). "…, Bo Lind, was elected as the new Chair of the Committee": a body
 * named only by its kind word is the last body named up to there whose name has that word.
 */
export const elected: Rule = {
  name: "elected",
  genres: "any",
  scope: "block",
  trigger: /\b(?:elected|appointed|named|designated)\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const m of b.block.text.matchAll(ELECTED)) {
      const role = roleOf(m[2]!);
      const where = whereOf(b);
      const named = ctx.orgs.scan(m[3]!, where)[0];
      const organization = named && named.start <= 2 ? named.key : antecedent(ctx, b.index, m[3]!);
      if (!role || !organization) continue;
      const tail = b.block.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const since = /\b(?:starting|beginning|from|as of|with effect from)\s+(?:in\s+|the beginning of\s+)?(\d{4})\b/i.exec(tail)?.[1];
      const person = ctx.addPerson(m[1]!.trim(), where);
      ctx.addRole(person, organization, role, `${m[2]} of ${m[3]!.trim()}`, where, 0.85, since);
    }
  },
};

/** "the Committee", "the Group": the last body named before (or in) this block whose name holds that word. */
function antecedent(ctx: RuleContext, upTo: number, text: string): string | undefined {
  const kind = /^(Committee|Group|Board|Council|Forum|Commission|Assembly|Task Force|Alliance|Consortium)\b/.exec(text.trim())?.[1];
  if (!kind) return undefined;
  const word = new RegExp(`\\b${kind}\\b`, "i");
  for (let i = upTo; i >= 0; i--) {
    const orgs = ctx.blocks[i]!.orgs;
    for (let k = orgs.length - 1; k >= 0; k--) if (word.test(ctx.orgs.label(orgs[k]!.key))) return orgs[k]!.key;
  }
  return undefined;
}
