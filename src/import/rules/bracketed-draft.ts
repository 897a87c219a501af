import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** "ITU-R M.[IMT VISION]": a text of a series still under its provisional name, in brackets. */
const BRACKETED = /\b(ITU-[RT])\s+([A-Z]{1,3})\.\[([^\]\n]{2,60})\]/g;
/** The kinds of body that draft texts (a study group, a working party, a question, a committee). */
const DRAFTING = /STUDY_GROUP|WORKING_PARTY|WORKING_GROUP|QUESTION|FOCUS_GROUP|TASK_GROUP|SUBCOMMITTEE|TECHNICAL_COMMITTEE/;

/**
 * A draft Recommendation or Report under its provisional name in brackets ("Draft new Report
 * ITU-R M.[HARBOUR TRENDS]: “Future trends of …”"): the bracket is the series' mark of a text not
 * yet approved, so it is in progress, whatever the sentence says. Its developer is the drafting
 * body the document last named at or before the line (a working party, a study group, a
 * question), else the document's issuer; with none, nothing (a deliverable is proposed only
 * with its body). The title is the quoted text after it.
 */
export const bracketedDraft: Rule = {
  name: "bracketed-draft",
  genres: "any",
  scope: "block",
  trigger: /\.\[/,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const m of text.matchAll(BRACKETED)) {
      const code = `${m[1]} ${m[2]}.[${m[3]!.trim()}]`;
      if (ctx.facts.deliverables.some((d) => d.code === code)) continue;
      const developedBy = drafter(ctx, b, m.index!) ?? ctx.issuer;
      if (!developedBy) continue;
      const lead = text.slice(Math.max(0, m.index! - 40), m.index!);
      const title = /^\s*[:–—-]?\s*[“"]([^”"]{3,200})[”"]?/.exec(text.slice(m.index! + m[0].length))?.[1]?.trim();
      const sentence = sentences(text).find((s) => s.start <= m.index! && s.start + s.text.length >= m.index! + m[0].length)?.text ?? text;
      ctx.addDeliverable({
        code, ...(title ? { title } : {}), kind: /\bReport\s*$/i.test(lead) ? "TECHNICAL_REPORT" : "RECOMMENDATION", status: "IN_PROGRESS", statusWord: "draft",
        developedBy, topics: [], confidence: /\bdraft\b/i.test(sentence) ? "confirmed" : "unconfirmed", where: whereOf(b),
      });
    }
  },
};

/** The drafting body last named at or before this place, looking back at most eight blocks. */
function drafter(ctx: RuleContext, b: RuleBlock, at: number): string | undefined {
  const here = b.orgs.filter((o) => o.end <= at && DRAFTING.test(ctx.kindOf(o.key))).at(-1);
  if (here) return here.key;
  for (let i = b.index - 1; i >= Math.max(0, b.index - 8); i--) {
    const o = ctx.blocks[i]?.orgs.filter((x) => DRAFTING.test(ctx.kindOf(x.key))).at(-1);
    if (o) return o.key;
  }
  return undefined;
}
