import { findRoleWords, type RoleKind } from "../recognize/people.js";

/**
 * A person's name as lists and programmes print it, without an honorific: two to four words, each
 * capitalized or an initial ("Ada Quill", "J. R. Okafor", "Mei-Ling van Dam", "P-A Quist", "Piet van der Berg").
 */
export const NAME = String.raw`(?:[\p{Lu}][\p{L}'’]*(?:-[\p{Lu}][\p{L}'’]*)?\.?|[\p{Lu}]{1,2}-[\p{Lu}][\p{L}'’]*\.?)(?:\s+(?:(?:van|von|de|da|del|der|di|le|la|bin|al|ten|ter)\s+){0,2}(?:[\p{Lu}][\p{L}'’-]*\.?)){1,3}`;
export const HONORIFIC = String.raw`(?:(?:Mr|Ms|Mrs|Dr|Prof|De)\.?\s+)`;
const NAME_ONLY = new RegExp(`^${HONORIFIC}?(${NAME})$`, "u");

/** Words that make a line a heading or a title, not a name. */
const NOT_NAME = /\b(?:Forum|Group|Session|Programme|Program|Agenda|Day|Meeting|Workshop|Summit|Conference|Remarks|Speakers?|Panel|Keynote|Opening|Closing|Welcome|Overview|Back|Annex|Questions?|Answers?|Target|Audience|Related|Information|Time|Date|Venue|Place|Union|Organization|Institute|University|Committee|Council|Bureau|Sector|Standards?|Technical|Report|Liaison|Statement|Engineer|Manager|Specialist|Expert|Officer|Director|Head|Chief|Counsellor|Advisor|Adviser|Professor|President|Secretary|Strategist|Consultant|Researcher|Lead|Senior|Principal|Deputy|Coordinator|Focal|Point|Chair|Chairman|Vice|Rapporteur|Editor)\b/i;

/** The name a line is, when it is nothing but a person's name (a programme's or a speakers' page's heading). */
export function nameLine(text: string): string | undefined {
  const m = NAME_ONLY.exec(text.trim());
  if (!m || NOT_NAME.test(m[1]!)) return undefined;
  return m[1]!.replace(/\.$/, "");
}

/** The role a title states ("Vice Chairman", "Co-chairman", "Associate Rapporteur", "Liaison Manager"): the first role word. */
export function roleOf(title: string): RoleKind | undefined {
  if (/\bVice[\s-]?Chair/i.test(title)) return "VICE_CHAIR";
  if (/\bCo[\s-]?Chair/i.test(title)) return "CO_CHAIR";
  // "Liaison Manager": the body's representative to another (as a liaison officer or representative).
  if (/\bLiaison\s+Manager/i.test(title)) return "LIAISON_REPRESENTATIVE";
  return findRoleWords(title)[0]?.role;
}
