import { quoteOf, whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/**
 * "The Focus Group on quantum sensing was set up under Study Group 9": a group set up under an
 * advisory or study group reports to it (its parent group, in ITU's words). The group is the last
 * body named before the verb in the same sentence; the parent is the body right after "under".
 */
export const establishedUnder: Rule = {
  name: "established-under",
  genres: "any",
  scope: "block",
  trigger: /\b(?:established|created|set up)\s+(?:\w+\s+)?under\b/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const m of text.matchAll(/\b(?:was|were|has been|is)\s+(?:\w+\s+)?(?:established|created|set up)\s+(?:\w+\s+)?under\s+(?:the\s+)?/gi)) {
      const verb = m.index;
      const after = verb + m[0].length;
      const sentenceStart = Math.max(0, text.lastIndexOf(".", verb) + 1);
      const group = b.orgs.filter((o) => o.start >= sentenceStart && o.end <= verb).at(-1);
      const parent = b.orgs.find((o) => o.start >= after && o.start - after < 10);
      if (!group || !parent || group.key === parent.key) continue;
      if (!/^(ADVISORY_GROUP|STUDY_GROUP)$/.test(ctx.kindOf(parent.key))) continue;
      if (!/^(FOCUS_GROUP|WORKING_GROUP|TASK_GROUP|JOINT_COORDINATION_ACTIVITY|QUESTION)$/.test(ctx.kindOf(group.key))) continue;
      ctx.addLiaison({ kind: "REPORTING", from: group.key, to: parent.key, subject: quoteOf(text), topics: [], where: whereOf(b) });
    }
  },
};
