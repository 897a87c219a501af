/**
 * Plural and coordinated designations: one body per member, each written as the singular
 * designation the organization patterns already read ("Study Groups 13 and 16" → "Study Group 13",
 * "Study Group 16"; "JTC 1/SC 29/WG 7 and WG 3" → "JTC 1/SC 29/WG 3"). The family prefix and the
 * shared suffix ("Questions 12, 13 and 22/16") are carried to every member. Shapes as data: each
 * entry a pattern with the list in its last group and a function from a member to its singular form.
 */

/** One member of a coordinated designation: where it is printed and its singular form. */
export interface CoordinatedMember {
  start: number;
  end: number;
  /** The singular designation ("ITU-D Study Group 2", "Working Party 3/13", "JTC 1/SC 29/WG 3"). */
  designation: string;
  /** The ITU sector printed with the plural ("ITU-D Study Groups 1 and 2"), if any. */
  sector?: string;
}

const JOIN = String.raw`(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|AND|&)\s+)`;

interface Shape {
  /** Matches a whole coordinated designation; named groups: `sector` (optional), `list`, `suffix` (optional). */
  re: RegExp;
  /** The pattern of one item in the list. */
  item: RegExp;
  /** Whether the first item is a member (a plural kind word) or already read as a designation (siblings after a slash form). */
  firstIsMember: boolean;
  /** The singular designation of one item, else undefined (the shape does not name a body for it). */
  singular: (item: string, groups: Record<string, string | undefined>) => string | undefined;
}

const ITU_PREFIX = String.raw`(?:(?<sector>ITU-[TRD])\s+)?`;
const NUM = String.raw`\d{1,2}`;
const LETTERED = String.raw`[1-9][A-M]`;

const SHAPES: Shape[] = [
  // ITU-T Study Groups 13 and 19; Study Groups 1, 2 and 3 (one number after a plural kind word too).
  {
    re: new RegExp(String.raw`\b${ITU_PREFIX}Study Groups\s+(?<list>${NUM}(?:${JOIN}${NUM})*)\b(?!\s*\/)`, "g"),
    item: new RegExp(String.raw`\b${NUM}\b`, "g"),
    firstIsMember: true,
    singular: (n, g) => `${g.sector ? `${g.sector} ` : ""}Study Group ${n}`,
  },
  // Working Parties 5A, 5B and 5C (ITU-R's lettered working parties).
  {
    re: new RegExp(String.raw`\b(?:ITU-R\s+)?(?:Working Parties|WPs)\s+(?<list>${LETTERED}(?:${JOIN}${LETTERED})+)\b`, "g"),
    item: new RegExp(String.raw`\b${LETTERED}\b`, "g"),
    firstIsMember: true,
    singular: (n) => `Working Party ${n}`,
  },
  // Working Parties 1, 2 and 3/13; Questions 12, 13, 21 and 22/16: the study group after the last member is every member's.
  {
    re: new RegExp(String.raw`\b${ITU_PREFIX}(?<kind>Working Parties|WPs|Questions|Qs)\s+(?<list>${NUM}(?:${JOIN}${NUM})+)\/(?<suffix>${NUM})\b`, "g"),
    item: new RegExp(String.raw`\b${NUM}\b`, "g"),
    firstIsMember: true,
    singular: (n, g) => `${g.sector ? `${g.sector} ` : ""}${/^W/.test(g.kind!) ? "Working Party" : "Question"} ${n}/${g.suffix}`,
  },
  // ISO/IEC JTC 1/SC 29/WG 7 and WG 3; JTC 1/SC 24, SC 29 and SC 36; ISO/IEC SC 29/WG 7 and WG 3: siblings
  // under the first one's parent (the first is a designation of its own, read by the organization patterns).
  {
    re: new RegExp(String.raw`\b(?<parent>(?:ISO\s*\/\s*IEC\s*)?JTC\s?1(?:\s*\/\s*SC\s?\d{1,3})?|ISO\s*\/\s*IEC\s+SC\s?\d{1,3})\s*\/\s*(?<kind>SC|WG)\s?\d{1,3}(?<list>(?:${JOIN}(?:\k<kind>)\s?\d{1,3})+)\b(?!\s*\/)`, "g"),
    item: /\b(?:SC|WG)\s?(\d{1,3})\b/g,
    firstIsMember: false,
    singular: (item, g) => `${g.parent!.replace(/\s+/g, " ")}/${g.kind} ${/\d+/.exec(item)![0]}`,
  },
];

/** Every member of a plural or coordinated designation in the text, in order. */
export function coordinatedDesignations(text: string): CoordinatedMember[] {
  const out: CoordinatedMember[] = [];
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (const m of text.matchAll(shape.re)) {
      const groups = m.groups ?? {};
      const list = groups.list!;
      const listStart = m.index + m[0].lastIndexOf(list);
      const items = [...list.matchAll(shape.item)];
      items.forEach((it, i) => {
        const designation = shape.singular(it[0], groups);
        if (!designation) return;
        // The first member's span is the plural from its start ("ITU-T Study Groups 13"), so the
        // family prefix is not read again as a body of its own; the others are their item alone.
        const start = shape.firstIsMember && i === 0 ? m.index : listStart + it.index;
        const end = listStart + it.index + it[0].length + (i === items.length - 1 && groups.suffix ? m.index + m[0].length - (listStart + list.length) : 0);
        out.push({ start, end, designation, ...(groups.sector ? { sector: groups.sector } : {}) });
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
