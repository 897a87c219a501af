import { countryCode } from "../recognize/places.js";
import { ASIDE, readAside } from "./aside.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule, RuleContext } from "./rule.js";

// Written with both cases by hand: NAME's \p{Lu} must not fold under an "i" flag.
const ROLE = String.raw`(?:[Vv]ice[\s-]?|[Cc]o[\s-]?)?[Cc]hair(?:man|woman|person)?|[Dd]irector(?:-[Gg]eneral)?|[Cc]onvenor|[Rr]apporteur|[Ee]ditor`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** What may stand between the verb and the office: "today", "22 October", "for his second term". */
const WHEN = String.raw`(?:today|yesterday|(?:on\s+)?\d{1,2}\s+${MONTH}(?:\s+\d{4})?|for\s+(?:his|her|their|a)\s+(?:[\p{L}\d-]+\s+)?(?:term|mandate)(?:\s+of\s+office)?)`;
const ELECTED = new RegExp(
  `(?:^|[.;,]\\s+|The position of\\s+)${HONORIFIC}?(${NAME})(${ASIDE})?,?\\s+((?:(?:has|have) been|was|is|were)\\s+)?(?:re-?)?(?:elected|appointed|named|designated|chosen)(?:\\s+${WHEN})?(?:\\s+as|\\s+to\\s+serve\\s+as)?\\s+(?:the\\s+)?(?:new\\s+)?(?:([\\p{Lu}][\\p{L}\\p{N}-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*){0,3})['’]s\\s+)?(${ROLE})(?:\\s+of\\s+(?:the\\s+)?([^,.;]+))?`,
  "gu",
);

/**
 * "Ada Quill has been elected Chair of the Board for a term starting in 2027": a person named
 * without an honorific, elected or appointed to a role of a body, from the year the sentence
 * gives (failure class 6). Also "Bo Lind of Ruritania was re-elected 22 October as Director of
 * the Quay Bureau", "Cy Moss (Freedonia) was re-elected for her second term as Director of HSA's
 * Lock Bureau" (the aside is the person's country or company, aside.ts; a body's possessive names
 * its part), and a headline without its auxiliary ("Bo Lind of Ruritania re-elected Director of
 * the Quay Bureau", only where the block starts). "…, Bo Lind, was elected as the new Chair of the
 * Committee": a body named only by its kind word is the last body named up to there whose name
 * has that word.
 */
export const elected: Rule = {
  name: "elected",
  genres: "any",
  scope: "block",
  trigger: /\b(?:elected|appointed|named|designated|chosen)\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const m of b.block.text.matchAll(ELECTED)) {
      // A headline may leave out its auxiliary ("Bo Lind re-elected …"); a clause may not.
      if (!m[3] && m.index !== 0) continue;
      // "… as the Committee's Convenor": the body before the office, else the one after "of".
      const phrase = m[6] ?? m[4];
      const role = roleOf(m[5]!);
      const where = whereOf(b);
      const organization = phrase ? bodyOf(ctx, phrase, where, b.index) : undefined;
      if (!role || !organization) continue;
      const tail = b.block.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const since = /\b(?:starting|beginning|from|as of|with effect from)\s+(?:in\s+|the beginning of\s+)?(\d{4})\b/i.exec(tail)?.[1];
      // "China's Ada Quill": the country's possessive is not part of the name.
      const owner = /^(\S+)['’]s\s+(.+)$/u.exec(m[1]!.trim());
      const ownerCountry = owner ? countryCode(owner[1]!) : undefined;
      const name = owner && ownerCountry ? owner[2]! : m[1]!.trim();
      const aside = readAside(ctx, m[2], where);
      const country = aside.country ?? ownerCountry;
      const person = ctx.addPerson(name, where, {
        ...(country ? { country } : {}),
        ...(aside.affiliations.length && !aside.affiliations.includes(organization) ? { affiliations: aside.affiliations } : {}),
      });
      // The generic reading may have given the office in another body of the phrase ("HSA's …"): the sentence says which.
      ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== person || r.role !== role || r.where.locator !== b.block.locator);
      ctx.addRole(person, organization, role, m[6] ? `${m[5]} of ${m[6].trim()}` : `${m[4]}'s ${m[5]}`, where, 0.85, since);
    }
  },
};

/** The body after "of": a known body at its start, else the part a possessive names ("HSA's Lock Bureau"), else by its kind word. */
function bodyOf(ctx: RuleContext, phrase: string, where: { locator: string; quote: string }, upTo: number): string | undefined {
  const owned = /^[^\s'’]+(?:\s+[^\s'’]+)?['’]s\s+(.+)$/u.exec(phrase.trim());
  if (owned) {
    const part = ctx.orgs.scan(owned[1]!, where)[0];
    if (part && part.start === 0) return part.key;
  }
  const named = ctx.orgs.scan(phrase, where)[0];
  return named && named.start <= 2 ? named.key : antecedent(ctx, upTo, phrase);
}

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
