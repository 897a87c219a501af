/**
 * How deliverables are printed, family by family: a pattern, the kind it gives and the code it
 * reads (as the designations table of organizations.ts does for bodies). The deliverables stage
 * (extractor.ts) tries them in this order; a span one pattern took is not read again.
 */
export interface DeliverableCode {
  family: string;
  re: RegExp;
  kind: string;
  code: (m: RegExpExecArray) => string;
  /**
   * The body that publishes every deliverable of the family, when the code alone says so (an RFC
   * or an Internet-Draft is the IETF's whoever cites it): its acronym, resolved as the designation
   * table resolves a root body; else the developer is read from the text as for any code.
   */
  publisher?: string;
  /**
   * The body whose family every code of this shape belongs to ("ISO 12345" is ISO's, "Y.1234"
   * ITU-T's): the developer when no body of that family is named near the code or is the page's
   * own, so that a standard cited by another body's page is still its publisher's, and a code
   * whose page names no body is not dropped.
   */
  owner?: string;
  /**
   * A shape that is a code only on a page of its family: the page must match this ("P2048.1" is an
   * IEEE project on a page that names the IEEE, a part number elsewhere). The code is read with its
   * family's prefix.
   */
  onPage?: RegExp;
}

/** A page of ITU-T's: it names the sector, one of its study groups or a Recommendation. */
export const ITU_T_PAGE = /\bITU-T\b|\bRecommendations?\s+[A-Z]\.\d|\bStudy\s+Group\s+\d{1,2}\b|\bSG\s?\d{1,2}\b/;

