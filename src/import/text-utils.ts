import { compactForm } from "../search/search-keys.js";

export { compactForm };

/** A span of a block's text. */
export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;

/** Text to match literally inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Spans that do not overlap each other, kept sorted by start: whether a new span is free is one
 * binary search (log n), not a rescan of every span found so far. Disjoint spans sorted by start
 * are sorted by end too, so only the last span starting before the new one's end can overlap it.
 */
export class DisjointSpans<T extends Span> {
  private readonly sorted: T[] = [];

  /** True when `span` overlaps none of the spans kept. */
  free(span: Span): boolean {
    const i = this.lastStartingBefore(span.end);
    return i < 0 || this.sorted[i]!.end <= span.start;
  }

  /** Keeps `span` if it is free; says whether it was. */
  add(span: T): boolean {
    if (!this.free(span)) return false;
    this.sorted.splice(this.lastStartingBefore(span.end) + 1, 0, span);
    return true;
  }

  get items(): readonly T[] {
    return this.sorted;
  }

  /** The index of the last span whose start is before `end`, or -1. */
  private lastStartingBefore(end: number): number {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** Sentences of a block, with their offsets (abbreviations such as "Mr." and "Rec." do not end one). */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|Rec|Res|No|Rev|Nos|vol|cf|Fig|St|Inc|Ltd|Co|Corp|e\.g|i\.e|Rep|approx|M|[A-Z]))(?:[.;!?](?=\s+[A-Z“"‘(])|(?<=[\p{L}\d]{2})[.!?](?=[A-Z][A-Za-z]{2,}\b))/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + 1;
    out.push({ text: text.slice(start, end), start });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** "KANG" → "Kang", "AL HASSAN" → "Al Hassan"; mixed-case words are kept. */
export function titleCaseWord(word: string): string {
  if (word.length < 2 || word !== word.toUpperCase() || !/\p{L}/u.test(word)) return word;
  return word
    .split(/([-'’])/)
    .map((part) => (part.length > 0 && /\p{L}/u.test(part) ? part[0]! + part.slice(1).toLowerCase() : part))
    .join("");
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, inaugural: 1,
};

/** "2nd", "second", "Second" → 2. */
export function ordinalValue(word: string): number | undefined {
  const m = /^(\d+)(st|nd|rd|th)$/i.exec(word);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS[word.toLowerCase()];
}

export const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|${["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "inaugural"].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|")})`;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20,
};

export function numberValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

/** Balanced parentheses: the index of the ")" closing the "(" at `open`, or -1. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits at commas outside parentheses. */
export function splitTopLevel(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
