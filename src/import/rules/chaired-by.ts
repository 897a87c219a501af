import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME } from "./names.js";
import type { Rule } from "./rule.js";

const CHAIRED = new RegExp(`\\b(?:under the chairmanship of|(?:was|were) chaired by(?: the [^,.;]{2,60},)?)\\s+${HONORIFIC}?(${NAME})`, "gu");

/**
 * "The meeting … was held on 7 May 2027 under the chairmanship of Ada Quill", "The meeting was
 * chaired by the team's coordinator, Bo Lind": the person chairs the body of the meeting the same
 * or the previous sentence reports (a meeting the rules found in this block or the one before).
 */
export const chairedBy: Rule = {
  name: "chaired-by",
  genres: "any",
  scope: "block",
  trigger: /\b(?:chairmanship of|chaired by)\b/,
  apply(ctx, b) {
    if (!b) return;
    const near = new Set([b.block.locator, ctx.blocks[b.index - 1]?.block.locator]);
    const meeting = [...ctx.facts.events].reverse().find((e) => e.meetingOf && near.has(e.where.locator));
    if (!meeting?.meetingOf) return;
    for (const m of b.block.text.matchAll(CHAIRED)) {
      const where = whereOf(b);
      const name = m[1]!.replace(/\s+(?:of|from)$/, "").replace(/\.$/, "").trim();
      const person = ctx.addPerson(name, where);
      ctx.addRole(person, meeting.meetingOf, "CHAIR", undefined, where, 0.8);
    }
  },
};
