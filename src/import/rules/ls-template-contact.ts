import { findDates } from "../recognize/dates.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";
import { statementSender } from "./statement-sender.js";

/** The labels of an ITU liaison statement's header table, however its cells were run together. */
const LABEL = /(For (?:action|comment|information) to:|Deadline:|Contact:|Name\/Organi[sz]ation\/Entity:|Phone number:|Tel\.?:|Fax:|E-mail:|Summary:|Abstract:|Keywords:)/g;
const CONTACT = new RegExp(`^${HONORIFIC}?(${NAME})\\s*,\\s*(.+)$`, "u");

/**
 * An ITU liaison statement's header table, its cells on one line or run together when the table
 * was flattened ("For comment to:XYFor information to:n/aDeadline:n/aContact:Name/Organization/
 * Entity:Ms Ada Quill, Chairman XY…"): the contact ("Name/Organization/Entity: Ms Ada Quill,
 * Chairman XY") is the contact person of the body her title names, and holds the role the title
 * states; when the form names no sender, that body sends the statement, to each body of the
 * "For … to:" cells ("n/a" is none), with the cell "Deadline:" as its reply deadline.
 */
export const lsTemplateContact: Rule = {
  name: "ls-template-contact",
  genres: ["liaison"],
  scope: "block",
  trigger: /Name\/Organi[sz]ation\/Entity:/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    const cells = cellsOf(b.block.text);
    const contact = cells.find((c) => /^Name\//.test(c.label))?.value;
    const m = contact ? CONTACT.exec(contact) : null;
    if (!m) return;
    const title = m[2]!.trim();
    const body = ctx.orgs.scan(title, where).pop();
    if (!body) return;
    const person = ctx.addPerson(m[1]!.trim(), where);
    const role = roleOf(title);
    if (role && role !== "CONTACT_PERSON") ctx.addRole(person, body.key, role, title, where, 0.85);
    ctx.addRole(person, body.key, "CONTACT_PERSON", title, where, 0.8);
    const from = statementSender(ctx) ?? body.key;
    const deadline = findDates(cells.find((c) => c.label === "Deadline:")?.value ?? "")[0]?.start;
    for (const cell of cells.filter((c) => /^For /.test(c.label))) {
      if (/^n\/?a\b/i.test(cell.value)) continue;
      const named = ctx.orgs.scan(cell.value, where).map((o) => o.key);
      // A cell holding one acronym the graph does not know is still a body ("For comment to: XY").
      if (named.length === 0 && /^\p{Lu}[\p{Lu}\d-]{1,11}$/u.test(cell.value)) {
        named.push(ctx.orgs.propose({ name: cell.value, acronym: cell.value, kind: "OTHER", locator: where.locator, quote: where.quote }));
      }
      for (const to of named) {
        if (to === from) continue;
        ctx.addLiaison({
          kind: "LIAISON_STATEMENT", from, to, addressed: cell.label.replace(/ to:$/, "").toLowerCase(), topics: [],
          ...(deadline ? { deadline } : {}), where,
        });
      }
    }
  },
};

/** The header's cells: each label with the text up to the next label. */
function cellsOf(text: string): Array<{ label: string; value: string }> {
  const parts = text.split(LABEL);
  const cells: Array<{ label: string; value: string }> = [];
  for (let i = 1; i < parts.length; i += 2) cells.push({ label: parts[i]!, value: (parts[i + 1] ?? "").trim() });
  return cells;
}
