import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const ELECTED = new RegExp(
  `(?:^|[.;]\\s+|The position of\\s+)${HONORIFIC}?(${NAME})\\s+(?:(?:has|have) been|was|is|were)\\s+(?:re-?)?(?:elected|appointed|named|designated)(?:\\s+as)?\\s+(?:the\\s+)?(?:new\\s+)?((?:Vice[\\s-]?|Co[\\s-]?)?Chair(?:man|woman|person)?|Director|Convenor|Rapporteur|Editor)\\s+of\\s+(?:the\\s+)?([^,.;]+)`,
  "gu",
);

/**
 * "Ada Quill has been elected Chair of the Board for a term starting in 2027": a person named
 * without an honorific, elected or appointed to a role of a body, from the year the sentence
 * gives (failure class 6).
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
      const organization = ctx.orgs.scan(m[3]!, where)[0];
      if (!role || !organization || organization.start > 2) continue;
      const tail = b.block.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const since = /\b(?:starting|beginning|from|as of|with effect from)\s+(?:in\s+|the beginning of\s+)?(\d{4})\b/i.exec(tail)?.[1];
      const person = ctx.addPerson(m[1]!.trim(), where);
      ctx.addRole(person, organization.key, role, `${m[2]} of ${m[3]!.trim()}`, where, 0.85, since);
    }
  },
};
