import { labelOf } from "../recognize/fields.js";
import type { Where } from "../recognize/facts.js";
import { nameLine } from "./names.js";
import type { Rule } from "./rule.js";
import { statementSender } from "./statement-sender.js";

/** The contact rows of a statement's form: who sends it, who receives it, who answers for it. */
const CONTACT_LABELS = /^(?:from contacts?|to contacts?|cc|cc contacts?|response contacts?|technical contacts?|action holder contacts)$/;

/**
 * A liaison form's contact rows name people ("From Contact Ada Quill", "To Contacts Bo Lind <…>",
 * one per line): each named person is proposed (an address alone, a mailbox or a list is not a
 * name), and the person of "From Contact" is the sending body's contact person for the statement.
 */
export const formContacts: Rule = {
  name: "form-contacts",
  genres: ["liaison", "datatracker"],
  scope: "document",
  trigger: /^(?:From|To|Response|Technical|Cc)(?: Contacts?)?\b/im,
  apply(ctx) {
    let label: string | undefined;
    // A form without a sender row: the body its text speaks as ("The Harbour Forum is interested …").
    const sender = statementSender(ctx, { prose: true, addressees: ctx.facts.liaisons.map((l) => l.to) });
    for (const b of ctx.blocks) {
      const text = b.block.text;
      // "CcEric Gray": a copy that lost the space after the form's label; "Cc Eric Gray <>" under an empty "To Contacts" row.
      const glued = /^Cc\s?(?=\p{Lu}\p{Ll})/u.test(text) ? { label: "cc", rest: text.slice(2).trim() } : undefined;
      const labelled = glued ?? labelOf(text);
      let value = text;
      if (labelled) {
        label = CONTACT_LABELS.test(labelled.label) ? labelled.label : undefined;
        value = labelled.rest;
      } else if (/^(?:Purpose|Attachments|Body|Abstract|Deadline)\b/.test(text) || (text.length > 80 && !RECIPIENTS.test(text))) {
        label = undefined;
      }
      if (!label || !value) continue;
      const where: Where = { locator: b.block.locator, quote: text };
      // One recipient a line, or several a line where a copy ran the lines together ("Bo Lind <> Cleo Marsh <>").
      for (const item of value.split(/(?<=<[^>]*>)\s+/)) {
        const name = personIn(item);
        // "Cc: Harbour Sensors Alliance": a row that names a body is no person.
        if (!name || ctx.orgs.scan(name, where).some((o) => o.end - o.start >= name.length - 1)) continue;
        const person = ctx.addPerson(name, where);
        if (label.startsWith("from contact") && sender) ctx.addRole(person, sender, "CONTACT_PERSON", undefined, where, 0.8);
      }
    }
  },
};

/** Recipients run together on one line, each with its (emptied) address: "Bo Lind <> Cleo Marsh <> The QTF Chair <>". */
const RECIPIENTS = /^(?:[^<>]{2,60}<[^>]*>\s*)+$/;

/** "Bo Lind <bo@example.org>", "Bo Lind": the name; never a body's ("The IESG"), a list's or an address. */
function personIn(value: string): string | undefined {
  const bare = value.replace(/<[^>]*>/g, "").replace(/\S+@\S+/g, "").trim();
  if (!bare || /^The\b/.test(bare) || /\b\p{Lu}{2,}\b/u.test(bare) || /\b(?:List|Chairs?|Secretariat|Team|Group)\b/i.test(bare)) return undefined;
  return nameLine(bare);
}