export const deliverableCodes: readonly DeliverableCode[] = [
  // ITU-R's series have one to three letters ("ITU-R M.2083", "Report ITU-R BT.2420-1", "Rec. ITU-R P.525"):
  // read before ITU-T's, so "M.2083" after "ITU-R" is never an ITU-T code. The sector is part of the code.
  { family: "ITU-R", owner: "ITU-R", re: /\bReport\s+ITU-R\s+([A-Z]{1,3})\.(\d{1,4}(?:-\d{1,2})?)(?!\d|\.\d)/g, kind: "REPORT", code: (m) => `ITU-R ${m[1]}.${m[2]}` },
  { family: "ITU-R", owner: "ITU-R", re: /\b(?:(?:Recommendation|Rec\.)\s+)?ITU-R\s+([A-Z]{1,3})\.(\d{1,4}(?:-\d{1,2})?)(?!\d|\.\d)/g, kind: "RECOMMENDATION", code: (m) => `ITU-R ${m[1]}.${m[2]}` },
  // A corrigendum or an amendment is a deliverable of its own ("H.123.4 Cor.2", "Y.987 Amd. 1"), not its Recommendation.
  {
    family: "ITU-T", owner: "ITU-T", re: /\b(?:ITU-T\s+)?(?:Recommendation\s+)?(?:ITU-T\s+)?([B-Z])\.(\d{1,4}(?:\.\d{1,3})?)(?:\s+(Cor|Amd)\.\s?(\d{1,2}))?(?!\d|\.\d|\s*\/)/g,
    kind: "RECOMMENDATION", code: (m) => `${m[1]}.${m[2]}${m[3] ? ` ${m[3]}.${m[4]}` : ""}`,
  },
  { family: "ITU-T", owner: "ITU-T", re: /\b([A-Z])\.([a-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\b/g, kind: "RECOMMENDATION", code: (m) => `${m[1]}.${m[2]}` },
  // A draft's provisional name in capitals, always with a hyphen ("Y.QKD-Arch", "H.XR-req-2", "H.QKD-AC/Gen"); a "-series" is not one.
  { family: "ITU-T", owner: "ITU-T", re: /\b([A-Z])\.([A-Z][A-Za-z0-9]+(?:-(?!series\b)[A-Za-z0-9]+)+(?:\/[A-Z][A-Za-z0-9]*)?)\b(?!-series)/g, kind: "RECOMMENDATION", code: (m) => `${m[1]}.${m[2]}` },
  { family: "ITU-T", owner: "ITU-T", re: /\b((?:[A-Z]STR|[A-Z]STP|TR|TP)\.[a-z][A-Za-z0-9-]*)\b/g, kind: "TECHNICAL_PAPER", code: (m) => m[1]! },
  { family: "ITU-T", owner: "ITU-T", re: /\b(FG-?[A-Z]{1,6}-D?\d+(?:\.\d+)?)\b/g, kind: "TECHNICAL_REPORT", code: (m) => m[1]! },
  { family: "any", re: /\b(Technical (?:Report|Specification|Paper))\s+(\d{1,3})\b/g, kind: "TECHNICAL_REPORT", code: (m) => `${m[1]} ${m[2]}` },
  // An amendment's or a project's letters are part of the code ("IEEE 802.11ax", "IEEE P1234.1DG"), never cut off.
  { family: "IEEE", owner: "IEEE", re: /\bIEEE\s+(?:Std\.?\s+)?(P?\d{3,4}(?:\.\d+[A-Za-z]{0,3})*(?:-\d{4})?)\b/g, kind: "STANDARD", code: (m) => `IEEE ${m[1]}` },
  // An IEEE project printed without its publisher, on an IEEE page ("P1234.5 – Standard for …", "the P9876 working group").
  { family: "IEEE", owner: "IEEE", onPage: /\bIEEE\b/, re: /(?<![\w./-])(P\d{4}(?:\.\d{1,3})*[a-z]?)(?![\w/-]|\.\d)/g, kind: "STANDARD", code: (m) => `IEEE ${m[1]}` },
  // "ISO/IEC DIS 23090-39": a stage (DIS, CD, FDIS…) is not part of the standard's code; an old
  // standard's number may have three digits ("ISO 639"). "ISO/IEC/IEEE 42010" is read below.
  {
    family: "ISO", owner: "ISO", re: /\b(ISO(?:\/IEC)?)\s+(?:(?:DIS|FDIS|CD|WD|NP|AWI|DAM|DTR|DTS)\s+)?((?:TR\s+|TS\s+|PAS\s+)?\d{3,5}(?:-\d+)*(?::\d{4})?)\b/g,
    kind: "STANDARD", code: (m) => `${m[1]} ${m[2]}`,
  },
  // A JTC 1 standard printed by its stage and number alone ("IS 14651", "FCD 15 445", "DIS 23456-7"), on a page of JTC 1's.
  {
    family: "ISO", owner: "ISO", onPage: /\bJTC\s?1\b|\bISO\/IEC\b/, re: /\b(?:IS|FDIS|DIS|FCD|CD|PDAM|FDAM|DAM|PDTR|DTR|AWI|NP)\s+(\d{2}\s?\d{3}(?:-\d+)*)\b(?!\.\d)/g,
    kind: "STANDARD", code: (m) => `ISO/IEC ${m[1]!.replace(/\s/g, "")}`,
  },
  // A specification named by a coined name and its version ("HarbourPose 1.0", "Q3D 4.1"): a word with an inner capital or a digit, on a page about standards or specifications.
  {
    family: "named", onPage: /\b(?:standards?|specifications?)\b/i, re: /(?<![\w.-])([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][A-Z]*\d[A-Z\d]*)\s+(\d{1,2}\.\d{1,2})(?![\w.]|-\w)/g,
    kind: "SPECIFICATION", code: (m) => `${m[1]} ${m[2]}`,
  },
  // IEC's own and joint numbers: "IEC 61234-5", "IEC/IEEE 60987", "ISO/IEC/IEEE 42010".
  { family: "IEC", owner: "IEC", re: /\b(IEC|IEC\/IEEE|ISO\/IEC\/IEEE)\s+(\d{5}(?:-\d+)*(?::\d{4})?)\b/g, kind: "STANDARD", code: (m) => `${m[1]} ${m[2]}` },
  { family: "3GPP", owner: "3GPP", re: /\b(?:3GPP\s+)?(T[RS])\s+(\d{2}\.\d{3})\b/g, kind: "TECHNICAL_REPORT", code: (m) => `3GPP ${m[1]} ${m[2]}` },
  // ETSI group deliverables: "ETSI GS NFV-SOL 009 V3.3.1", "GS ARF003", "GR ARF 007" (a version is not part of the code).
  {
    family: "ETSI", owner: "ETSI", re: /\b(?:ETSI\s+)?(GS|GR)\s+([A-Z]{2,6}(?:-[A-Z]{2,6})?)\s?(\d{3}(?:-\d{1,2})*)\b/g,
    kind: "SPECIFICATION", code: (m) => `ETSI ${m[1]} ${m[2]} ${m[3]}`,
  },
  // ETSI's numbered deliverables: "ETSI TS 103 457", "ETSI EN 303 645".
  { family: "ETSI", owner: "ETSI", re: /\bETSI\s+(TS|TR|EN|ES|EG|SR)\s+(\d{3}\s?\d{3}(?:-\d{1,2})*)\b/g, kind: "SPECIFICATION", code: (m) => `ETSI ${m[1]} ${m[2]}` },
  // IETF: an Internet-Draft's name as printed, its version kept ("draft-ietf-abc-tide-metric-04"),
  // at least three parts after "draft" so a word such as "draft-ready" is none; an RFC by number.
  { family: "IETF", re: /(?<![\w-])(draft-[a-z0-9]+(?:-[a-z0-9]+){2,})(?![\w-])/g, kind: "OTHER", code: (m) => m[1]!, publisher: "IETF" },
  { family: "IETF", re: /\bRFC\s?(\d{3,5})\b/g, kind: "STANDARD", code: (m) => `RFC ${m[1]}`, publisher: "IETF" },
  // Numbered technical reports with a hyphen ("TR-101", "TR-069"), as the Broadband Forum prints
  // them; "TR 22.856" (3GPP) and "TR.abc" (ITU-T) are read by their own families above.
  { family: "TR", re: /\bTR-(\d{2,3})(?![\d.-])/g, kind: "TECHNICAL_REPORT", code: (m) => `TR-${m[1]}` },
];
