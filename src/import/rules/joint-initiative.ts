import { quoteOf, whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/**
 * "the FAO-WMO Joint Programme on drought data": an initiative or programme named after two
 * bodies joined by a hyphen is their collaboration (the first with the second).
 */
export const jointInitiative: Rule = {
  name: "joint-initiative",
  genres: "any",
  scope: "block",
  trigger: /[-–][A-Z][A-Za-z]{1,11}\s+(?:[Gg]lobal\s+|[Jj]oint\s+)?(?:[Ii]nitiative|[Pp]rogramme|[Pp]artnership)\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const o of b.orgs) {
      if (ctx.kindOf(o.key) !== "PROJECT") continue;
      const joint = /\b([A-Z][A-Za-z]{1,11})[-–]([A-Z][A-Za-z]{1,11})\s+(?:[Gg]lobal\s+|[Jj]oint\s+)?(?:[Ii]nitiative|[Pp]rogramme|[Pp]artnership)\b/.exec(o.printed);
      if (!joint) continue;
      const [a, c] = [ctx.orgs.find([joint[1]!])?.key, ctx.orgs.find([joint[2]!])?.key];
      if (!a || !c || a === c) continue;
      ctx.addLiaison({ kind: "COLLABORATION", from: a, to: c, subject: quoteOf(b.block.text), topics: [], where: whereOf(b) });
    }
  },
};
