import { whereOf } from "./evidence.js";
import type { Rule, RuleContext } from "./rule.js";

/** A heading over a list of a body's liaison partners: "Bodies with which XY has exchanged liaisons", "XY liaison partners". */
const HEADING = /\bliaisons?\b|\bliaison\s+(?:partners|relationships|organi[sz]ations)\b/i;

/**
 * A page's list of a body's liaison partners (ninth round): a short heading (no sentence's end)
 * that speaks of liaisons and names exactly one body, then lines, each naming exactly one other
 * body (a partner's name, or a line about it: "liaison with QTF on buoy clocks"); lines naming
 * none are the partners' descriptions. A liaison relationship from the heading's body to each.
 * The list ends after four lines in a row naming none, or at a line that is longer than a list
 * item; a part of the heading's body is never its partner, and a list's line is never a heading.
 */
export const liaisonList: Rule = {
  name: "liaison-list",
  genres: ["group", "other", "news"],
  scope: "document",
  trigger: /\bliaisons?\b/i,
  apply(ctx) {
    const items = new Set<number>();
    ctx.blocks.forEach((h, i) => {
      const text = h.block.text;
      // A list's own line ("liaison with QTF on …") is no heading of another list.
      if (items.has(i) || !/^\p{Lu}/u.test(text) || !HEADING.test(text) || text.length > 90 || /[.:;]\s*$/.test(text) || h.orgs.length === 0) return;
      const owners = [...new Set(h.orgs.map((o) => o.key))];
      if (owners.length !== 1) return;
      const owner = owners[0]!;
      let misses = 0;
      for (let j = i + 1; j < ctx.blocks.length && misses < 4; j++) {
        const line = ctx.blocks[j]!;
        if (line.block.text.length > 160) break;
        const partners = [...new Set(line.orgs.map((o) => o.key))].filter((k) => k !== owner && !partOf(ctx, k, owner));
        if (partners.length !== 1) {
          misses++;
          continue;
        }
        misses = 0;
        items.add(j);
        ctx.addLiaison({ kind: "LIAISON_RELATIONSHIP", from: owner, to: partners[0]!, topics: [], where: whereOf(line) });
      }
    });
  },
};

function partOf(ctx: RuleContext, key: string, owner: string): boolean {
  for (let k: string | undefined = ctx.orgs.parentOf(key), n = 0; k && n < 6; k = ctx.orgs.parentOf(k), n++) if (k === owner) return true;
  return false;
}
