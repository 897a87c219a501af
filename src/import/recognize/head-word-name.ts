/**
 * Bodies named in prose without an acronym, by the word a body's name ends with: a run of
 * capitalized words whose last word is an organization's head word ("Harbour Metaverse Council",
 * "Electronics and Buoys Research Institute", "Quayside University"), or a head word with its
 * complement ("University of Porto", "Ministry of Tides and Harbours"). Whatever the sentence
 * says around it: the name's own shape is the evidence. Words as data below.
 */

/**
 * Words a body's name ends with. "Group", "Committee" and "Board" also name a body's parts ("the
 * Steering Committee"): such a name is read only with a distinctive word before the head (below).
 */
const HEADS = [
  "Forum", "Consortium", "Alliance", "Association", "Institute", "Council", "Agency", "Foundation", "Society", "Union",
  "University", "Federation", "Organization", "Organisation", "Commission", "Academy", "Coalition", "Partnership",
  "Group", "Committee", "Board", "Authority", "Bureau", "Laboratory", "Laboratories",
];

/** Heads that take a complement ("University of Porto"). */
const COMPLEMENT_HEADS = ["University", "Institute", "Academy", "Ministry", "Association", "Federation", "Council", "Society", "Union", "Organization", "Organisation"];

/**
 * Words that say what kind of body it is, or where, but not which: a name made of these and its
 * head alone ("the General Council", "an International Association") is no body's name.
 */
const GENERIC = new Set([
  "The", "A", "An", "This", "That", "These", "Our", "Its", "Their", "Each", "Every", "Both", "All", "Any", "New", "Other", "Such",
  "Technical", "Steering", "Executive", "Advisory", "Management", "General", "Working", "Study", "Joint", "Coordination",
  "Standards", "Standardization", "Standardisation", "International", "National", "Regional", "Global", "World", "European",
  "American", "Asian", "African", "Special", "Permanent", "Governing", "Scientific", "Expert", "Programme", "Program",
  "Industry", "Industrial", "Research", "Development", "Local", "Public", "Private", "Member", "Members", "Partner", "Partners",
  "Organizing", "Organising", "Organization", "Organisation", "Nominating", "Drafting", "Editorial", "Review", "Task", "Interest",
  "Ad", "Hoc", "Coordinating", "Liaison", "Sub", "Focus", "Work", "Project", "Operating", "Oversight", "Audit", "Finance", "Policy",
  "Strategy", "Strategic", "Architecture", "Security", "Ethics", "Program", "Contact", "Core", "Main", "Central", "Senior",
  "Several", "Many", "Various", "Some", "Most", "Few", "Upcoming", "Next", "Previous", "Former", "Current", "Future", "Recent", "Last", "First",
  "Parent", "Child", "Sister", "Related", "Responsible", "Lead", "Host", "Relevant", "Concerned",
  "Rapporteur", "Planning", "Programme", "Organizational", "Standing", "Ad-hoc", "Sub-Group", "Subgroup",
]);

/** Months: "March 2031 Working Group" is a date before a kind word, no body's name. */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** Words that open a sentence or a clause, not a name ("Yesterday", "Dear"): dropped from the run's start. */
const LEADING = /^(?:The|A|An|This|That|These|Our|Its|Their|Each|Every|Both|All|Any|Several|Many|Various|Some|Most|Few|Upcoming|Next|Previous|Former|Current|Future|Recent|Last|First|See|Also|Please|Dear|At|In|On|By|From|To|For|With|And|Or|Of|As|Since|During|When|While|Under|Within|Via|Per)$/;

const WORD = String.raw`(?:[\p{Lu}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{Lu}]|\d+[\p{L}]*)`;
const SP = String.raw`[^\S\n]+`;
const JOINER = String.raw`(?:${SP}(?:and|&)${SP}|${SP})`;

