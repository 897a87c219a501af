import { findDates } from "../recognize/dates.js";
import { sentences } from "../text-utils.js";
import type { Rule } from "./rule.js";

/** A sentence that asks the addressee for an answer: "reply", "respond", "your comments", "feedback". */
const ASKS = /\b(?:repl(?:y|ies)|respon(?:d|se|ses)|comments?|feedback|views|answer)\b/i;
/**
 * A form's own Deadline row, whatever it says ("Deadline: 15 May", "Deadline: -", "| Deadline | none |"):
 * the form has spoken, and the prose does not overrule it (a "-" there is a statement that no answer
 * is due by a date). "Deadline for contributions" is another deadline's label.
 */
const DEADLINE_ROW = /^\s*\|?\s*(?:reply\s+|response\s+)?deadline\b(?!\s+(?:for|of|to)\b)/i;
/** The words right before the date the answer is due. */
const DUE = /\b(?:by|before|not? later than|until)\s+(?:the\s+)?$/i;

/**
 * A statement whose reply deadline is in its prose, not in a form's Deadline row ("We would
 * appreciate your comments by 15 March 2031", "… kindly requested to reply not later than …"): each
 * statement of the document that has no deadline gets that date. A date in a sentence that asks
 * for nothing ("the meeting held by 3 May") is none; nor is a date without its day. A document
 * with a form's Deadline row is left to that row, even when it gives none.
 */
export const replyBy: Rule = {
  name: "reply-by",
  genres: ["liaison", "datatracker"],
  scope: "block",
  trigger: /\b(?:repl|respon|comments?|feedback|views|answer)/i,
  apply(ctx, b) {
    if (!b) return;
    const statements = ctx.facts.liaisons.filter((l) => l.kind === "LIAISON_STATEMENT" && !l.deadline);
    if (statements.length === 0 || ctx.blocks.some((x) => DEADLINE_ROW.test(x.block.text))) return;
    for (const s of sentences(b.block.text)) {
      if (!ASKS.test(s.text)) continue;
      const due = findDates(s.text).find((d) => d.start.length === 10 && !d.end && DUE.test(s.text.slice(0, d.index)));
      if (!due) continue;
      for (const l of statements) l.deadline = due.start;
      return;
    }
  },
};
