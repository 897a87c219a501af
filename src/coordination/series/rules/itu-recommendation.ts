import type { SeriesRule } from "../rule.js";

/**
 * ITU recommendations (ITU-T H.266, ITU-R BT.2100, ITU-T F.740.11): ITU numbers related
 * recommendations in runs of ten within a letter series, so the series is the letter(s) and the
 * number without its last digit: H.264, H.265 and H.266 are ITU-T H.26x; F.740.2 and F.742 are
 * ITU-T F.74x. One- and two-digit numbers (ITU-T A.7) make one series per letter below ten: A.x.
 */
export const ituRecommendation: SeriesRule = {
  name: "ITU recommendations by runs of ten",
  pattern: /^(ITU-[TRD])\s+([A-Z]{1,3})\.(\d+)/,
  series: (m) => `${m[1]} ${m[2]}.${m[3]!.length > 1 ? m[3]!.slice(0, -1) : ""}x`,
};
