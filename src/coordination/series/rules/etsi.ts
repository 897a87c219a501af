import type { SeriesRule } from "../rule.js";

/**
 * ETSI group deliverables (ETSI GS ARF 003, ETSI GR ARF 004-1): the series is the group's work
 * (ETSI ARF), whatever the kind (GS, GR); numbered deliverables (ETSI TS 103 190-2) by their
 * first number and its hundred (ETSI 103 1xx).
 */
export const etsiGroup: SeriesRule = {
  name: "ETSI industry specification groups",
  pattern: /^ETSI\s+(?:G[SR]|GSP?|TS|TR|EN|ES|EG|SR)\s+([A-Z][A-Z0-9]{1,9})\b/,
  series: (m) => `ETSI ${m[1]}`,
};

export const etsiNumbered: SeriesRule = {
  name: "ETSI numbered deliverables",
  pattern: /^ETSI\s+(?:[A-Z]{2,3}\s+)?(\d{3})\s?(\d)\d{2}/,
  series: (m) => `ETSI ${m[1]} ${m[2]}xx`,
};
