import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** A standard's short name: an acronym, with a number, a hyphened part or a short qualifier ("XQ 2000", "XQ-2", "XQ XS", "XB2"). */
const CODE = String.raw`[\p{Lu}][\p{Lu}\d]{1,9}(?:-[\p{Lu}\d]{1,4}|\s(?:\d{3,4}|[\p{Lu}]{2}))?`;
const LIST = String.raw`${CODE}(?:\s*,\s*${CODE})*(?:\s*,?\s+and\s+${CODE})?`;
/** "the XQ, XQ 2000, XQ XS, and related image standards"; "the XB and XB2 standards". */
const BEFORE_WORD = new RegExp(String.raw`\bthe\s+(${LIST})\s*,?\s+(?:(?:and\s+)?(?:related|other)\s+(?:[\p{Ll}-]+\s+){0,3})?standards\b`, "gu");
/** "… compression standards such as XP3, XQ-2, XQ-4". */
const AFTER_WORD = new RegExp(String.raw`\bstandards,?\s+(?:such\s+as|including|like)\s+(${LIST})`, "gu");
/** "is currently developing the Harbour Video Coding (HVC) standard". */
const DEVELOPING = /\b(?:is\s+(?:currently\s+)?developing|are\s+(?:currently\s+)?developing|began\s+developing|has\s+started\s+(?:work\s+on|developing))\s+the\s+((?:[\p{Lu}][\p{L}-]*\s+){1,6})\(([\p{Lu}][\p{Lu}\d-]{1,9})\)\s+standard\b/gu;
/** Words that say the standards exist: a body made, keeps or publishes them. */
const DONE = /\b(?:created|developed|developer|maintains?|maintenance|published|adopted)\b/i;

/**
 * Standards a body's page or news names by their short names (failure class 7): "…the committee
 * that created and maintains the XQ, XQ 2000 and related image standards", "developer of
 * compression standards such as XP3, XQ-2, XQ-4": each a published standard, only when the
 * sentence says they were made, kept or published; "is currently developing the Harbour Video
 * Coding (HVC) standard": a standard in progress, its title kept. A name that is a body's mention
 * (an acronym alone the graph holds as a body: "the ISO and IEC standards") is no standard, unless
 * another item of the list extends it ("the XQ, XQ 2000 … standards").
 */
export const namedStandards: Rule = {
  name: "named-standards",
  genres: ["news", "group", "event", "report", "other"],
  scope: "block",
  trigger: /\bstandards?\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const s of sentences(b.block.text)) {
      const published = DONE.test(s.text);
      for (const re of [BEFORE_WORD, AFTER_WORD]) {
        if (!published) break;
        for (const m of s.text.matchAll(re)) {
          const listAt = s.start + m.index + m[0].indexOf(m[1]!);
          const listed = items(m[1]!);
          for (const item of listed) {
            // "the XQ, XQ 2000 … standards": an acronym another item of the list extends names the family's first standard.
            const family = listed.some((o) => o !== item && new RegExp(`^${item.code}[\\s-]`).test(o.code));
            if (!family && isBody(b, listAt + item.at, item.code)) continue;
            add(ctx, b, item.code, undefined, "PUBLISHED", developer(ctx, b, s));
          }
        }
      }
      for (const m of s.text.matchAll(DEVELOPING)) add(ctx, b, m[2]!, m[1]!.trim(), "IN_PROGRESS", doer(b, s, m.index));
    }
  },
};

function items(list: string): Array<{ code: string; at: number }> {
  return [...list.matchAll(new RegExp(CODE, "gu"))].map((m) => ({ code: m[0], at: m.index }));
}

/** "ISO", "HSU": an acronym the mentions stage read as a body (with no number or qualifier of a standard's). */
function isBody(b: RuleBlock, at: number, code: string): boolean {
  return /^[\p{Lu}]+$/u.test(code) && b.orgs.some((o) => o.start <= at && o.end >= at + code.length);
}

/**
 * The body that made the standards: the one after "developed by" (a body not recognized there
 * gives none, never a guess); else the one in apposition
 * before ", developer of"; else the one the sentence begins with ("The XQ Group …"); else, for
 * "It also maintains …", the body the document is about. A deliverable needs its developer.
 */
function developer(ctx: RuleContext, b: RuleBlock, s: { text: string; start: number }): string | undefined {
  const inSentence = b.orgs.filter((o) => o.start >= s.start && o.end <= s.start + s.text.length);
  const by = /\bdeveloped\s+by\s+(?:the\s+)?/i.exec(s.text);
  if (by) return inSentence.find((o) => o.start >= s.start + by.index + by[0].length)?.key;
  const apposition = /,\s+(?:the\s+)?developers?\s+of\b/i.exec(s.text);
  if (apposition) return inSentence.filter((o) => o.end <= s.start + apposition.index).at(-1)?.key;
  const first = inSentence[0];
  if (first && first.start - s.start <= 4) return first.key;
  return /^(?:It|They)\s/.test(s.text) ? ctx.facts.subjectOrganization : undefined;
}

/** "… with which XY has developed … and is currently developing the …": the last body named before the verb. */
function doer(b: RuleBlock, s: { text: string; start: number }, at: number): string | undefined {
  return b.orgs.filter((o) => o.start >= s.start && o.end <= s.start + at).at(-1)?.key;
}

function add(ctx: RuleContext, b: RuleBlock, code: string, title: string | undefined, status: string, developedBy: string | undefined): void {
  if (!developedBy || ctx.facts.deliverables.some((d) => d.code === code)) return;
  ctx.addDeliverable({
    code, ...(title ? { title } : {}), kind: "STANDARD", status, statusWord: status === "PUBLISHED" ? "standards it created" : "developing",
    developedBy, topics: [], confidence: "unconfirmed", where: whereOf(b),
  });
}
