import { guessKind } from "../recognize/organizations.js";
import { countryCode, findCountries } from "../recognize/places.js";
import { whereOf } from "./evidence.js";
import { nameLine } from "./names.js";
import { pageBody } from "./page-body.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";
import { numberedSubgroup } from "./subgroup.js";

/**
 * "WG7 Image Processing and Peter Quill, Germany", "TG 2 Buoys Ada Quill (Harbour Labs)"; the
 * rest of a title wrapped in its column may follow, re-joined ("…, Germany Interchange").
 */
const ROW = /^(WG|TG|SG|JWG|AHG|Working Group|Task Group|Study Group)\s*(\d{1,2})\b\s+(.*?)\s*((?:[\p{Lu}][\p{L}'’-]+\s+)(?:[\p{Lu}]\.?\s+)?(?:(?:van|von|de|der|ten|ter|da|di|le|la)\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s*(?:,\s*([\p{Lu}][\p{L}. ]+)|\(([^()]{2,60})\)((?:\s+[\p{L}-]+){0,4}))\s*$/u;

/**
 * A committee page's list of its sub-groups, one a line, each with the person who leads it
 * (failure class 6): "WG1 Architecture Ada Quill, USA", "WG 4 Language Bindings Jon Roe (Acme
 * Labs)". At least two such rows make a list. Each person leads the numbered group of the body the
 * list stands under (the heading above it naming a body, else the page's body; the graph's
 * sub-group of that number, else one proposed under it, its title an alias); in ISO and IEC
 * committees a working group's leader is its convenor, elsewhere its chair. The country after the
 * comma (or in parentheses) is the person's; a body in parentheses an affiliation.
 */
export const subgroupLeaderRows: Rule = {
  name: "subgroup-leader-rows",
  genres: ["group", "news", "report", "other"],
  scope: "document",
  trigger: /^(?:WG|TG|SG|JWG|AHG|Working Group|Task Group|Study Group)\s*\d{1,2}\b.*(?:,\s*[\p{Lu}][\p{L}. ]+|\([^()]+\))\s*$/mu,
  apply(ctx) {
    const rows = ctx.blocks.flatMap((b) => {
      const m = b.block.text.length <= 140 ? ROW.exec(b.block.text) : null;
      const name = m ? nameLine(m[4]!) : undefined;
      if (!m || !name) return [];
      // After the comma a country, then at most four words of the title's wrapped rest.
      const place = m[5] ? findCountries(m[5])[0] : undefined;
      if (m[5] && (!place || place.index !== 0 || m[5].slice(place.text.length).trim().split(/\s+/).length > 4)) return [];
      const country = place?.code ?? (m[6] ? countryCode(m[6]) : undefined);
      const wrapped = (m[5] ? m[5].slice(place!.text.length) : m[7] ?? "").trim();
      return [{ b, m, name, country, title: `${m[3]!.trim()} ${wrapped}`.trim() }];
    });
    if (rows.length < 2) return;
    const parent = pageBody(ctx, rows[0]!.b.index, 40);
    if (!parent) return;
    const iso = /\b(?:ISO|IEC|JTC\s?1|SC\s?\d{1,2})\b/.test(`${ctx.orgs.label(parent)} ${ctx.orgs.row(parent)?.acronym ?? ""}`);
    for (const { b, m, name, country, title } of rows) {
      const group = subgroupOf(ctx, b, parent, m[1]!, m[2]!, title);
      const where = whereOf(b);
      const affiliation = m[6] ? affiliationOf(ctx, m[6], b) : undefined;
      const person = ctx.addPerson(name, where, { affiliations: affiliation ? [affiliation] : [], ...(country ? { country } : {}) });
      const working = /^(?:WG|JWG|Working Group)$/.test(m[1]!);
      ctx.addRole(person, group, iso && working ? "CONVENOR" : "CHAIR", undefined, where, 0.7);
    }
  },
};

/** The graph's sub-group of that number under the parent, else one proposed under it. */
function subgroupOf(ctx: RuleContext, b: RuleBlock, parent: string, word: string, number: string, title: string): string {
  const short = word.length <= 3 ? word : word.split(" ").map((w) => w[0]).join("");
  const known = numberedSubgroup(ctx, `${short} ${number}`, parent) ?? numberedSubgroup(ctx, `${word} ${number}`, parent);
  if (known) return known;
  const parentName = ctx.orgs.label(parent);
  const acronym = `${short} ${number}`;
  return ctx.orgs.propose({
    name: `${parentName}/${acronym}`, acronym, kind: guessKind(`Working Group ${number}`), partOf: parent,
    ...(title ? { aliases: [`${short}${number} ${title}`, `${acronym} ${title}`] } : {}),
    locator: b.block.locator, quote: b.block.text,
  });
}

/** "(Harbour Labs)": the graph's body, else a new one; a country in parentheses is none. */
function affiliationOf(ctx: RuleContext, text: string, b: RuleBlock): string | undefined {
  if (countryCode(text)) return undefined;
  const where = whereOf(b);
  const known = ctx.orgs.scan(text, where)[0];
  if (known && known.start === 0) return known.key;
  if (text.split(/\s+/).length > 5 || !/^[\p{Lu}]/u.test(text)) return undefined;
  return ctx.orgs.propose({ name: text, kind: guessKind(text), locator: where.locator, quote: where.quote });
}
