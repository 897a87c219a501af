import type { SeriesRule } from "../rule.js";

/**
 * IEEE standards and projects (IEEE 2874, IEEE P2048.101, IEEE Std 3333.1.2): the series is the
 * base number, so IEEE 2888.1 to 2888.6 are IEEE 2888, and a project's draft is in its standard's.
 */
export const ieee: SeriesRule = {
  name: "IEEE numbers with sub-numbers",
  pattern: /^IEEE\s+(?:Std\s+)?P?(\d+)/,
  series: (m) => `IEEE ${m[1]}`,
};
