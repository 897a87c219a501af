import { guessKind } from "../recognize/organizations.js";
import { whereOf } from "./evidence.js";
import { roleOf } from "./names.js";
import { pageBody } from "./page-body.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** A results table's column headings: "Name Company / Partner", "Name | Organization | Member". */
const HEADER = /^Name\s*[|/]?\s*(?:Company|Organi[sz]ation|Affiliation)\s*(?:[|/]\s*(?:Partner|Member|Country|Organi[sz]ational Partner))?\s*\|?$/i;

/**
 * An election's results table, a row a person: "Mr Ada QUILL Harbour Labs Ltd / HSU" under the
 * headings "Vice Chairmanship" and "Name Company / Partner" (failure class 6). Each person is
 * affiliated with the company and the partner body after the slash (the graph's, else proposed);
 * the office the heading above states is held in the body the results are for (the last body a
 * line "Elections for … of XY" names, else the page's). A heading that says vice-chair never
 * makes a vice-chair of the person the prose already made chair of that body (a misprinted
 * heading loses to the sentence).
 */
export const companyPartnerRows: Rule = {
  name: "company-partner-rows",
  genres: ["news", "report", "group", "other"],
  scope: "document",
  trigger: /^Name\s*[|/]?\s*(?:Company|Organi[sz]ation|Affiliation)\b/im,
  apply(ctx) {
    ctx.blocks.forEach((h, i) => {
      if (!HEADER.test(h.block.text)) return;
      const office = officeAbove(ctx, i);
      const body = office ? electionBody(ctx, i) : undefined;
      for (const b of ctx.blocks.slice(i + 1)) {
        const person = b.people[0];
        if (!person || person.start !== 0) break;
        const [company, partner] = b.block.text.slice(person.end).split(/\s+\/\s+/).map((s) => s.trim());
        const where = whereOf(b);
        const bodies = [company, partner].flatMap((t) => (t ? [bodyNamed(ctx, b, t)] : [])).filter((k): k is string => !!k);
        const name = ctx.addPerson(person.name, where, { ...(person.honorific ? { honorific: person.honorific } : {}), affiliations: bodies, printed: person.printed });
        if (!office || !body) continue;
        if (office === "VICE_CHAIR" && ctx.facts.roles.some((r) => r.person === name && r.organization === body && r.role === "CHAIR")) continue;
        ctx.addRole(name, body, office, undefined, where, 0.7);
      }
    });
  },
};

/** "Vice Chairmanship", "Chair" in the three lines above the heading (rules and dashes skipped). */
function officeAbove(ctx: RuleContext, at: number): string | undefined {
  for (const b of ctx.blocks.slice(Math.max(0, at - 3), at).reverse()) {
    const text = b.block.text.replace(/^[•·*\s-]+$/, "");
    if (!text) continue;
    if (text.length > 40) return undefined;
    const role = /^(?:Vice[\s-]?)?Chair(?:man|woman|person)?(?:ship|s)?$/i.test(text) ? roleOf(text.replace(/ship$/i, "")) : undefined;
    if (role) return role;
  }
  return undefined;
}

/** The body of "Elections for Chairman and 3 Vice Chairmen of XY" above the table, else the page's. */
function electionBody(ctx: RuleContext, at: number): string | undefined {
  for (const b of ctx.blocks.slice(Math.max(0, at - 12), at).reverse()) {
    if (/^Elections?\b/i.test(b.block.text) && b.orgs.length > 0) return b.orgs.at(-1)!.key;
  }
  return pageBody(ctx, at);
}

function bodyNamed(ctx: RuleContext, b: RuleBlock, text: string): string | undefined {
  const where = whereOf(b);
  const known = ctx.orgs.scan(text, where)[0];
  if (known && known.start === 0 && known.end >= text.replace(/[\s.,]+$/, "").length) return known.key;
  if (text.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  return ctx.orgs.propose({ name: text, kind: guessKind(text), locator: where.locator, quote: where.quote });
}
