/**
 * Forms of names that make committee designations findable however they are typed:
 * "ISO/IEC JTC 1/SC 27", "JTC1/SC27" and "SC27" all share the compact key "sc27" (and
 * "jtc1sc27"). Stored on searchable nodes as `searchKeys` and matched by the full-text index.
 */
export function compactForm(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Designations are short; long titles only get their whole compact form. */
const MAX_TOKENS_FOR_TAILS = 8;

/** Every compact form of the names, plus the tails that start at a word (JTC 1/SC 27 → jtc1sc27, sc27). */
export function searchKeys(names: Array<string | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const tokens = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (tokens.length > MAX_TOKENS_FOR_TAILS) {
      keys.add(compactForm(name));
      continue;
    }
    tokens.forEach((token, i) => {
      if (i > 0 && !/^\p{L}/u.test(token)) return;
      const key = compactForm(tokens.slice(i).join(""));
      if (key.length >= 2) keys.add(key);
    });
  }
  return [...keys].join(" ");
}
