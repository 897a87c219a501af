import nlp from "compromise";
import { isNameWords } from "../recognize/people.js";
import { NAME } from "./names.js";

/** A run of words that may be a person's name, where it stands in the text. */
export interface NameCandidate {
  start: number;
  end: number;
  name: string;
}

const CANDIDATE = new RegExp(`(?<![\\p{L}\\-])${NAME}`, "gu");

/**
 * Candidate person names in running text: two to four capitalized words (with initials and
 * particles, "Mei-Ling van Dam") none of which is a word of a body, a title, a month or a place the
 * mentions stage knows (people.ts). Only candidates: the rules keep one where its context says
 * it is a person (rules/prose-people.ts).
 */
export function nameCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    // "… replacing Ada Quill. The Board …": a sentence's end inside the run ends the name there.
    const stop = /^\S+(?:\s+\S+)*?\p{L}{2}\.(?=\s+\p{Lu})/u.exec(m[0]);
    const printed = (stop && /\s/.test(stop[0]) ? stop[0] : m[0]).replace(/[.,]$/, "");
    // "Chairman Ada Quill": a title's word before the name is not part of it.
    const words = [...printed.matchAll(/\S+/g)];
    const from = words.findIndex((_, k) => words.length - k >= 2 && isNameWords(words.slice(k).map((w) => w[0])));
    if (from < 0) continue;
    const offset = words[from]!.index!;
    // "Rev. Lisbon": a word cut by a dot is an abbreviation, unless it is an initial ("J. R. Okafor").
    if (words.slice(from).some((w) => /\p{L}{2,}\.$/u.test(w[0]))) continue;
    out.push({ start: m.index! + offset, end: m.index! + printed.length, name: printed.slice(offset) });
  }
  return out;
}

/**
 * The names `compromise` (a small rule-and-lexicon tagger, no model to load) reads as people in
 * the text, compacted to letters: a second opinion for a candidate whose context alone is weak
 * (a programme's parentheses, "keynote by …"), never a source of names on its own.
 */
export function taggedPeople(text: string): Set<string> {
  const out = new Set<string>();
  for (const name of nlp(text).people().out("array") as string[]) {
    for (const part of name.split(/\s*,\s*|\s+and\s+/)) out.add(letters(part));
  }
  return out;
}

/** Whether the tagger read the candidate (or a name that holds it) as a person. */
export function taggedAsPerson(tagged: Set<string>, candidate: NameCandidate): boolean {
  const c = letters(candidate.name);
  for (const t of tagged) if (t === c || (t.length > c.length && t.includes(c)) || (c.length > t.length && c.includes(t) && t.length >= 6)) return true;
  return false;
}

const letters = (s: string) => s.normalize("NFKD").replace(/[^\p{L}]/gu, "").toLowerCase();
