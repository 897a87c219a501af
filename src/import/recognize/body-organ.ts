/**
 * A body's organs named after it: "the XY General Assembly", "XY Board of Trustees", "the XY
 * Planning Committee", "ITU Regional Offices". The owner is a family root or any acronym the
 * graph or the document already knows (checked by the caller); the organ words are data.
 */
const ORGANS = [
  "Offices?", "Secretariat", "Council", "Board(?:\\s+of\\s+(?:Directors|Trustees|Governors))?", "General Assembly", "Assembly",
  "(?:Steering|Executive|Technical|Planning|Management|Programme|Program|Nominating) Committee",
];

const FAMILIES = "ITU-[TRD]|ITU|ISO|IEC|IEEE SA|IEEE|ETSI|3GPP|W3C";

/** An owner (a family or an acronym), up to three capitalized words, then an organ; never a numbered designation ("ISO Technical Committee 307"). */
const ORGAN = new RegExp(
  `\\b(${FAMILIES}|[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]+)?)\\s+((?:[A-Z][a-z]+\\s+){0,3}(?:${ORGANS.join("|")}))\\b(?!\\s*\\d)`,
  "g",
);

export interface BodyOrgan {
  start: number;
  end: number;
  /** The whole name as printed ("XY General Assembly"). */
  name: string;
  /** The owner as printed ("XY"). */
  owner: string;
}

export function bodyOrgans(text: string): BodyOrgan[] {
  return [...text.matchAll(ORGAN)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0], owner: m[1]! }));
}
