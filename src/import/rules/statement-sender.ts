import type { RuleContext } from "./rule.js";

/**
 * The body a liaison statement comes from: the sender of the first statement the form gave (the
 * most specific body its From row names), else the document's issuer (its From / Source row, read
 * once by recognize/document.ts and passed in the rule context). With `prose`, a statement whose
 * form names no sender (a Datatracker page without a From Group row, a letter with no header) is
 * the body its own text speaks as (`speakingBody`).
 */
export function statementSender(ctx: RuleContext, options: { prose?: boolean; addressees?: readonly string[] } = {}): string | undefined {
  const known = ctx.facts.liaisons.find((l) => l.kind === "LIAISON_STATEMENT")?.from ?? ctx.issuer;
  return known ?? (options.prose ? speakingBody(ctx, options.addressees ?? []) : undefined);
}

/** The verb right after a sentence's subject when a body speaks of itself: "X is interested in", "X thanks Y for", "X would like to". */
const SPEAKS = /^\s+(?:is|has|had|was|would|wishes|intends|thanks|kindly|appreciates|informs|requests|invites|plans|notes|believes|previously|also|herewith)\b/;
/** A body spoken to, not speaking: "X is invited to", "X is kindly requested to", "X is asked". */
const SPOKEN_TO = /^\s+(?:is|are)\s+(?:kindly\s+)?(?:invited|requested|asked|encouraged|urged)\b/;
/** Where a subject starts: a sentence's start, or a clause after "inform(s) … that". */
const SUBJECT_START = /(?:^|[.!?;:]\s+|\bthat\s+)(?:the\s+)?$/i;

/**
 * The body a statement's running text speaks as ("The Harbour Forum is interested in …", "We would
 * like to inform the QTF that the Harbour Forum intends …", "HSA thanks QTF for its liaison"): the
 * body most often the subject of such a sentence in the prose blocks, never one of the addressees
 * nor one the text invites or asks. Undefined when no body speaks so, or two speak equally often.
 */
export function speakingBody(ctx: RuleContext, addressees: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const b of ctx.blocks) {
    const text = b.block.text;
    // Prose, not a form's row ("From Contact …", "Purpose For information").
    if (text.length < 60 || !/\s\p{Ll}+\s\p{Ll}+\s/u.test(text)) continue;
    for (const o of b.orgs) {
      if (addressees.includes(o.key)) continue;
      const before = text.slice(Math.max(0, o.start - 40), o.start);
      const after = text.slice(o.end, o.end + 40);
      if (!SUBJECT_START.test(before) || !SPEAKS.test(after) || SPOKEN_TO.test(after)) continue;
      counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return undefined;
  return ranked[0]![0];
}
