import type { SeriesRule } from "../rule.js";

/**
 * Any other reference that ends in a number (FGMV-01, FGMV-D5.1, RFC 9000, WTSA-24 Resolution
 * 105): its words before that number, so a body's numbered outputs sit together.
 */
export const numbered: SeriesRule = {
  name: "words before a final number",
  pattern: /^(.*?[A-Za-z][^\d]*?)[\s‑.-]*[A-Z]?\d+(?:[.-]\d+)*[a-z]?$/,
  series: (m) => m[1]!.replace(/[\s\-‑./]+$/, ""),
};
