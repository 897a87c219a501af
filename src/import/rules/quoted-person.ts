import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const SAID = new RegExp(
  `\\b(?:said|says|added|adds|highlights|highlighted|noted|notes|explained|explains)\\s+${HONORIFIC}?(${NAME})\\s*,\\s+(?:the\\s+)?([\\p{L} -]{3,40}?)\\s+of\\s+(?:the\\s+)?([^,.;“”"]+)`,
  "gu",
);

/**
 * A news post's quotation and who said it: "… ,” said Ada Quill, Chair of the Example Board." The
 * speaker is a person of the body their title names, holding the role it states (a title that
 * is no role the graph knows, "president", leaves the person and the body only).
 */
export const quotedPerson: Rule = {
  name: "quoted-person",
  genres: "any",
  scope: "block",
  trigger: /\b(?:said|says|added|adds|highlights|highlighted|noted|notes|explained|explains)\s+/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const m of b.block.text.matchAll(SAID)) {
      const body = ctx.orgs.scan(m[3]!, where).find((o) => o.start === 0);
      if (!body) continue;
      const person = ctx.addPerson(m[1]!.trim(), where, { affiliations: [body.key] });
      const role = roleOf(m[2]!);
      if (role) ctx.addRole(person, body.key, role, `${m[2]} of ${m[3]!.trim()}`, where, 0.8);
    }
  },
};