// Never from inside a number, a path or a code ("1.00 Focus Group", "LAN/MAN Standards Committee").
const HEAD_FINAL = new RegExp(String.raw`(?<![\p{L}\p{N}./-])(${WORD}(?:${JOINER}${WORD}){0,6}?)${SP}(${HEADS.join("|")})(?![\p{L}\p{N}-])`, "gu");
const WITH_COMPLEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}./-])(?:(${WORD}(?:${SP}${WORD}){0,3})${SP})?(${COMPLEMENT_HEADS.join("|")})${SP}(?:of|for)${SP}(?:the${SP})?(${WORD}(?:${JOINER}${WORD}){0,5})(?![\p{L}\p{N}-])`,
  "gu",
);

export interface HeadWordName {
  start: number;
  end: number;
  /** The name as printed, without a leading article or clause word. */
  name: string;
  head: string;
  /** The words before the head ("Harbour Metaverse" of "Harbour Metaverse Council"), or the complement. */
  qualifier: string;
  /** Read after a hyphened word ("Bi-level Harbour Experts Group"): the rest may be a longer name's tail. */
  afterHyphened?: boolean;
}

/** A name needs one word of its own: not a kind's or a place's word, not a number, not a month. */
function distinctive(words: string[]): boolean {
  return words.some((w) => !GENERIC.has(w) && w !== "and" && w !== "&" && /\p{L}/u.test(w) && !MONTH.test(w));
}

/** A word that opens no name: a clause word, a month, or an adjective made with a hyphen ("Award-winning"). */
function cuts(word: string): boolean {
  return LEADING.test(word) || MONTH.test(word) || HYPHENED.test(word);
}

/** "Award-winning", "Bi-level": an adjective, or the start of a longer name; which one the shape cannot say. */
const HYPHENED = /-\p{Ll}/u;

/** Every body named by its head word in the text, in order; a name in capitals only or in a heading of capitals is none. */
export function headWordNames(text: string): HeadWordName[] {
  const out: HeadWordName[] = [];
  const push = (start: number, end: number, head: string, qualifierWords: string[], afterHyphened = false) => {
    if (!distinctive(qualifierWords)) return;
    // The complement of a longer name ("World Summit on the Harbour Society"), or a name that goes
    // on in a form not read here ("Organisation for the Safety of Air Navigation"): none.
    if (/\p{Lu}[\p{L}\p{N}-]*[^\S\n]+\p{Lu}[\p{L}\p{N}-]*[^\S\n]+(?:on|of|for|in)[^\S\n]+(?:the[^\S\n]+)?$/u.test(text.slice(Math.max(0, start - 80), start))) return;
    if (/^[^\S\n]+(?:of|for|on)(?:[^\S\n]+(?:the[^\S\n]+)?\p{Lu}|[^\S\n]*(?:\n|$))/u.test(text.slice(end, end + 40))) return;
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ start, end, name: text.slice(start, end), head, qualifier: qualifierWords.join(" "), ...(afterHyphened ? { afterHyphened } : {}) });
  };
  for (const m of text.matchAll(WITH_COMPLEMENT)) {
    const complement = m[3]!.split(/\s+/);
    // The complement ends at its last capitalized word ("Ministry of Tides and Harbours").
    while (complement.length > 0 && /^(?:and|&)$/.test(complement[complement.length - 1]!)) complement.pop();
    const before = m[1] ? [...m[1].matchAll(/\S+/g)].map((w) => ({ text: w[0], at: m.index + w.index })) : [];
    let cut = -1;
    before.forEach((w, i) => { if (cuts(w.text)) cut = i; });
    const start = cut + 1 < before.length ? before[cut + 1]!.at : m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    push(start, end, m[2]!, complement, cut >= 0 && HYPHENED.test(before[cut]!.text));
  }
  for (const m of text.matchAll(HEAD_FINAL)) {
    const words = [...m[1]!.matchAll(/\S+/g)].map((w) => ({ text: w[0], at: m.index + w.index }));
    // The name starts after the run's last clause word or article ("In Harbour Council", a title-case
    // heading's "Letter From The Harbour Forum"), and never with "and".
    let cut = -1;
    words.forEach((w, i) => { if (cuts(w.text)) cut = i; });
    // "Coastal Virtual Networks and Harbour Consortium": an "and" after a name of several words joins
    // two bodies; the name read here is the last ("Electronics and Buoys Research Institute" is one).
    words.forEach((w, i) => { if ((w.text === "and" || w.text === "&") && i - (cut + 1) >= 2) cut = i; });
    const rest = words.slice(cut + 1);
    while (rest.length > 0 && (rest[0]!.text === "and" || rest[0]!.text === "&")) rest.shift();
    if (rest.length === 0) continue;
    push(rest[0]!.at, m.index + m[0].length, m[2]!, rest.map((w) => w.text), cut >= 0 && HYPHENED.test(words[cut]!.text));
  }
  return out.sort((a, b) => a.start - b.start);
}
