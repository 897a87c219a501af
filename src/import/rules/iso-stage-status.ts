import { escapeRegExp } from "../text-utils.js";
import type { Rule } from "./rule.js";

/**
 * ISO and IEC project stages as data: the stage a code is printed with and the status it states.
 * A proposal or an approved new item is planned; a working, committee or enquiry draft is in
 * progress (an FDIS too: it is not published until it is).
 */
export const isoStages: Readonly<Record<string, "PLANNED" | "IN_PROGRESS">> = {
  PWI: "PLANNED", NP: "PLANNED", NWIP: "PLANNED", AWI: "PLANNED",
  WD: "IN_PROGRESS", CD: "IN_PROGRESS", DIS: "IN_PROGRESS", FDIS: "IN_PROGRESS",
  PDAM: "IN_PROGRESS", DAM: "IN_PROGRESS", FDAM: "IN_PROGRESS", DTR: "IN_PROGRESS", DTS: "IN_PROGRESS", PDTR: "IN_PROGRESS",
};

/**
 * An ISO or IEC code printed with its project stage ("ISO/IEC DIS 31415-9", "ISO NP 65432") has
 * the status the stage states (tenth round, deliverables): the code stage drops the stage from the
 * code; this rule reads it back as the deliverable's status, when the sentence stated none.
 */
export const isoStageStatus: Rule = {
  name: "iso-stage-status",
  genres: "any",
  scope: "document",
  trigger: new RegExp(`\\b(?:${Object.keys(isoStages).join("|")})\\s+\\d`),
  apply(ctx) {
    for (const d of ctx.facts.deliverables) {
      const m = /^(ISO(?:\/IEC)?|IEC)\s+(.+)$/.exec(d.code);
      if (!m || d.statusWord) continue;
      const printed = new RegExp(`\\b${escapeRegExp(m[1]!)}\\s+(${Object.keys(isoStages).join("|")})\\s+${escapeRegExp(m[2]!).replace(/\s+/g, "\\s+")}\\b`).exec(d.where.quote);
      if (!printed) continue;
      d.status = isoStages[printed[1]!]!;
      d.statusWord = printed[1]!;
    }
  },
};
