import { labelOf } from "../recognize/fields.js";
import { HONORIFIC, NAME } from "./names.js";
import type { Rule } from "./rule.js";
import { statementSender } from "./statement-sender.js";

/** The person's line under "Contact Person:": "Name: Ada Quill", "Name:\tDr. Bo Lind", or the name alone. */
const NAME_ROW = new RegExp(`^(?:Name\\s*:\\s*)?${HONORIFIC}?(${NAME})\\s*(?:,.*)?$`, "u");

/**
 * A 3GPP-style statement's "Contact Person:" row, its person on the rows under it ("Name: Ada
 * Quill", "Tel. Number: …", "E-mail Address: …"), or on the label's own line: the contact person
 * of the body that sends the statement (its Source row, read by the document stage). Nothing when
 * the statement has no sender, or the row holds no name (a mailbox, "3GPP Liaisons Coordinator").
 */
export const lsContactPerson: Rule = {
  name: "ls-contact-person",
  genres: ["liaison"],
  scope: "block",
  trigger: /^Contact Person\s*:/i,
  apply(ctx, b) {
    if (!b) return;
    const sender = statementSender(ctx);
    if (!sender) return;
    const own = labelOf(b.block.text)?.rest ?? "";
    const rows = [own, ...ctx.blocks.slice(b.index + 1, b.index + 3).map((x) => x.block.text)].filter(Boolean);
    for (const row of rows) {
      const m = NAME_ROW.exec(row.replace(/\s+/g, " ").trim());
      if (!m || /\b(?:Coordinator|Secretariat|Support|Team|Office)\b/i.test(m[1]!)) continue;
      const where = { locator: b.block.locator, quote: [b.block.text, row].join("\n") };
      const person = ctx.addPerson(m[1]!.trim(), where, { affiliations: [sender] });
      ctx.addRole(person, sender, "CONTACT_PERSON", "Contact Person", where, 0.85);
      return;
    }
  },
};
