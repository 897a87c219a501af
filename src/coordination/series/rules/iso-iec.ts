import type { SeriesRule } from "../rule.js";

/**
 * ISO, IEC and their joint and co-published references (ISO/IEC, ISO/IEC/IEEE, IEC/IEEE…),
 * with or without a type or stage (TR, TS, DIS, CD TR…): the series is the number before its
 * part, so ISO/IEC 23090-2 and ISO/IEC TR 23090-27 are both ISO/IEC 23090.
 */
export const isoIec: SeriesRule = {
  name: "ISO and IEC numbers with parts",
  pattern: /^((?:ISO|IEC)(?:\/(?:ISO|IEC|IEEE|ASTM|SAE|CIE|ITU-T))*)\s+(?:(?:[A-Z]{2,4}|PAS|ISP)\s+)*(\d+)(?:[-‑]\d+)*\b/,
  series: (m) => `${m[1]} ${m[2]}`,
};
