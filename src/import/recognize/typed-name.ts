import { namesABody } from "./body-name.js";

/**
 * "Industry Specification Group (ISG) Augmented Reality Framework (ARF)", "Technical Committee
 * (TC) Coastal Engineering (COAST)": a kind of body with its acronym, then the body's own name
 * with its acronym. Together they are one body, known as "ISG ARF" (the kind's acronym, then the
 * name's), not a body called "Industry Specification Group" beside a thing called "ARF".
 */
export interface TypedName {
  start: number;
  end: number;
  /** "Industry Specification Group Augmented Reality Framework". */
  name: string;
  /** "ISG ARF". */
  acronym: string;
  /** The forms to look the body up by, most specific first. */
  forms: string[];
  typeName: string;
}

const WORD = "[\\p{Lu}][\\p{L}\\p{N}&-]*";
const TYPED = new RegExp(`((?:${WORD}\\s+){0,4}${WORD})\\s*\\(([\\p{Lu}]{2,6})\\)\\s+((?:${WORD}\\s+){0,5}${WORD})\\s*\\(([\\p{Lu}][\\p{Lu}\\p{N}-]{1,10})\\)`, "gu");

export function typedNames(text: string): TypedName[] {
  const out: TypedName[] = [];
  for (const m of text.matchAll(TYPED)) {
    const [, typeWords, typeAcr, nameWords, nameAcr] = m;
    // The kind: the last words whose initials spell its acronym, and a body's head word.
    const words = typeWords!.split(/\s+/);
    const typeName = words.slice(-typeAcr!.length).join(" ");
    if (initials(typeName) !== typeAcr || !namesABody(typeName)) continue;
    const name = nameWords!.trim();
    // Its acronym is its initials ("ARF") or the start of its first word ("CYBER" of "Cyber Security").
    const acronymFits = fits(initials(name), nameAcr!.replace(/[^\p{Lu}]/gu, "")) || (nameAcr!.length >= 3 && name.split(/\s+/)[0]!.toUpperCase().startsWith(nameAcr!));
    if (!acronymFits) continue;
    const start = m.index + typeWords!.length - typeName.length;
    out.push({
      start, end: m.index + m[0].length, typeName, name: `${typeName} ${name}`, acronym: `${typeAcr} ${nameAcr}`,
      forms: [`${typeAcr} ${nameAcr}`, `${typeAcr} ${name}`, `${typeName} ${name}`, `${typeName} on ${name}`],
    });
  }
  return out;
}

function initials(phrase: string): string {
  return phrase.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).map((w) => w[0]!).join("");
}

/** Each letter of the acronym is an initial of the name, in order, and most initials are used. */
function fits(name: string, acronym: string): boolean {
  let i = 0;
  for (const ch of name) if (ch === acronym[i]) i++;
  return i === acronym.length && acronym.length >= Math.min(2, name.length);
}
