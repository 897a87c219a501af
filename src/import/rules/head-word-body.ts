import { headWordNames } from "../recognize/head-word-name.js";
import { guessKind } from "../recognize/organizations.js";
import { isVenueName } from "../recognize/places.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/**
 * Bodies named in prose by the word their name ends with, without an acronym ("the Harbour
 * Metaverse Council", "University of Lowmoor"; recognize/head-word-name.ts). It runs after every
 * other reading of bodies (the mentions stage, an affiliation's national body, a Datatracker
 * group's own spelling), so it only fills the gaps they leave: a span a mention already covers is
 * theirs, and a name that is only part of a longer name of a body the graph holds or the document
 * proposed ("Ministry of Tides" of "Ministry of Tides of Ruritania") is that body, never a second one.
 */
/** Head words that also name a body's parts ("the Steering Committee", "XY Working Group"). */
const PART_HEADS = new Set(["Group", "Committee", "Board"]);

export const headWordBody: Rule = {
  name: "head-word-body",
  genres: "any",
  scope: "block",
  trigger: /\p{Lu}/u,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const hit of headWordNames(b.block.text)) {
      if (b.orgs.some((o) => o.start < hit.end && hit.start < o.end)) continue;
      // "QTF Tooling Working Group": a part named after its owner is the owner's part, not a body
      // of its own name; which part is not read here.
      if (PART_HEADS.has(hit.head) && b.orgs.some((o) => o.end <= hit.start && /^[\s'’s-]{0,3}$/.test(b.block.text.slice(o.end, hit.start)))) continue;
      if (b.people.some((p) => p.start < hit.end && hit.start < p.end)) continue;
      if (isVenueName(hit.name)) continue;
      const known = ctx.orgs.find([hit.name]);
      if (known) {
        if (known.existing && !known.candidates && !ctx.facts.mentionedOrganizations.has(known.key)) {
          ctx.facts.mentionedOrganizations.set(known.key, { printed: hit.name, where, ...(known.reason ? { reason: known.reason } : {}) });
        }
        continue;
      }
      // After a hyphened word ("Bi-level Harbour Experts Group") the rest may be the tail of a longer
      // name: only a body known by it is read.
      if (hit.afterHyphened || ctx.orgs.insideAKnownName(hit.name)) continue;
      ctx.orgs.propose({ name: hit.name, kind: guessKind(hit.name), locator: where.locator, quote: where.quote });
    }
  },
};
