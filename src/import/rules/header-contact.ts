import { HONORIFIC, NAME } from "./names.js";
import type { Rule } from "./rule.js";

/** "Contact: Ms Ada Quill" in a letter's header, the name ending the cell (the next label, a separator or the line's end). */
const CONTACT = new RegExp(`\\bContact\\s*:\\s*(?:[/|]\\s*)?(${HONORIFIC})?(${NAME})(?=\\s*(?:$|[/|;]|\\(|Tel\\b|Telephone\\b|Phone\\b|Fax\\b|Telefax\\b|E-?mail\\b))`, "mu");
/** How many blocks from the top a header runs. */
const HEAD = 12;

/**
 * A circular's header names whom to contact (failure classes 2 and 3): "Contact: Ms Ada Quill",
 * "Contact: / Ada Quill", or the header run together on one line ("…Geneva, 3 May 2029 Contact:
 * Ada Quill Telephone: +41 …"). The person is the contact person of the bureau that sends the
 * letter (the document's issuer, else the first bureau the letterhead names).
 */
export const headerContact: Rule = {
  name: "header-contact",
  genres: ["circular"],
  scope: "document",
  trigger: /\bContact\s*:/,
  apply(ctx) {
    const head = ctx.blocks.slice(0, HEAD);
    const hit = head.map((b) => ({ b, m: CONTACT.exec(b.block.text) })).find((x) => x.m);
    if (!hit || /\b(?:Bureau|Secretariat|Union|Office|Division|Department)\b/.test(hit.m![2]!)) return;
    const bureau = ctx.issuer ?? head.slice(0, 3).flatMap((b) => b.orgs).find((o) => ctx.kindOf(o.key) === "BUREAU")?.key;
    const where = { locator: hit.b.block.locator, quote: hit.b.block.text.slice(Math.max(0, hit.m!.index - 40), hit.m!.index + hit.m![0].length + 60) };
    const person = ctx.addPerson(hit.m![2]!, where, hit.m![1] ? { honorific: hit.m![1].trim().replace(/\.$/, "") } : {});
    if (bureau) ctx.addRole(person, bureau, "CONTACT_PERSON", undefined, where, 0.8);
  },
};
