import { compactForm } from "./text-utils.js";

/**
 * One code per deliverable. A page prints an ITU-T Recommendation as "H.265", "ITU-T H.265",
 * "Recommendation ITU-T H.265" or "Rec. ITU-T H.265"; the seed writes it with its publisher
 * ("ITU-T A.7", "ITU-T Y.4238"). The importer proposes that canonical form, and the resolver, the
 * duplicate check and the evaluation compare codes by one key, so the four printings are one
 * deliverable and an existing one is confirmed, never created again.
 */

// "Recommendation", "Rec." and ITU-T's own prefix before a one-letter series; never ITU-R's ("ITU-R M.2083" is not "M.2083").
const WORD = /^(?:Recommendation|Rec\.)\s+/i;
const ITU_T = /^ITU-T\s+(?:(?:Recommendation|Rec\.)\s+)?(?=[A-Z]\.\w)/;
const STD = /^(IEEE)\s+Std\.?\s+/;
// A numbered ITU-T Recommendation, with its corrigendum or amendment ("H.264 Cor.2"): not a draft's provisional name ("Y.QKD-Arch").
const NUMBERED_ITU_T = /^[A-Z]\.\d{1,4}(?:\.\d{1,3})*(?:\s+(?:Cor|Amd)\.\s?\d{1,2})?$/;

// An edition's year ("IEEE 1234.5-2023", "ISO/IEC 12345-1:2020") and an IEEE project's "P" ("IEEE P1234.5"): one standard, as the seed's aliases have it.
const EDITION = /^((?:ISO|IEC)[\w/ -]*\d)(?::(?:19|20)\d{2})$|^(IEEE\s+P?\d[\w.]*?)[-:](?:19|20)\d{2}$/;
const IEEE_PROJECT = /^IEEE\s+P(?=\d)/;

/** The code without the words a page may print around it: what two printings of one deliverable share. */
function bare(code: string): string {
  return code.trim().replace(WORD, "").replace(ITU_T, "").replace(STD, "$1 ");
}

/** The key two codes of one deliverable share ("Recommendation ITU-T H.265", "H.265" → "h265"; "IEEE Std P1234.5-2023", "IEEE 1234.5" → "ieee12345"). */
export function deliverableKey(code: string): string {
  const b = bare(code).replace(/[™®]/g, "");
  const m = EDITION.exec(b);
  return compactForm((m ? (m[1] ?? m[2]!) : b).replace(IEEE_PROJECT, "IEEE "));
}

/** Whether `code` names the deliverable whose code and aliases are given. */
export function sameDeliverable(code: string, entry: { code: string; aliases?: readonly string[] | null }): boolean {
  const key = deliverableKey(code);
  return [entry.code, ...(entry.aliases ?? [])].some((c) => deliverableKey(c) === key);
}

/** The code to propose: a numbered ITU-T Recommendation with its publisher ("H.265" → "ITU-T H.265"); any other as printed, without "Recommendation". */
export function canonicalDeliverableCode(code: string): string {
  const b = bare(code);
  return NUMBERED_ITU_T.test(b) ? `ITU-T ${b}` : b;
}
