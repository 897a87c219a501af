import type { SeriesRule } from "../rule.js";

/**
 * ITU work items before they have a number (X.sg-eimv, Y.trust-MVInf-fr, Q.FITSM, XSTR.dpama):
 * named by the letter series, or the kind of document, before the dot.
 */
export const ituWorkItem: SeriesRule = {
  name: "ITU work items named before they are numbered",
  pattern: /^(?:ITU-[TRD]\s+)?([A-Z]{1,5})\.(?=[A-Za-z])/,
  series: (m) => `ITU ${m[1]} work items`,
};
