import { guessKind } from "../recognize/organizations.js";
import { isNameWords } from "../recognize/people.js";
import { countryCode } from "../recognize/places.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME } from "./names.js";
import type { Rule, RuleContext } from "./rule.js";

const LINE = new RegExp(`^${HONORIFIC}?(${NAME})(?:\\s+(?:JD|PhD|MBA|MD))?\\s+\\|\\s+([^|–—]{2,120}?)(?:\\s+[–—]\\s+.*)?$`, "u");
const BOARD = /\b(?:new\s+)?Board(?:\s+of\s+Directors)?\b[^:]*:\s*$/;

/**
 * A list of people one a line, "Name | Title, Body – what they do" (board and committee
 * announcements, speakers' lists): each line's name is a person, the body after the title's last
 * comma ("CEO, Quarry Ltd") an affiliation (proposed when new). Under a lead-in that introduces a
 * board ("… our new Board of Directors that will serve until …:"), each is a member of the board
 * of the body the page is about ("<Body> Board of Directors", proposed as its part).
 */
export const nameBarLine: Rule = {
  name: "name-bar-line",
  genres: ["news", "group", "event", "other"],
  scope: "document",
  trigger: /^[^|\n]{3,60}\s\|\s/m,
  apply(ctx) {
    let board: string | undefined;
    let boardChecked = false;
    for (const b of ctx.blocks) {
      const m = LINE.exec(b.block.text.trim());
      if (!m) continue;
      const where = whereOf(b);
      const title = m[2]!.trim();
      const lastPart = title.includes(",") ? title.split(",").at(-1)!.trim() : undefined;
      const affiliation = lastPart ? bodyOf(ctx, lastPart, where) : undefined;
      const name = m[1]!.trim().replace(/\s+(?:JD|PhD|MBA|MD)$/, "");
      // A form's or table's row ("From Group | …") is no person.
      if (!isNameWords(name.split(/\s+/))) continue;
      const person = ctx.addPerson(name, where, affiliation ? { affiliations: [affiliation] } : {});
      if (!boardChecked) {
        boardChecked = true;
        board = boardOf(ctx, b.index);
      }
      if (board) ctx.addRole(person, board, "MEMBER", "Board member", where, 0.7);
    }
  },
};

function bodyOf(ctx: RuleContext, text: string, where: { locator: string; quote: string }): string | undefined {
  const known = ctx.orgs.scan(text, where).find((o) => o.start === 0 && o.end >= text.length - 1);
  if (known) return known.key;
  if (countryCode(text) || !/^[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s+(?:&|and|of|[\p{Lu}\p{N}][\p{L}\p{N}.&-]*)){0,4}$/u.test(text)) return undefined;
  return ctx.orgs.propose({ name: text, kind: guessKind(text) === "OTHER" ? "COMPANY" : guessKind(text), locator: where.locator, quote: where.quote });
}

/** The board a lead-in just above the list introduces: the page's body's. */
function boardOf(ctx: RuleContext, firstLine: number): string | undefined {
  const lead = ctx.blocks[firstLine - 1];
  if (!lead || !BOARD.test(lead.block.text)) return undefined;
  const body = ctx.blocks.slice(0, 3).find((b) => b.orgs[0])?.orgs[0]?.key ?? ctx.facts.subjectOrganization;
  if (!body) return undefined;
  const name = `${ctx.orgs.label(body)} Board of Directors`;
  return ctx.orgs.propose({ name, kind: "OTHER", partOf: body, locator: lead.block.locator, quote: lead.block.text });
}
