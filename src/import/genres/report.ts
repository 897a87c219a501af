import type { Genre } from "./genre.js";

/** A meeting report, a meeting's results, a rapporteur-meeting notice. */
export const report: Genre = {
  name: "report",
  detect: (doc) => /\b(?:Report of the|Meeting Results|Executive Summary of the Meeting|Rapporteur meeting|Question \d+\/\d+ summary)\b/i.test(doc.head),
};
