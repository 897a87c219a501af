import { BadUserInputError } from "../errors.js";

/** The longest text the roadmap's word filter takes. */
export const MAX_TEXT = 200;

/**
 * The roadmap's word filter as the statement takes it: spaces collapsed, none when blank; longer
 * than MAX_TEXT is refused, naming the argument (`text` in GraphQL, `q` in an export's address).
 */
export function roadmapText(text: string | undefined | null, field = "text"): string | undefined {
  const words = (text ?? "").replace(/\s+/g, " ").trim();
  if (words.length > MAX_TEXT) throw new BadUserInputError(`${field}: at most ${MAX_TEXT} characters (got ${words.length})`, field);
  return words || undefined;
}
