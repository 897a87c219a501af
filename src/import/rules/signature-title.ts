import type { Where } from "../recognize/facts.js";
import { findRoleWords, isNameWords } from "../recognize/people.js";
import { bodyOfPhrase } from "./kind-body.js";
import { HONORIFIC, NAME } from "./names.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** "Ada Quill, Harbour Forum Technical Committee Chair <>" or "Ada Quill," alone (the title on the next line). */
const LINE = new RegExp(`^${HONORIFIC}?(${NAME}),\\s*(.*?)\\s*(?:<[^>]*>)?\\s*$`, "u");
const GREETING = /^(?:Hi|Hello|Dear|Thanks|Regards|Best|Cheers|Greetings)\b/;
/** Words of a title that stand between a body's name and the office ("… Managing Director", "… area director"). */
const TITLE_WORD = /^(?:Managing|Executive|General|Deputy|Acting|Interim|Senior|Technical|Program|Programme|area|Area|group|Group)$/;

/**
 * A signature or distribution line that names a person and their office with the body first:
 * "Ada Quill, Harbour Forum Managing Director", "Bo Lind, QTF area director", or a name line
 * "Ada Quill," over its title line "Harbour Forum Technical Committee Chair" (a letter's closing).
 * The person is proposed, and the office held in the body the title names (`kind-body.ts`: a known
 * body, or "<body> Technical Committee" proposed as its part). A title whose office is not one of
 * the graph's kinds ("Member Support Manager") gives the person alone; a title with the office
 * first ("Chair of …") is `officer-list`'s and `prose-people`'s reading, not this one's.
 */
export const signatureTitle: Rule = {
  name: "signature-title",
  genres: ["liaison", "datatracker", "other"],
  scope: "block",
  trigger: new RegExp(`^${HONORIFIC}?${NAME},`, "u"),
  apply(ctx, b) {
    if (!b) return;
    const m = LINE.exec(b.block.text);
    // A greeting ("Hi Ada, All,"), or a body's name ("Quarry Headquarters, Lisbon") is no signer.
    if (!m || GREETING.test(m[1]!) || !isNameWords(m[1]!.split(/\s+/)) || b.orgs.some((o) => o.start < b.block.text.indexOf(",") && o.end > b.block.text.indexOf(m[1]!))) return;
    // The closing's title on the line below the name ("Ada Quill," / "Harbour Forum … Chair").
    const next = ctx.blocks[b.index + 1];
    const printed = m[2] || (next && next.block.text.length <= 80 && !/[.:;]/.test(next.block.text) ? next.block.text.replace(/<[^>]*>/g, "").trim() : "");
    // "… area director on behalf of the Board": whom the signer writes for is not part of the title.
    const title = printed.replace(/\s+on behalf of\b.*$/i, "");
    if (!title || title.length > 80 || /[.;:]/.test(title)) return;
    const where: Where = { locator: b.block.locator, quote: m[2] ? b.block.text : `${b.block.text} ${title}` };
    const office = officeOf(ctx, title, where, b);
    // The title must say who the signer is: an office, or a body ("…, Harbour Forum Member Support Manager").
    if (!office && ctx.orgs.scan(title, where).length === 0) return;
    const person = ctx.addPerson(m[1]!.trim(), where);
    if (office) ctx.addRole(person, office.body, office.role, title, where, 0.8);
  },
};

/** The office a "<Body> <Title>" phrase holds: its last role word, and the body the words before it name. */
function officeOf(ctx: RuleContext, title: string, where: Where, b: RuleBlock): { role: string; body: string } | undefined {
  const word = findRoleWords(title).at(-1);
  // The office ends the title ("… Chair", "… area director", "… Chair for 2030"): at most two words after it.
  if (!word || word.passive || title.slice(word.end).trim().split(/\s+/).filter(Boolean).length > 2) return undefined;
  const words = title.slice(0, word.start).trim().split(/\s+/).filter(Boolean);
  // "Chair of …", "Chair, …": the office first is another reading.
  if (words.length === 0) return undefined;
  while (words.length > 0) {
    const body = bodyOfPhrase(ctx, words.join(" "), where, b.index);
    if (body) return { role: word.role, body };
    // "Harbour Forum Managing", "QTF area": drop the title's words before the office, one at a time.
    if (!TITLE_WORD.test(words.at(-1)!)) return undefined;
    words.pop();
  }
  return undefined;
}
