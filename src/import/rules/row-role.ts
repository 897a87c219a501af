import type { OrgMention } from "../recognize/organizations.js";
import type { PersonMention } from "../recognize/people.js";
import { officeWords } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import { nameLine } from "./names.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** A cell of a table row: its text, the block it is in, and where in that block. */
interface Cell {
  b: RuleBlock;
  text: string;
  start: number;
  end: number;
}

/** Kinds of body a person works for: in a row beside an office, the person's affiliation, not the office's body. */
const EMPLOYERS = new Set(["COMPANY", "UNIVERSITY", "RESEARCH_INSTITUTE", "ADMINISTRATION", "REGULATOR"]);

/**
 * A role stated by one table row (eighth round, clause-level relation rules): a row whose cells
 * hold exactly one person (a cell that is a name, or the mentions stage's person), exactly one
 * office word of the product's role kinds, and one body: the body the office's own cell names
 * ("Chair of XY", "XY Convenor"), else the only body of the other cells that is not an employer
 * (a company, a university, an institute, an administration: the person's affiliation, kept as
 * such). Rows are HTML table rows (cells "t1.r2.c1", "t1.r2.c2") and text rows cut by "|" or
 * tabs: "Ada Quill | Vice-Chair | XY Board", "Dr Bo Lind | Harbour Works Ltd | Rapporteur, XY".
 * Two people, two offices, two candidate bodies, a plural office: nothing. Only creations.
 */
export const rowRole: Rule = {
  name: "row-role",
  genres: "any",
  scope: "document",
  trigger: /\b(?:chair|co-?chair|vice[\s-]?chair|rapporteur|editor|conven|liaison\s+(?:officer|representative|manager)|contact\s+person|secretar|director)/i,
  apply(ctx) {
    for (const row of rows(ctx)) readRow(ctx, row);
  },
};

function rows(ctx: RuleContext): Cell[][] {
  const out: Cell[][] = [];
  const html = new Map<string, Cell[]>();
  for (const b of ctx.blocks) {
    const cell = /^(t\d+\.r\d+)\.c\d+/.exec(b.block.locator);
    if (cell) {
      const list = html.get(cell[1]!) ?? [];
      list.push({ b, text: b.block.text, start: 0, end: b.block.text.length });
      html.set(cell[1]!, list);
      continue;
    }
    if (!/\||\t/.test(b.block.text)) continue;
    const cells: Cell[] = [];
    let from = 0;
    for (const m of b.block.text.matchAll(/\s*(?:\||\t)\s*/g)) {
      cells.push({ b, text: b.block.text.slice(from, m.index!), start: from, end: m.index! });
      from = m.index! + m[0].length;
    }
    cells.push({ b, text: b.block.text.slice(from), start: from, end: b.block.text.length });
    const full = cells.filter((c) => c.text.trim());
    if (full.length >= 2) out.push(full);
  }
  for (const cells of html.values()) if (cells.length >= 2) out.push(cells);
  return out;
}

const inCell = <T extends { start: number; end: number }>(c: Cell, list: T[]) => list.filter((x) => x.start >= c.start && x.end <= c.end);

/** The person a cell is: a line that is only a name, or the mentions stage's person that starts it. */
function personOf(c: Cell): { name: string; mention?: PersonMention } | undefined {
  const mention = inCell(c, c.b.people).find((p) => /^\s*$/.test(c.b.block.text.slice(c.start, p.start).replace(/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/, "")));
  if (mention) return { name: mention.name, mention };
  // A cell a body's name fills ("Harbour Sensors Alliance") is capitalized words too, and no person.
  if (inCell(c, c.b.orgs).length > 0) return undefined;
  const name = nameLine(c.text.replace(/\s*,\s*$/, ""));
  return name ? { name } : undefined;
}

function readRow(ctx: RuleContext, cells: Cell[]) {
  const people = cells.map(personOf);
  const personCells = cells.filter((_, i) => people[i]);
  if (personCells.length !== 1) return;
  const personCell = personCells[0]!;
  const person = people[cells.indexOf(personCell)]!;
  const offices = cells.flatMap((c) => officeWords(c.text, c.start)
    .filter((o) => !inCell(c, c.b.orgs).some((g) => g.start <= o.start && g.end >= o.end))
    .map((o) => ({ c, o })));
  if (offices.length !== 1 || offices[0]!.o.plural || offices[0]!.o.adjacentOnly) return;
  const { c: officeCell, o: office } = offices[0]!;
  // The body the office's cell names beside it: "Chair of XY", "Chair, XY", "XY Chair".
  const text = officeCell.b.block.text;
  const own = inCell(officeCell, officeCell.b.orgs);
  const beside = own.find((g) => g.start >= office.end && /^\s*(?:,|of|for|of\s+the|for\s+the)?\s*$/.test(text.slice(office.end, g.start)))
    ?? [...own].reverse().find((g) => g.end <= office.start && /^\s*(?:['’]s)?\s*$/.test(text.slice(g.end, office.start)));
  const others = cells.filter((c) => c !== personCell).flatMap((c) => inCell(c, c.b.orgs));
  const employer = (g: OrgMention) => EMPLOYERS.has(ctx.kindOf(g.key));
  const candidates = [...new Set(others.filter((g) => !employer(g)).map((g) => g.key))];
  const body = beside?.key ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!body) return;
  const where = whereOf(personCell.b);
  const affiliations = [...new Set([...others.filter(employer), ...inCell(personCell, personCell.b.orgs)].map((g) => g.key))].filter((k) => k !== body);
  const key = ctx.addPerson(person.name, where, { ...(affiliations.length ? { affiliations } : {}), ...(person.mention?.country ? { country: person.mention.country } : {}) });
  // The row says which body: a generic reading of the same row that paired the office elsewhere gives way.
  if (beside) ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== key || r.role !== office.role || r.where.locator !== where.locator || r.organization === body);
  if (ctx.facts.roles.some((r) => r.person === key && r.role === office.role)) return;
  ctx.addRole(key, body, office.role, officeCell.text.trim(), { locator: where.locator, quote: cells.map((c) => c.text.trim()).join(" | ") }, beside ? 0.75 : 0.65);
}
