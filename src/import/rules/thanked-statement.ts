import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";
import { addressees } from "./statement-from-to.js";

/** "X thanks Y for", "X would like to thank Y and Z for": what follows the subject. */
const THANKS = /^(?:would\s+like\s+to\s+|wish(?:es)?\s+to\s+|kindly\s+)?thanks?\s+(.+?)\s+for\s+(.{0,160})/i;
/** What the thanked bodies sent: a statement, a letter or a reply of theirs ("for their liaison statement", "for the information provided in LS 217"). */
const SENT = /^(?:(?:their|its|your|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:liaison\s+statements?|LSs?|liaison\s+letters?|letters?|repl(?:y|ies)|communications?|response)\b/iu;

/**
 * The statement a statement answers (tenth round, statements): "The Harbour Sensors Alliance
 * thanks QTF and the Tide Board for their liaison statement on …", "XY would like to thank QTF for
 * the information provided in liaison statement QTF-LS12": the thanked bodies sent the thanking
 * body a statement before, one from each of them to it (its date and reference unknown, so none
 * given). Only when the thanks is for something they sent (a statement, a letter, a reply), never
 * for a meeting, a welcome or support; the subject is the body the sentence starts with.
 */
export const thankedStatement: Rule = {
  name: "thanked-statement",
  genres: ["liaison", "datatracker", "other"],
  scope: "block",
  trigger: /\bthanks?\b/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const s of sentences(text)) {
      const subject = b.orgs.find((o) => o.start >= s.start && text.slice(s.start, o.start).replace(/^the\s+/i, "") === "");
      if (!subject) continue;
      const m = THANKS.exec(text.slice(subject.end, s.start + s.text.length).trim());
      if (!m || !SENT.test(m[2]!)) continue;
      const where = whereOf(b);
      for (const from of addressees(ctx, m[1]!, where).filter((k) => k !== subject.key)) {
        ctx.addLiaison({ kind: "LIAISON_STATEMENT", from, to: subject.key, addressed: "to", topics: [], where });
      }
    }
  },
};
