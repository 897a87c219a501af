import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";
import { addressees } from "./statement-from-to.js";

/** "X thanks Y for", "X would like to thank Y and Z for", "X wishes to thank Y for": X at the sentence's start. */
const THANKS = /^(?:the\s+)?(?:would\s+like\s+to\s+|wish(?:es)?\s+to\s+|kindly\s+)?thanks?\s+(.+?)\s+for\b/i;
/** What a statement is sent for, in its prose ("… is sent for action", "for information only"). */
const PURPOSE = /\bfor\s+(action|information|comments?|review)\b/i;

/**
 * A statement that says in its first sentences who writes to whom: "The Harbour Sensors Alliance
 * thanks QTF and the Tide Board for their liaison statement on …", "Working Group 3 would like to
 * thank QTF for …": a statement from the body that thanks to each body thanked, with the purpose its
 * prose gives ("for action", "for information"). Only when no form gave the document's statement,
 * and only the first such sentence: later thanks are news, not the statement's addressees.
 */
export const thanksFor: Rule = {
  name: "thanks-for",
  genres: ["liaison"],
  scope: "document",
  trigger: /\bthanks?\s+\S[^.]{0,160}\bfor\b/i,
  apply(ctx) {
    if (ctx.facts.liaisons.some((l) => l.kind === "LIAISON_STATEMENT")) return;
    const text = ctx.blocks.map((b) => b.block.text).join("\n");
    const purpose = PURPOSE.exec(text)?.[1]?.toLowerCase();
    for (const b of ctx.blocks) {
      for (const s of sentences(b.block.text)) {
        // The thanking body is the sentence's subject: the mention it starts with.
        const subject = b.orgs.find((o) => o.start >= s.start && b.block.text.slice(s.start, o.start).replace(/^the\s+/i, "") === "");
        if (!subject) continue;
        const m = THANKS.exec(b.block.text.slice(subject.end, s.start + s.text.length).trim());
        if (!m) continue;
        const where = whereOf(b);
        const to = addressees(ctx, m[1]!, where).filter((k) => k !== subject.key);
        for (const key of to) {
          ctx.addLiaison({ kind: "LIAISON_STATEMENT", from: subject.key, to: key, addressed: "to", topics: [], ...(purpose ? { purpose: `For ${purpose}` } : {}), where });
        }
        if (to.length > 0) return;
      }
    }
  },
};
