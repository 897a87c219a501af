import { countryCode, findCountries } from "./places.js";
import { closingParen, splitTopLevel, titleCaseWord, type Span } from "../text-utils.js";

export type Honorific = "Mr" | "Ms" | "Mrs" | "Dr" | "Prof";

/** A person named in a block, with what the text says around the name. */
export interface PersonMention extends Span {
  /** As printed, without the honorific: "Shin-Gak KANG". */
  printed: string;
  /** With the honorific when there is one: "Mr Shin-Gak KANG". */
  printedFull: string;
  /** Normalized: "Shin-Gak Kang". */
  name: string;
  honorific?: Honorific;
  /** The text of the affiliation: "(ETRI, Republic of Korea)" or ", ETRI, Republic of Korea,". */
  affiliationText?: string;
  affiliationSpan?: Span;
  country?: string;
}

const NAME_WORD = "[\\p{Lu}][\\p{L}'’\\-]*\\.?";
const HONORIFIC = "(Mr|Ms|Mrs|Dr|Prof)\\.?";

/** Words that are never part of a person's name. */
const NOT_NAME = new Set([
  "The", "This", "That", "These", "ITU", "ITU-T", "ITU-R", "ITU-D", "TSB", "TSAG", "Study", "Group", "Groups", "Focus", "Forum", "Working",
  "Task", "Annex", "Recommendation", "Resolution", "Question", "Director", "Chair", "Chairman", "Co-Chairs", "Vice-Chairmen", "Secretariat",
  "Organization", "Organisation", "Union", "Institute", "University", "Commission", "Committee", "Ministry", "Department", "Authority",
  "Corporation", "Company", "Centre", "Center", "Nations", "United", "World", "International", "National", "Bureau", "Sector", "Agency",
  "Council", "Association", "Assembly", "Day", "Conference", "Meeting", "Workshop", "Summit", "Geneva", "Terms", "Reference", "Dear",
  "Sir", "Madam", "Key", "Yours", "Tel", "Fax", "E-mail", "Email", "Contact", "From", "To", "For", "Subject", "Title", "Ref", "Date",
  "Source", "Purpose", "Action", "Information", "Deadline", "Approval", "Abstract", "Registration", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Management", "Metaverse", "Standards",
  "Standardization", "Technical", "Report", "Specification", "Draft", "Virtual", "Worlds", "Citiverse", "Research", "Technology",
  "Telecommunication", "Telecommunications", "Communications", "Information", "Network", "Networks", "Security", "Global", "Digital",
  "Rapporteur", "Editor", "Convenor", "And", "Kingdom", "Republic", "State", "Member", "States", "Members", "Sector", "Associates",
  "Academia", "Government", "Administration", "Administrations", "Liaison", "Statement", "Programme", "Agenda", "Session", "Opening",
  "Closing", "Lab", "Laboratory", "Foundation", "Society", "Alliance", "Board", "Office", "Federation", "Project", "Initiative", "Bank",
  "Fund", "Framework", "Network", "Platform", "Assistant", "Secretary", "General", "Deputy", "Head", "Counsellor", "Advisor", "Adviser",
  // Office labels over names ("Chairs Ada Quill", "Team Contacts Bo Lind") are no name words.
  "Chairs", "Co-Chair", "Vice-Chair", "Vice-Chairs", "Chairwoman", "Chairperson", "Convenors", "Editors", "Rapporteurs", "Contacts",
]);

function normalizeName(printed: string): string {
  return printed
    .split(/\s+/)
    .map((w) => titleCaseWord(w))
    .join(" ");
}

/** Words that can be a person's name: two to five, none a word of a body, a title, a month or a number, and not a country. */
export function isNameWords(words: string[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => NOT_NAME.has(w.replace(/[.,]$/, "")) || /\d/.test(w))) return false;
  if (countryCode(words.join(" "))) return false;
  return true;
}

/**
 * People: "Mr Shin-Gak KANG (ETRI, Republic of Korea)", "Ms X, Nokia, Finland", and, in lists,
 * "Hideo Imanaka (NICT, Japan)" without a title when the parentheses hold an affiliation or a
 * country. `orgSpans` are the organizations already found in the text (never read as names).
 */
