import { whereOf } from "./evidence.js";
import { clauses } from "./clause-mentions.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";
import type { LiaisonFact } from "../recognize/facts.js";

type Standing = Extract<LiaisonFact["kind"], "LIAISON_RELATIONSHIP" | "COOPERATION">;

/** A liaison's or an agreement's words, and the standing liaison kind each states (data: add a phrase, not a branch). */
const AGREEMENTS: ReadonlyArray<{ words: string; kind: Standing }> = [
  { words: String.raw`(?:(?:Category|Class|Type)\s+[A-D]\s+)?liaison(?:\s+(?:relationship|agreement|status))?`, kind: "LIAISON_RELATIONSHIP" },
  { words: String.raw`(?:memorandum\s+of\s+understanding|MoU|(?:co-?operation|partnership|collaboration)\s+agreement)`, kind: "COOPERATION" },
];
const QUALIFIER = String.raw`(?:(?:a|an)\s+)?(?:(?:new|formal|close|long-standing|standing)\s+)?`;
/** "X has / maintains / has established / signed a … with Y": the subject holds it with the body after "with". */
const HOLDS = /\b(?:has|have|had|maintains?|maintained|(?:has|have)\s+(?:established|signed|concluded)|established|signed|concluded|entered\s+into)\s+$/i;
/** "X is a Category A liaison of Y": the subject is Y's liaison. */
const IS_OF = /\b(?:is|are)\s+$/i;
/** A clause that asks, plans or proposes states no liaison that holds. */
const NOT_YET = /\b(?:request\w*|approv\w*|propos\w*|consider\w*|would|will|shall|should|may|intend\w*|plan\w*|seek\w*|wish\w*|to\s+(?:establish|sign|conclude)|establishment|draft|future|possible)\b/i;

/**
 * A standing liaison stated in prose (tenth round, statements and liaisons): "The Harbour Sensors
 * Alliance has a Category A liaison with QTF", "QTF maintains a formal liaison relationship with
 * the Tide Board", "HSA is a Category C liaison of QTF" (QTF's liaison), "HSA signed a memorandum
 * of understanding with QTF", "HSA and QTF signed a cooperation agreement": a liaison
 * relationship, or a cooperation for an agreement, between the body the clause starts from (the
 * last body before the verb) and the one after "with" / "of" (the first body after it). A clause
 * that requests, approves, proposes or plans one ("requests that X approve a Category C liaison
 * with Y") states none.
 */
export const standingLiaison: Rule = {
  name: "standing-liaison",
  genres: "any",
  scope: "block",
  trigger: /\bliaison\b|\bmemorandum\s+of\s+understanding\b|\bMoU\b|\bagreement\b/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const c of clauses(text)) {
      if (NOT_YET.test(c.text)) continue;
      for (const a of AGREEMENTS) {
        const re = new RegExp(String.raw`${QUALIFIER}${a.words}\s+(with|of|to)\b`, "gi");
        for (const m of c.text.matchAll(re)) {
          const at = c.start + m.index;
          const lead = c.text.slice(0, m.index);
          const after = at + m[0].length;
          const object = firstAfter(b, after, c.end);
          if (!object) continue;
          if (HOLDS.test(lead) && m[1]!.toLowerCase() === "with") {
            const subjects = subjectsBefore(b, c.start, at);
            for (const s of subjects) add(ctx, b, a.kind, s, object);
          } else if (IS_OF.test(lead) && a.kind === "LIAISON_RELATIONSHIP" && m[1]!.toLowerCase() !== "with") {
            const subject = subjectsBefore(b, c.start, at);
            if (subject.length === 1) add(ctx, b, a.kind, object, subject[0]!);
          }
        }
      }
      // "HSA and QTF signed a cooperation agreement": the two bodies before the verb, with nothing after it.
      const both = new RegExp(String.raw`\b(?:signed|concluded)\s+${QUALIFIER}(?:memorandum\s+of\s+understanding|MoU|(?:co-?operation|partnership|collaboration)\s+agreement)\b(?!\s+with\b)`, "i").exec(c.text);
      if (both) {
        const before = b.orgs.filter((o) => o.start >= c.start && o.end <= c.start + both.index);
        const keys = [...new Set(before.map((o) => o.key))];
        if (keys.length === 2 && /^\s*and\s*$/i.test(text.slice(before[0]!.end, before.at(-1)!.start).replace(/^the\s+|\s+the$/gi, "")))
          add(ctx, b, "COOPERATION", keys[0]!, keys[1]!);
      }
    }
  },
};

/** The first body that starts within a few words after `from` in the clause. */
function firstAfter(b: RuleBlock, from: number, end: number): string | undefined {
  const o = b.orgs.filter((x) => x.start >= from && x.end <= end).sort((x, y) => x.start - y.start)[0];
  return o && /^\s*(?:the\s+)?$/i.test(b.block.text.slice(from, o.start)) ? o.key : undefined;
}

/** The clause's subject: the bodies before the verb ("A and B" both), when nothing but "the" precedes the first of them. */
function subjectsBefore(b: RuleBlock, start: number, at: number): string[] {
  const before = b.orgs.filter((o) => o.start >= start && o.end <= at).sort((x, y) => x.start - y.start);
  if (before.length === 0 || before.length > 2) return [];
  if (!/^\s*(?:the\s+)?$/i.test(b.block.text.slice(start, before[0]!.start))) return [];
  if (before.length === 2 && !/^\s*and\s+(?:the\s+)?$/i.test(b.block.text.slice(before[0]!.end, before[1]!.start))) return [];
  return [...new Set(before.map((o) => o.key))];
}

function add(ctx: RuleContext, b: RuleBlock, kind: Standing, from: string, to: string): void {
  if (from === to) return;
  if (ctx.facts.liaisons.some((l) => l.kind === kind && ((l.from === from && l.to === to) || (l.from === to && l.to === from)))) return;
  ctx.addLiaison({ kind, from, to, topics: [], where: whereOf(b) });
}
