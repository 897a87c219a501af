import type { SeriesRule } from "../rule.js";

/** W3C specifications (W3C webxr, W3C webxr-ar-module-1): the specification's first name, its modules with it. */
export const w3c: SeriesRule = {
  name: "W3C specifications and their modules",
  pattern: /^W3C\s+([a-z][a-z0-9]*)/i,
  series: (m) => `W3C ${m[1]!.toLowerCase()}`,
};
