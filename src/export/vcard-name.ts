/**
 * The structured name (vCard `N`: family; given; additional; prefixes; suffixes) of a person whose
 * name the graph keeps only as printed ("Abdurahman M. Al Hassan", "ZHANG Wei"). vCard 3.0
 * requires N and address books sort by it, so it is derived, never stored: `FN` keeps the name
 * exactly as printed, and N is the best reading of it:
 * - a family name written in capitals (as ITU and ISO lists print it: "ZHANG Wei") is the family
 *   name wherever it stands;
 * - otherwise the last word, with the particles before it ("van der", "de", "Al", "bin");
 * - the first remaining word is the given name, any others (initials, middle names) additional;
 * - a generational or academic suffix at the end ("Jr.", "III", "PhD") is the suffix.
 */
export interface StructuredName {
  family: string;
  given: string;
  additional: string;
  prefix: string;
  suffix: string;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;

/** Words that belong to the family name that follows them. */
const PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "ter", "ten", "mac", "st."]);

/** A word in capitals, at least two letters: "ZHANG", "LEE-SMITH", "O'NEIL". */
const CAPITALS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}'’-]+$/u;

export function structuredName(printed: string, honorific: string | null = null): StructuredName {
  const words = printed.trim().split(/\s+/).filter(Boolean);
  const prefix = honorific?.trim() ?? "";
  let suffix = "";
  if (words.length > 2 && SUFFIX.test(words.at(-1)!)) suffix = words.pop()!;
  // "O'Brien, Jr." → "O'Brien": the comma only separated the suffix.
  if (suffix) words[words.length - 1] = words.at(-1)!.replace(/,$/, "");
  if (words.length <= 1) return { family: words[0] ?? "", given: "", additional: "", prefix, suffix };

  const capitals = words.map((word) => CAPITALS.test(word));
  // Capitals mark the family name only when some words are not in capitals ("ANNA LEE" says nothing).
  if (capitals.some(Boolean) && !capitals.every(Boolean)) {
    const first = capitals.indexOf(true);
    let last = first;
    while (last + 1 < words.length && capitals[last + 1]) last += 1;
    const rest = [...words.slice(0, first), ...words.slice(last + 1)];
    return { family: words.slice(first, last + 1).join(" "), given: rest[0] ?? "", additional: rest.slice(1).join(" "), prefix, suffix };
  }

  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  const rest = words.slice(0, start);
  return { family: words.slice(start).join(" "), given: rest[0]!, additional: rest.slice(1).join(" "), prefix, suffix };
}
