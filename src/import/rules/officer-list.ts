import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const ROLE_WORDS = String.raw`(?:Associate\s+)?(?:Vice[\s-]?Chair(?:man|woman|person)?|Co[\s-]?Chair(?:man|woman|person)?|Chair(?:man|woman|person)?|Rapporteur|Editor|Convenor|Convener|Director)`;
const ENTRY = new RegExp(`^${HONORIFIC}?(${NAME}),\\s*(${ROLE_WORDS})\\s+(?:of|for)\\s+(?:the\\s+)?([^,<>;]+?)\\s*(?=<[^>]*>|;|$)`, "u");

/**
 * Officer, cc and participant lists: entries "Name, Role of/for Body" one after another, split
 * by the address brackets a mail archive leaves (`<>`), semicolons or line breaks
 * ("Cc Ms A Berg, Chair of WP 3 <> Mr T Oduya, Associate Rapporteur for Q7/3 <> …"). Each
 * entry gives its own person its own role; roles the generic reading gave the same people from
 * the same list (a neighbour's role word) are dropped.
 */
export const officerList: Rule = {
  name: "officer-list",
  genres: "any",
  scope: "block",
  trigger: new RegExp(`,\\s*${ROLE_WORDS}\\s+(?:of|for)\\s+[^<;]+(?:<[^>]*>|;)`, "iu"),
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    const stated: Array<{ person: string; organization: string; role: string }> = [];
    for (const segment of b.block.text.split(/<[^>]*>|;/)) {
      const m = ENTRY.exec(segment.trim().replace(/^(?:Cc|Copy|To)\b:?\s*/, ""));
      if (!m) continue;
      const role = roleOf(m[2]!);
      const bodyText = m[3]!.trim();
      const organization = ctx.orgs.scan(bodyText, where)[0];
      if (!role || !organization || organization.start > 2) continue;
      const person = ctx.addPerson(m[1]!.trim(), where, { printed: segment.trim() });
      ctx.addRole(person, organization.key, role, `${m[2]} ${/for/i.test(segment) ? "for" : "of"} ${bodyText}`, where, 0.85);
      stated.push({ person, organization: organization.key, role });
    }
    if (stated.length < 2) return;
    const people = new Set(stated.map((s) => s.person));
    ctx.facts.roles = ctx.facts.roles.filter((r) => r.where.locator !== b.block.locator || !people.has(r.person)
      || stated.some((s) => s.person === r.person && s.organization === r.organization && s.role === r.role));
  },
};
