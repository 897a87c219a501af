import { isNameWords } from "../recognize/people.js";
import { whereOf } from "./evidence.js";
import { nameLine, roleOf } from "./names.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** A line that is only an office's or a part's title: "Vice Chair", "Online Moderator", "Staff Manager". */
const HEADING = /^(?:(?:Onsite|On-site|Online|Remote|Staff|Programme|Program|Session|Executive|Technical|Honorary|First|Second|1st|2nd)\s+)?(?:Vice[\s-]?Chair(?:man|woman|person)?|Co[\s-]?Chair(?:man|woman|person)?|Chair(?:man|woman|person)?|Moderator|Facilitator|Secretary|Treasurer|Manager|Convenor|Convener|Rapporteur|Editor|Speaker|Panell?ist|Host|Liaison Officer|Officer)s?\s*:?$/i;

/**
 * A page's roster: titles printed as headings, each above the name(s) of who holds it, one a line
 * ("Vice Chair" / "Ada Quill" / "Bo Lind" / "Staff Manager" / "Cy Moss"), as committee pages and
 * session pages print their officers and moderators (failure class 6). Every name line of a run
 * that starts at a heading is a person of the page; the name right under a heading that is an office
 * of the graph's kinds (chair, vice-chair, secretary…) holds that office in the body the page is
 * about (the first body its first three lines name). A title that is no such office ("Moderator",
 * "Staff Manager") gives the person and no role; name lines before any heading give nothing (a list
 * of capitalized topics is not a list of people).
 */
export const headingRoster: Rule = {
  name: "heading-roster",
  genres: ["group", "event", "other"],
  scope: "document",
  trigger: new RegExp(HEADING.source, "im"),
  apply(ctx) {
    const blocks = ctx.blocks;
    let i = 0;
    while (i < blocks.length) {
      // A roster starts at a heading: a name line above the first heading may as well be a topic's title.
      if (!isHeading(blocks[i]!)) { i++; continue; }
      let j = i;
      while (j < blocks.length && (isHeading(blocks[j]!) || personLine(blocks[j]!))) j++;
      roster(ctx, blocks.slice(i, j));
      i = j;
    }
  },
};

function isHeading(b: RuleBlock): boolean {
  return b.block.text.length <= 40 && HEADING.test(b.block.text.trim());
}

/** The person a line is, when the line is nothing but a name (with or without an honorific). */
function personLine(b: RuleBlock): string | undefined {
  const text = b.block.text.trim();
  if (text.length > 60 || b.orgs.length > 0) return undefined;
  const name = nameLine(text);
  if (!name) return undefined;
  // The mentions stage's word list must agree that these words can be a name.
  return isNameWords(name.split(/\s+/)) ? name : undefined;
}

function roster(ctx: RuleContext, run: RuleBlock[]) {
  const body = pageBody(ctx);
  let office: string | undefined;
  for (const b of run) {
    if (isHeading(b)) {
      const title = b.block.text.trim().replace(/:$/, "");
      office = roleOf(title) ?? (/^secretary$/i.test(title) ? "SECRETARIAT" : undefined);
      continue;
    }
    const name = personLine(b)!;
    const where = whereOf(b);
    const honorific = /^(Mr|Ms|Mrs|Dr|Prof)\.?\s/.exec(b.block.text.trim())?.[1];
    const person = ctx.addPerson(name, where, honorific ? { honorific } : {});
    // Only the first name under a heading holds its office: the names after it have lost theirs.
    if (office && body) ctx.addRole(person, body, office, undefined, where, 0.75);
    office = undefined;
  }
}

function pageBody(ctx: RuleContext): string | undefined {
  for (const b of ctx.blocks.slice(0, 3)) if (b.orgs[0]) return b.orgs[0].key;
  return ctx.facts.subjectOrganization;
}
