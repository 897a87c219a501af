import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/**
 * An interface specification named as Web specifications name theirs: one word with a capital
 * inside it ("HarbourXR", "WebTide"), up to two more capitalized words, then "API" (never "APIs":
 * a family, not one specification): "the HarbourXR Device API", "the WebTide API".
 */
const NAMED_API = /\bthe\s+((?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}\p{Ll}+){0,2}\s+API)\b(?!s)/gu;
/** Words that say the sentence is about the specification's making, not about using it. */
const WORK = /\bstandardi[sz]ation|\bspecifications?\b|\bdraft|\bdevelop|\bincubat|\bmanaged by\b|\bwork(?:ing)? on\b|\beditors?\b|\bWorking Group\b/i;
/** A status the sentence states: published or a W3C Recommendation, else in progress. */
const DONE = /\bpublished\b|\bbec(?:a|o)me\s+a\s+(?:\p{Lu}+\s+)?Recommendation\b/u;

/**
 * A Web-style interface specification named in prose (tenth round, deliverables): "the
 * HarbourXR Device API will be managed by the new Working Group", "the WebTide API, a target for
 * standardization": a specification, in progress unless the sentence says it was published,
 * only when the sentence speaks of its making (a sentence that only uses an API names no
 * deliverable). Its developer is the group the sentence names nearest before it, else the body
 * the document is about, else its issuer; none is never guessed further.
 */
export const namedApi: Rule = {
  name: "named-api",
  genres: "any",
  scope: "block",
  trigger: /\bAPI\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const s of sentences(b.block.text)) {
      if (!WORK.test(s.text)) continue;
      for (const m of s.text.matchAll(NAMED_API)) {
        const code = m[1]!.replace(/\s+/g, " ");
        if (ctx.facts.deliverables.some((d) => d.code.toLowerCase() === code.toLowerCase())) continue;
        const published = DONE.test(s.text);
        const developedBy = developer(ctx, b, s.start, s.start + m.index);
        ctx.addDeliverable({
          code, kind: "SPECIFICATION", status: published ? "PUBLISHED" : "IN_PROGRESS", statusWord: published ? "published" : "specification in the making",
          ...(developedBy ? { developedBy } : {}), topics: [], confidence: "unconfirmed", where: whereOf(b),
        });
      }
    }
  },
};

function developer(ctx: RuleContext, b: RuleBlock, sentenceStart: number, at: number): string | undefined {
  const before = b.orgs.filter((o) => o.start >= sentenceStart && o.end <= at && /GROUP|COMMITTEE/.test(ctx.kindOf(o.key)));
  return before.at(-1)?.key ?? ctx.facts.subjectOrganization ?? ctx.issuer;
}
