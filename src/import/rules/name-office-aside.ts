import { isNameWords } from "../recognize/people.js";
import { lazyTagged } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME } from "./names.js";
import { OFFICE_LABEL, officeOfLabel } from "./office-labels.js";
import { pageBody, titleUnread } from "./page-body.js";
import { taggedAsPerson } from "./person-names.js";
import type { Rule } from "./rule.js";

/** "Ada Quill (Chair)", in a list or alone: the office in parentheses right after a name. */
const IN_PARENTHESES = new RegExp(`(?:^|[,;:•·|]\\s*|\\band\\s+)(?:[·•▪◦○●*–-]\\s*)?(${HONORIFIC})?(${NAME})\\s*\\(\\s*(${OFFICE_LABEL})\\s*\\)`, "gu");
/** A line that is a name and its office: "Ada Quill, Chair", "Dr Ada Quill – Vice-Chair". */
const NAME_THEN_OFFICE = new RegExp(`^\\s*(?:[·•▪◦○●*]\\s*)?(${HONORIFIC})?(${NAME})\\s*(?:,|\\s[–—-])\\s*(${OFFICE_LABEL})\\s*\\.?$`, "u");

/**
 * Roles by layout (failure class 6): a name with its office beside it and nothing else, in a list
 * or a line of its own: "Ada Quill (Chair), Bo Lind (Vice-Chair), Jon Roe", "Ada Quill, Chair",
 * "Ada Quill – Convenor". The office (office-labels.ts) is held in the page's own body
 * (page-body.ts), none when the page's title names a body the mentions did not read. An office
 * with its body beside it ("Ada Quill, Chair of XY") is the clause rules'; a plural office
 * ("Chairs") is no one person's.
 */
export const nameOfficeAside: Rule = {
  name: "name-office-aside",
  genres: "any",
  scope: "block",
  trigger: new RegExp(`(?:\\(\\s*|,\\s*|\\s[–—-]\\s*)(?:${OFFICE_LABEL})\\s*(?:\\)|\\.?\\s*$)`, "mu"),
  apply(ctx, b) {
    if (!b || b.block.text.length > 400) return;
    const pairs: Array<{ honorific?: string; name: string; label: string }> = [];
    const line = NAME_THEN_OFFICE.exec(b.block.text);
    if (line) pairs.push({ honorific: line[1], name: line[2]!, label: line[3]! });
    else for (const m of b.block.text.matchAll(IN_PARENTHESES)) pairs.push({ honorific: m[1], name: m[2]!, label: m[3]! });
    const tagged = lazyTagged(b.block.text);
    const held = pairs
      .map((p) => ({ ...p, name: p.name.trim(), office: officeOfLabel(p.label) }))
      .filter((p) => p.office && !p.office.plural && isNameWords(p.name.split(/\s+/)) && !b.orgs.some((o) => o.start < b.block.text.indexOf(p.name) + p.name.length && o.end > b.block.text.indexOf(p.name)))
      // A name needs an honorific or the tagger's reading: "Harbour Systems (Chair)" is no one.
      .filter((p) => p.honorific || taggedAsPerson(tagged(), { start: 0, end: p.name.length, name: p.name }));
    if (!held.length) return;
    const body = titleUnread(ctx) ? undefined : pageBody(ctx, b.index);
    const where = whereOf(b);
    for (const h of held) {
      const person = ctx.addPerson(h.name, where);
      if (body) ctx.addRole(person, body, h.office!.role, undefined, where, 0.75);
    }
  },
};
