import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleContext } from "./rule.js";

/** Where a sentence's subject may stand: at its start, after an "Action:" or "ACTION:" label, with "The". */
const SUBJECT_START = /^(?:ACTION\s*:\s*|Action\s*:\s*)?(?:the\s+)?$/i;
/** The request's verb, right before the bodies asked: "asks", "kindly requests that", "respectfully invites the". */
const ASKS = /\b(?:(?:kindly|respectfully|therefore|also|hereby)\s+)?(?:asks?|requests?|invites?|urges?)\s+(?:that\s+)?(?:the\s+)?$/i;
/** What follows the bodies asked: "to confirm", "approve", "re-affirm", "consider" (a verb, not a noun phrase). */
const THEN_VERB = /^\s+(?:(?:to|kindly|please|to\s+kindly)\s+)?\p{Ll}[\p{Ll}-]+\b/u;
/** The words that may stand between the bodies asked ("QTF and the Tide Board", "SA2, CT1"). */
const JOINERS = /^[\s,]*(?:(?:and|&)\s+)?(?:the\s+)?$/i;

/**
 * A statement with no form that says in its prose whom it asks for what: "The Tide Board asks QTF
 * to confirm …", "ACTION: XY7 kindly asks XY2 and QTF to …", "SC 99 requests that JTC 1 approve a
 * liaison …", "HSA applied for … and requests that QTF re-affirm …": a statement from the body the
 * sentence starts with to each body it asks. Only when no form or earlier rule gave the document's
 * statement; a body asking itself, or a sentence whose subject is not a body, gives nothing.
 */
export const statementRequest: Rule = {
  name: "statement-request",
  genres: ["liaison"],
  scope: "document",
  trigger: /\b(?:asks?|requests?|invites?|urges?)\b/i,
  apply(ctx) {
    if (ctx.facts.liaisons.some((l) => l.kind === "LIAISON_STATEMENT")) return;
    for (const b of ctx.blocks) {
      const text = b.block.text;
      for (const s of sentences(text)) {
        const end = s.start + s.text.length;
        const inSentence = b.orgs.filter((o) => o.start >= s.start && o.end <= end);
        const subject = inSentence.find((o) => SUBJECT_START.test(text.slice(s.start, o.start))) ?? bareStepSubject(ctx, text, s.start);
        if (!subject) continue;
        // The first request after the subject, and the bodies named right after its verb.
        const asked: string[] = [];
        let cursor = -1;
        for (const o of inSentence) {
          if (o.start < subject.end) continue;
          const before = text.slice(cursor < 0 ? subject.end : cursor, o.start);
          if (cursor < 0 ? !ASKS.test(before) : !JOINERS.test(before)) {
            if (asked.length > 0) break;
            continue;
          }
          asked.push(o.key);
          cursor = o.end;
        }
        if (asked.length === 0 || !THEN_VERB.test(text.slice(cursor, end))) continue;
        const where = whereOf(b);
        const to = [...new Set(asked)].filter((k) => k !== subject.key);
        for (const key of to) ctx.addLiaison({ kind: "LIAISON_STATEMENT", from: subject.key, to: key, addressed: "to", topics: [], where });
        if (to.length > 0) return;
      }
    }
  },
};

/** A sentence that starts with a designation's last step ("SC 99 requests …", "WG 3 asks …"). */
const BARE_STEP = /^(?:ACTION\s*:\s*|Action\s*:\s*)?(?:the\s+)?((?:SC|WG|SG|TC|JTC)\s?\d{1,3})\b/i;

/**
 * "SC 99 requests …" in a document that names "XY/SC99" in full: the body whose printed name ends
 * with that step, the first the document names; none when the document names no such body.
 */
function bareStepSubject(ctx: RuleContext, text: string, start: number): { key: string; start: number; end: number } | undefined {
  const m = BARE_STEP.exec(text.slice(start));
  if (!m) return undefined;
  const step = m[1]!.replace(/\s+/g, "").toUpperCase();
  for (const b of ctx.blocks) {
    const hit = b.orgs.find((o) => b.block.text.slice(o.start, o.end).replace(/\s+/g, "").toUpperCase().endsWith(`/${step}`));
    if (hit) return { key: hit.key, start: start + m.index, end: start + m[0].length };
  }
  return undefined;
}
