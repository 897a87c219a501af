import { whereOf } from "./evidence.js";
import { OFFICE_LABEL, officeOfLabel } from "./office-labels.js";
import { pageBody, titleUnread } from "./page-body.js";
import { listedNames } from "./people-list-field.js";
import type { Rule } from "./rule.js";

const BULLET = String.raw`(?:\|\s*)?(?:[·•▪◦○●*–-]\s*)?`;
/** "Chairs Ada Quill (Quayside), Bo Lind", "Team Contacts: Jon Roe", "Co-Chairs | Ada Quill, Bo Lind |". */
const LABEL_AND_VALUE = new RegExp(`^\\s*${BULLET}(${OFFICE_LABEL})\\s*(?::\\s*|\\|\\s*|\\s+(?=\\p{Lu}))(.+)$`, "u");
/** The label alone on its line, its holders on the lines under it. */
const LABEL_ALONE = new RegExp(`^\\s*${BULLET}(${OFFICE_LABEL})\\s*:?\\s*\\|?\\s*$`, "u");
/** How many lines under a label alone may name its holders. */
const UNDER = 6;

/**
 * Roles by layout (failure class 6): an office printed as a label, its holders as the value
 * beside it ("Chairs Ada Quill (Quayside), Bo Lind", "Team Contacts: Jon Roe", a table row
 * "Co-Chairs | Ada Quill, Bo Lind |") or on the lines under it ("Chairs" / "Ada Quill" / "Bo
 * Lind"). Each name alone (people-list-field.ts `listedNames`) holds the office (office-labels.ts)
 * in the page's own body (page-body.ts: the heading just above, else the page's first lines, else
 * its subject); a singular label over names is heading-roster's. Nothing without a page body (nor
 * when the page's title names a body the mentions did not read), and nothing from a value that
 * names no one ("Chair: TBD"); without a body, the holders are people of the page.
 */
export const officeLabelList: Rule = {
  name: "office-label-list",
  genres: "any",
  scope: "block",
  trigger: new RegExp(`^\\s*${BULLET}(?:${OFFICE_LABEL})\\b`, "u"),
  apply(ctx, b) {
    if (!b || b.block.text.length > 240) return;
    const beside = LABEL_AND_VALUE.exec(b.block.text);
    const alone = beside ? undefined : LABEL_ALONE.exec(b.block.text);
    const office = officeOfLabel((beside ?? alone)?.[1] ?? "");
    if (!office) return;
    const holders: Array<{ name: string; at: typeof b }> = [];
    if (beside) {
      for (const c of listedNames(beside[2]!.replace(/\|\s*$/, ""), b)) holders.push({ name: c.name, at: b });
    } else if (office.plural) {
      // A singular office over names is heading-roster's (the first name holds it); a plural one, all of them.
      for (const next of ctx.blocks.slice(b.index + 1, b.index + 1 + UNDER)) {
        const line = next.block.text.replace(/^[·•▪◦○●*–-]\s*/, "").replace(/\|\s*$/, "");
        const names = line.length <= 80 ? listedNames(line, next) : [];
        if (names.length !== 1) break;
        holders.push({ name: names[0]!.name, at: next });
      }
    }
    if (!holders.length) return;
    const body = titleUnread(ctx) ? undefined : pageBody(ctx, b.index);
    for (const h of holders) {
      const where = h.at === b ? whereOf(b) : { locator: b.block.locator, quote: `${b.block.text}\n${h.at.block.text}` };
      const person = ctx.addPerson(h.name, where);
      if (body) ctx.addRole(person, body, office.role, undefined, where, 0.8);
    }
  },
};
