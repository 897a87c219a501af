import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/** A form's To / Cc row that is nothing but "The QSG <…>" (one recipient a line). */
const ROW = /^(?:(?:Cc|To Contacts?|Response Contacts?)\s+)?The\s+(\p{Lu}{3,6})\s*(?:<[^>]*>)?$/u;
/** A closing's "… on behalf of the QSG". */
const ON_BEHALF = /\bon behalf of the\s+(\p{Lu}{3,6})\s*[.,]?$/u;

/**
 * A body named in passing by its acronym after "the", where only a body can stand: a form's
 * To / Cc row that is nothing but "The QSG <…>", or a closing's "on behalf of the QSG". The body
 * is the graph's when it knows the acronym, else proposed under that acronym. "The QSG Chair <>"
 * (a person by office), "The QSG Board" and lists are not read here.
 */
export const ccAcronymBody: Rule = {
  name: "cc-acronym-body",
  genres: ["liaison", "datatracker"],
  scope: "block",
  trigger: /\bThe\s+\p{Lu}{3,6}\b/iu,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text.trim();
    const acronym = (ROW.exec(text) ?? ON_BEHALF.exec(text))?.[1];
    if (!acronym) return;
    const where = whereOf(b);
    const start = text.lastIndexOf(acronym);
    // A mention the mentions stage already made of it.
    if (b.orgs.some((o) => o.start <= start && o.end >= start + acronym.length)) return;
    const known = ctx.orgs.find([acronym]);
    if (!known) ctx.orgs.propose({ name: acronym, acronym, kind: "OTHER", locator: where.locator, quote: where.quote });
    else if (known.existing && !ctx.facts.mentionedOrganizations.has(known.key)) ctx.facts.mentionedOrganizations.set(known.key, { printed: acronym, where });
  },
};
