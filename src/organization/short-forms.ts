/**
 * Short forms built from a parent's acronym and a body's own: "IEEE-SA MSC", "ITU-T SG17",
 * "JTC1 SC29". A ref that names no body as a whole is split at a space or a slash into a parent
 * part and the body's own part; the body is the one its own part names that is part of the body
 * the parent part names.
 */

/**
 * The ways to read `ref` as a parent part and an own part, the longest parent part first. Only a
 * ref of acronyms and numbers (no lower-case letter) is a short form: a name that matches nothing
 * ("No Such Committee 99") costs no further lookup.
 */
export function shortFormSplits(ref: string): Array<{ parent: string; own: string }> {
  const tokens = ref.trim().split(/\s*[\s/]\s*/).filter(Boolean);
  if (tokens.some((token) => /\p{Ll}/u.test(token))) return [];
  const splits: Array<{ parent: string; own: string }> = [];
  for (let i = tokens.length - 1; i >= 1; i--) splits.push({ parent: tokens.slice(0, i).join(" "), own: tokens.slice(i).join(" ") });
  return splits;
}
