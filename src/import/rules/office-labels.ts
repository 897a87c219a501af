import type { RoleKind } from "../recognize/people.js";

/**
 * Office words as a page prints them as a label or a heading over the people who hold the office
 * ("Chairs", "Vice-Chair", "Team Contacts", "Liaison Officer"), as data, each with its role kind
 * (seed.schema.ts `roleKinds`). Most specific first. An editor's label names the editors of a
 * document, not an office of a body, so it is none of these.
 */
export const OFFICE_LABELS: ReadonlyArray<{ label: string; role: RoleKind }> = [
  { label: String.raw`Co[\s-]?[Cc]hair(?:man|woman|person)?s?`, role: "CO_CHAIR" },
  { label: String.raw`Vice[\s-]?[Cc]hair(?:man|woman|person)?s?`, role: "VICE_CHAIR" },
  { label: String.raw`Chair(?:man|woman|person)?s?`, role: "CHAIR" },
  { label: String.raw`Conven[eo]rs?`, role: "CONVENOR" },
  { label: String.raw`(?:Associate\s+)?Rapporteurs?`, role: "RAPPORTEUR" },
  { label: String.raw`Liaison\s+(?:[Oo]fficer|[Rr]epresentative|[Mm]anager)s?`, role: "LIAISON_REPRESENTATIVE" },
  { label: String.raw`(?:Team|Staff)\s+[Cc]ontacts?|Contact\s+[Pp]ersons?`, role: "CONTACT_PERSON" },
  { label: String.raw`Secretar(?:y|iat)`, role: "SECRETARIAT" },
  { label: String.raw`(?:Executive\s+|Managing\s+)?Directors?`, role: "DIRECTOR" },
];

/** The office a label names, and whether several people may hold it (a plural label). */
export function officeOfLabel(label: string): { role: RoleKind; plural: boolean } | undefined {
  const text = label.trim();
  const hit = OFFICE_LABELS.find((o) => new RegExp(`^(?:${o.label})$`, "u").test(text));
  return hit ? { role: hit.role, plural: /s$/.test(text) } : undefined;
}

/** Any office label, as a pattern's alternation. */
export const OFFICE_LABEL = OFFICE_LABELS.map((o) => `(?:${o.label})`).join("|");
