import { labelOf } from "../recognize/fields.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Where } from "../recognize/facts.js";
import type { Rule, RuleContext } from "./rule.js";

const ENTRY = new RegExp(`^[.·•-]?\\s*${HONORIFIC}?(${NAME})\\s*,\\s*(?:([^,]{2,40}),\\s*)?([^,]{2,80})$`, "u");
const ACRONYM = /^\p{Lu}[\p{Lu}\d&/-]{1,11}(?: \d{1,4}(?:\.\d{1,3})?)?$/u;

/**
 * A letter's "To:" and "CC:" rows, one addressee a line ("Ada Quill, XSG", "Bo Lind, Chair, Example
 * Board"): each addressee is a person of the body the row names (a body the graph does not know,
 * printed as an acronym, is proposed), holding the role the row states between them.
 */
export const addresseeRows: Rule = {
  name: "addressee-rows",
  genres: "any",
  scope: "document",
  trigger: /^(?:To|CC|Cc|Copy to):/m,
  apply(ctx) {
    let inRows = false;
    for (const b of ctx.blocks) {
      const labelled = labelOf(b.block.text);
      let value = b.block.text;
      if (labelled) {
        inRows = /^(?:to|cc|copy to)$/.test(labelled.label) && labelled.colon;
        value = labelled.rest;
      }
      if (!inRows || !value) continue;
      // Rows re-joined into one line keep their dots or bullets: ". Ada Quill, XSG . Bo Lind, YSG".
      const entries = value.split(/(?:^|\s+)[.·•]\s+/).map((e) => e.trim()).filter(Boolean).map((e) => ENTRY.exec(e));
      if (entries.length === 0 || entries.some((e) => !e)) { inRows = false; continue; }
      const where = { locator: b.block.locator, quote: b.block.text };
      for (const m of entries) addressee(ctx, m!, where);
    }
  },
};

/** One addressee: the person, the body the row names, the role the row states between them. */
function addressee(ctx: RuleContext, m: RegExpExecArray, where: Where) {
  const printed = m[3]!.trim();
  const body = ctx.orgs.scan(printed, where).find((o) => o.start === 0 && o.end === printed.length)?.key
    ?? (ACRONYM.test(printed) ? ctx.orgs.propose({ name: printed, acronym: printed, kind: "OTHER", locator: where.locator, quote: where.quote }) : undefined);
  if (!body) return;
  const person = ctx.addPerson(m[1]!.trim(), where, { affiliations: [body] });
  const role = m[2] ? roleOf(m[2]) : undefined;
  if (role) ctx.addRole(person, body, role, m[2]!.trim(), where, 0.8);
}
