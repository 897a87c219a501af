import type { SeriesRule } from "../rule.js";

/** ITU supplements to a letter series (ITU-T Y Suppl. 58, ITU-T L.Suppl.48): the series' supplements. */
export const ituSupplement: SeriesRule = {
  name: "ITU supplements",
  pattern: /^(ITU-[TRD])\s+([A-Z]{1,3})\s*\.?\s*Suppl/i,
  series: (m) => `${m[1]} ${m[2]} supplements`,
};