export function findPeople(text: string, orgSpans: Span[]): PersonMention[] {
  const out: PersonMention[] = [];
  const taken = (s: Span) => out.some((p) => p.start < s.end && p.end > s.start) || orgSpans.some((o) => o.start <= s.start && o.end >= s.end);

  const withTitle = new RegExp(`\\b${HONORIFIC}\\s+((?:${NAME_WORD}\\s+){0,4}${NAME_WORD})`, "gu");
  let m: RegExpExecArray | null;
  while ((m = withTitle.exec(text))) {
    let words = m[2]!.split(/\s+/);
    // Stop before words that are not names ("Mr Muath AlRumayh Director…" is unusual; be safe).
    const cut = words.findIndex((w, i) => i > 0 && NOT_NAME.has(w.replace(/[.,]$/, "")));
    if (cut > 0) words = words.slice(0, cut);
    // "Mr Akishige NODA Fujitsu Limited": a surname in capitals ends the name; what follows is not part of it.
    const caps = words.findIndex((w, i) => i > 0 && /^\p{Lu}{2,}[.,]?$/u.test(w) && i + 1 < words.length && !/^\p{Lu}{2,}[.,]?$/u.test(words[i + 1]!));
    if (caps > 0) words = words.slice(0, caps + 1);
    if (words.length === 0 || words.length > 5) continue;
    // "Mr. Quill's term": the possessive is not part of the name.
    const printed = words.join(" ").replace(/[.,]$/, "").replace(/['’]s$/, "");
    const start = m.index;
    const end = m.index + m[0].indexOf(m[2]!) + printed.length;
    if (out.some((p) => p.start < end && p.end > start)) continue;
    out.push(withAffiliation(text, { start, end, printed, printedFull: text.slice(start, end), name: normalizeName(printed), honorific: m[1] as Honorific }));
  }

  const listed = new RegExp(`(?<![\\p{L}\\-])((?:${NAME_WORD}\\s+){1,3}${NAME_WORD})\\s*\\(`, "gu");
  while ((m = listed.exec(text))) {
    const words = m[1]!.split(/\s+/);
    const span = { start: m.index, end: m.index + m[1]!.length };
    if (!isNameWords(words) || taken(span)) continue;
    const open = text.indexOf("(", span.end);
    const close = closingParen(text, open);
    if (close < 0) continue;
    const inside = text.slice(open + 1, close);
    const parts = splitTopLevel(inside);
    const last = parts[parts.length - 1] ?? "";
    // Parentheses of a person hold an affiliation and/or a country, not an acronym.
    if (/^[A-Z0-9-]{2,12}$/.test(inside.trim()) && !countryCode(inside)) continue;
    if (!countryCode(last) && parts.length < 2 && !/\b(Organi[sz]ation|Commission|Authority|University|Group|Institute|Ministry|Corporation|Company|Inc|Ltd)\b|\(/.test(inside)) continue;
    const printed = m[1]!;
    out.push({
      ...span, printed, printedFull: printed, name: normalizeName(printed), affiliationText: inside,
      affiliationSpan: { start: open, end: close + 1 }, ...(countryCode(last) ? { country: countryCode(last)! } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function withAffiliation(text: string, p: PersonMention): PersonMention {
  const rest = text.slice(p.end);
  if (/^\s*\(/.test(rest)) {
    const open = text.indexOf("(", p.end);
    const close = closingParen(text, open);
    if (close > 0) {
      const inside = text.slice(open + 1, close);
      const parts = splitTopLevel(inside);
      const code = countryCode(parts[parts.length - 1] ?? "");
      return { ...p, affiliationText: inside, affiliationSpan: { start: open, end: close + 1 }, ...(code ? { country: code } : {}) };
    }
  }
  // ", Organization (ACR), Country," up to "and", "as" or the end of the clause.
  const comma = /^\s*,\s*/.exec(rest);
  if (comma) {
    // A person named inside parentheses ("… Chairman (Mr X, Norway) and its team"): the affiliation ends with them.
    const whole = rest.slice(comma[0].length);
    const unbalanced = whole.search(/\)/) >= 0 && whole.slice(0, whole.search(/\)/)).indexOf("(") < 0 ? whole.search(/\)/) : -1;
    const tail = unbalanced >= 0 ? whole.slice(0, unbalanced) : whole;
    // A verb ends the affiliation: ", Quarry Ltd (Harbour Works) were elected" is "Quarry Ltd (Harbour Works)".
    const stop = tail.search(/,\s*(?:and|as|who|with|is|was|has)\s+|\s+as\s+(?:the\s+)?|\s+(?:was|were|is|are|has|have|had|will|would)\s+|;|\.\s|\.$|\s+(?:and\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\.?\s/);
    const clause = (stop >= 0 ? tail.slice(0, stop) : tail).replace(/,\s*$/, "");
    if (clause && clause.length < 160 && !/^(?:and|as|the|who)\b/i.test(clause)) {
      const start = p.end + comma[0].length;
      const countries = findCountries(clause);
      const code = countries[countries.length - 1]?.code;
      return { ...p, affiliationText: clause, affiliationSpan: { start, end: start + clause.length }, ...(code ? { country: code } : {}) };
    }
  }
  return p;
}

/** Roles people hold, as printed. */
export type RoleKind = "CHAIR" | "CO_CHAIR" | "VICE_CHAIR" | "DIRECTOR" | "CONTACT_PERSON" | "LIAISON_REPRESENTATIVE" | "SECRETARIAT" | "EDITOR" | "RAPPORTEUR" | "CONVENOR";

export interface RoleWord extends Span {
  role: RoleKind;
  printed: string;
  /** "chaired by X": the person follows and the body precedes. */
  passive: boolean;
}

const ROLE_RE =
  /\b(co-chaired by|chaired by|led by|convened by|(?:Co-?Chair(?:man|men|woman|women|person|persons|s)?)|(?:Vice-?Chair(?:man|men|woman|women|person|persons|s)?)|(?:Chair(?:man|men|woman|women|person|persons|s)?)|Director|Associate Rapporteurs?|Rapporteurs?|Editors?|Convenors?|Conveners?|Contact persons?|Liaison [Rr]epresentatives?|Liaison [Oo]fficers?|Secretariat)\b/gi;

export function findRoleWords(text: string): RoleWord[] {
  const out: RoleWord[] = [];
  let m: RegExpExecArray | null;
  ROLE_RE.lastIndex = 0;
  while ((m = ROLE_RE.exec(text))) {
    const w = m[1]!.toLowerCase();
    const role: RoleKind = w.startsWith("co-chair") || w.startsWith("cochair") || w === "co-chaired by" ? "CO_CHAIR"
      : w.startsWith("vice") ? "VICE_CHAIR"
      : w.startsWith("chair") || w === "led by" ? "CHAIR"
      : w === "director" ? "DIRECTOR"
      : w.includes("rapporteur") ? "RAPPORTEUR"
      : w.startsWith("editor") ? "EDITOR"
      : w.startsWith("conven") ? "CONVENOR"
      : w.startsWith("contact") ? "CONTACT_PERSON"
      : w.startsWith("liaison") ? "LIAISON_REPRESENTATIVE"
      : w === "secretariat" ? "SECRETARIAT"
      : "CONVENOR";
    out.push({ start: m.index, end: m.index + m[0].length, role, printed: m[0], passive: / by$/.test(w) });
  }
  return out;
}

export const ROLE_ID_WORD: Record<RoleKind, string> = {
  CHAIR: "chair", CO_CHAIR: "co-chair", VICE_CHAIR: "vice-chair", DIRECTOR: "director", CONTACT_PERSON: "contact",
  LIAISON_REPRESENTATIVE: "liaison-representative", SECRETARIAT: "secretariat", EDITOR: "editor", RAPPORTEUR: "rapporteur", CONVENOR: "convenor",
};

export const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
export const PHONE_RE = /\+\d[\d ()./-]{6,22}\d/g;

/** "+41 22 730 6301" in the seed's phone form (digits and single spaces). */
export function normalizePhone(text: string): string | undefined {
  const cleaned = text.replace(/\(0\)/g, "").replace(/[()./-]/g, " ").replace(/\s+/g, " ").trim();
  return /^\+\d[\d ]{5,20}$/.test(cleaned) ? cleaned : undefined;
}
