import nlp from "compromise";
import type { Where } from "../recognize/facts.js";
import { guessKind } from "../recognize/organizations.js";
import { countryCode } from "../recognize/places.js";
import type { RuleContext } from "./rule.js";

/** What an election notice says of a person right after the name. */
export interface Aside {
  country?: string;
  affiliations: string[];
}

/**
 * What an aside right after a person's name says of them: " of Ruritania" or "(Ruritania)" is
 * their country; "(Quarry Ltd - HSA)" their company and the member body they come through, each a
 * body (the graph's, else proposed: a company first, the other by its name's kind); " of Quarry
 * Ltd" their company when it is a body the graph or the document knows. A term ("2nd term"), a
 * number, a lower-case phrase or a country the places table lacks (`compromise`'s lexicon) is nothing.
 */
export function readAside(ctx: RuleContext, printed: string | undefined, where: Where): Aside {
  const out: Aside = { affiliations: [] };
  if (!printed) return out;
  const parts = printed.replace(/^\s*(?:of\s+(?:the\s+)?|\()|\)\s*$/g, "").split(/\s+[-–]\s+/).map((p) => p.trim()).filter(Boolean);
  parts.forEach((part, i) => {
    const country = countryCode(part.replace(/^the\s+/i, ""));
    if (country) {
      out.country ??= country;
      return;
    }
    // A country the places table lacks ("(Uruguay)") is still no company: the tagger's lexicon knows it.
    if (nlp(part).match("#Country+").text() === part) return;
    const known = ctx.orgs.scan(part, where).find((o) => o.start === 0 && o.end >= part.replace(/[.,]+$/, "").length - 1);
    if (known) {
      if (i === 0) out.affiliations.push(known.key);
      return;
    }
    // Only a parenthesis proposes a body: " of X" after a name is too often a place or a phrase.
    if (!/^\s*\(/.test(printed) || !/^[\p{Lu}\p{N}][\p{L}\p{N}.,&'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}.,&'’-]*){0,6}$/u.test(part)) return;
    if (/\b(?:term|mandate|elected|nominated)\b/i.test(part)) return;
    const kind = guessKind(part);
    const key = ctx.orgs.propose({ name: part, kind: i === 0 && kind === "OTHER" ? "COMPANY" : kind, locator: where.locator, quote: where.quote });
    if (i === 0) out.affiliations.push(key);
  });
  return out;
}

/** The aside printed right after a name: " of X" (up to a verb or a comma) or "(…)". */
export const ASIDE = String.raw`(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.’'-]*){0,3}|\s*\([^()]{2,80}\))`;
