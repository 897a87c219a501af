import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME } from "./names.js";
import type { Rule } from "./rule.js";

const TAKES_OVER = new RegExp(
  `\\b(?:is\\s+taking\\s+over\\s+from|takes\\s+over\\s+from|took\\s+over\\s+from|will\\s+take\\s+over\\s+from|succeeds|succeeded|succeeding|will\\s+succeed|replaces|replacing|will\\s+replace)\\s+${HONORIFIC}?(${NAME})`,
  "u",
);

/**
 * "Ada Quill has been elected Chair of the Board … Ms Quill is taking over from Bo Lind, who …":
 * the person named after "taking over from", "succeeds" or "replacing" held, before, the office
 * the sentence's subject (a person the document has given a role, named in full or by surname)
 * was given (failure class 6, a person in running prose without an honorific). Only the office
 * and its body: no dates, and nothing ends (safety/ decides what a change of holder may update).
 */
export const takesOverFrom: Rule = {
  name: "takes-over-from",
  genres: "any",
  scope: "block",
  trigger: /\b(?:taking|takes|took|take)\s+over\s+from\b|\bsucceed(?:s|ed|ing)?\b|\breplac(?:es|ing|e)\b/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const s of sentences(b.block.text)) {
      const m = TAKES_OVER.exec(s.text);
      if (!m) continue;
      const subject = s.text.slice(0, m.index);
      const successor = ctx.facts.people.find((p) => /\s/.test(p.name) && new RegExp(`\\b${escape(p.name.split(/\s+/).at(-1)!)}\\b`).test(subject)
        && ctx.facts.roles.some((r) => r.person === p.name));
      if (!successor) continue;
      const predecessorName = m[1]!.trim().replace(/['’]s$/, "");
      if (predecessorName === successor.name || predecessorName.split(/\s+/).length < 2) continue;
      // The office stated most firmly (an election's, over a role word read nearby).
      const office = ctx.facts.roles.filter((r) => r.person === successor.name).sort((x, y) => y.confidence - x.confidence)[0]!;
      const person = ctx.addPerson(predecessorName, where);
      ctx.addRole(person, office.organization, office.role, office.title, where, 0.7);
    }
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
