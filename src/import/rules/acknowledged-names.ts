import { namesABody } from "../recognize/body-name.js";
import { whereOf } from "./evidence.js";
import { nameLine } from "./names.js";
import type { Rule } from "./rule.js";

/** The words that open a list of people a report acknowledges or excuses, and the list. */
const LIST = /\b(?:thank(?:s|ed)?|apologies\s+(?:were\s+)?(?:received\s+)?from|regrets\s+(?:were\s+)?(?:received\s+)?from)\s+(.+?)(?=\s+(?:for|to|on|who|as|at)\b|[.;:(]|$)/gi;

/**
 * Meeting reports and letters name people in running text without an honorific where they thank
 * or excuse them: "The Chairman thanked Ada Quill and the Harbour Alliance for …", "Apologies
 * were received from Bo Lind and Mei-Ling van Dam." Each item of such a list that is a person's
 * name alone (not a body, not a phrase) is a person the document names; no role is read.
 */
export const acknowledgedNames: Rule = {
  name: "acknowledged-names",
  genres: "any",
  scope: "block",
  trigger: /\b(?:thank(?:s|ed)?|apologies|regrets)\b/i,
  apply(ctx, b) {
    if (!b) return;
    for (const m of b.block.text.matchAll(LIST)) {
      for (const item of m[1]!.split(/\s*,\s*|\s+and\s+/)) {
        const name = nameLine(item);
        if (!name || name.split(/\s+/).length < 2 || namesABody(name)) continue;
        // A body the graph or the document knows is not a person ("… thanked ETSI Harbour …").
        if (ctx.orgs.scan(name, whereOf(b)).length > 0) continue;
        ctx.addPerson(name, whereOf(b));
      }
    }
  },
};
