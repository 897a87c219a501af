import type { SeriesRule } from "../rule.js";

/** 3GPP specifications and reports (3GPP TR 22.856): 3GPP's own series, the number before the dot. */
export const threeGpp: SeriesRule = {
  name: "3GPP series",
  pattern: /^3GPP\s+(?:T[SR]\s+)?(\d{2})\.\d+/,
  series: (m) => `3GPP ${m[1]} series`,
};
