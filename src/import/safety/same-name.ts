/**
 * When two printed names are one person: the same words whatever their case, accents, spacing
 * (a name broken over two lines), punctuation, honorific or order ("KANG Shin-Gak" and "Shin-Gak
 * Kang"), and initials standing for given names ("J. Doe", "Jane Q. Doe" and "Jane Doe"), as long
 * as the family name is the same word.
 */
const HONORIFICS = new Set(["mr", "ms", "mrs", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "eng", "ir", "he", "hon", "rev"]);

/** The name's words: lower case, accents, punctuation and honorifics gone. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bh\.\s*e\./g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .filter((w, i, all) => !(HONORIFICS.has(w) && i < all.length - 1));
}

/** One key for names that are certainly the same words: their words sorted. */
export function nameKey(name: string): string {
  return nameWords(name).sort().join(" ");
}

/**
 * True when every word of one name is a word of the other ("Joakim" or "LÄHTEENMÄKI" of "Prof.
 * Joakim Lähteenmäki"): within one document, a name cut at a line break or shortened to one of
 * its words is the person named in full (never used against the graph, where it may be anyone).
 */
export function partOfName(a: string, b: string): boolean {
  const x = nameWords(a).filter((w) => w.length > 1);
  const y = nameWords(b).filter((w) => w.length > 1);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/**
 * True when the two names may well be one person: the same key, or the same family name (a word
 * of two letters or more the two share, last in one of them) with given names that agree where
 * both give them, an initial agreeing with the name it stands for.
 */
export function sameNameOrInitials(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (nameKey(a) !== "" && nameKey(a) === nameKey(b)) return true;
  const family = (words: string[]) => words.filter((w) => w.length > 1).at(-1);
  const fx = family(x);
  if (!fx || fx !== family(y)) return false;
  const given = (words: string[], f: string) => words.slice(0, words.lastIndexOf(f));
  const gx = given(x, fx);
  const gy = given(y, fx);
  if (gx.length === 0 || gy.length === 0) return false;
  // Each given name of the shorter list agrees with the one at its place in the other: equal, or an initial of it.
  const [short, long] = gx.length <= gy.length ? [gx, gy] : [gy, gx];
  let j = 0;
  for (const w of short) {
    while (j < long.length && !agrees(w, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return agrees(gx[0]!, gy[0]!);
}

const agrees = (a: string, b: string) => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
