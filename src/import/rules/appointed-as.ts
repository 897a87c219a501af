import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";

// Written with both cases by hand: NAME's \p{Lu} must not fold under an "i" flag.
const ROLE = String.raw`(?:[Vv]ice[\s-]?[Cc]hair(?:man|woman|person)?|[Cc]o[\s-]?[Cc]hair(?:man|woman|person)?|[Cc]hair(?:man|woman|person)?|[Dd]irector|[Cc]onvenor|[Cc]onvener|[Rr]apporteur|[Ee]ditor)`;
const APPOINTED = new RegExp(
  `\\b(?:re-?)?(?:appointed|elected|named|designated)\\s+${HONORIFIC}?(${NAME})(?:\\s+of\\s+(?:the\\s+)?([^,;]+?))?(?:,[^;]*?,)?\\s+as\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:new\\s+)?(${ROLE})\\s+of\\s+([^,.;]+)`,
  "gu",
);
/** "appointed Ada Quill as the HSA Liaison Manager to the LRB": a liaison office held in the body named before it. */
const LIAISON = new RegExp(
  `\\b(?:re-?)?(?:appointed|named|designated)\\s+${HONORIFIC}?(${NAME})\\s+as\\s+(?:the\\s+|an?\\s+|its\\s+)?(?:new\\s+)?([\\p{Lu}][\\p{L}\\p{N}-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}-]*){0,3})\\s+([Ll]iaison\\s+(?:[Mm]anager|[Oo]fficer|[Rr]epresentative))\\b`,
  "gu",
);
/** "appointed Ada Quill to the Board", "the appointment of Ada Quill to another term on the Board": a seat, a member. */
const SEAT = new RegExp(
  `\\b(?:(?:re-?)?appointed|the\\s+(?:re-?)?appointment\\s+of)\\s+${HONORIFIC}?(${NAME})\\s+to\\s+(?:(?:another|a\\s+(?:second|third|new))\\s+term\\s+on\\s+|a\\s+seat\\s+on\\s+)?(?:the\\s+)?([^,.;]+)`,
  "gu",
);

/**
 * Active voice: "Members appointed Ms Ada Quill of Quarry Ltd as the chair of the new XY Board",
 * "the Assembly also elected Bo Lind of LMN, the League of …, as a Vice-Chair of the General
 * Assembly" (failure class 6, people in running prose); "appointed Bo Lind as the HSA Liaison
 * Manager to the LRB": the liaison office in the body named before it (the other is its counterpart);
 * "appointed Bo Lind to another term on the Quay Standards Board": a member of that body. The person holds the role in the body
 * the phrase after "of" names (kind-body.ts: a known body, "XY Board" as XY's board, or a body
 * named by its kind alone, never the nearest body); the body after the name is an affiliation.
 */
export const appointedAs: Rule = {
  name: "appointed-as",
  genres: "any",
  scope: "block",
  trigger: /\b(?:appointed|elected|named|designated|appointment\s+of)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\p{Lu}/u,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const m of b.block.text.matchAll(APPOINTED)) {
      const role = roleOf(m[3]!);
      const organization = bodyOfPhrase(ctx, m[4]!, where, b.index);
      if (!role || !organization) continue;
      const affiliation = m[2] ? ctx.orgs.scan(m[2], where).find((o) => o.start === 0)?.key : undefined;
      const person = ctx.addPerson(m[1]!.trim(), where, affiliation && affiliation !== organization ? { affiliations: [affiliation] } : {});
      // The generic reading may have given this person the role in the nearest body: the sentence says which.
      ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== person || r.role !== role || r.where.locator !== b.block.locator);
      ctx.addRole(person, organization, role, `${m[3]} of ${m[4]!.trim()}`, where, 0.85);
    }
    for (const m of b.block.text.matchAll(SEAT)) {
      // Only a body named whole ("the Quay Standards Board"), never "to the post of …" or "to lead …".
      const organization = ctx.orgs.scan(m[2]!, where).find((o) => o.start === 0 && o.end >= m[2]!.trim().length - 1)?.key;
      if (!organization) continue;
      ctx.addRole(ctx.addPerson(m[1]!.trim(), where), organization, "MEMBER", `member of ${m[2]!.trim()}`, where, 0.75);
    }
    for (const m of b.block.text.matchAll(LIAISON)) {
      const organization = ctx.orgs.scan(m[2]!, where).find((o) => o.start === 0 && o.end >= m[2]!.length)?.key;
      if (!organization) continue;
      const person = ctx.addPerson(m[1]!.trim(), where);
      ctx.addRole(person, organization, "LIAISON_REPRESENTATIVE", `${m[2]} ${m[3]}`, where, 0.8);
    }
  },
};
