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

/** Every compact form of the names, plus each "/"-separated tail (JTC 1/SC 27 → sc27). */
export function searchKeys(names: Array<string | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const parts = name.split("/");
    for (let i = 0; i < parts.length; i += 1) {
      const key = compactForm(parts.slice(i).join("/"));
      if (key.length >= 2) keys.add(key);
    }
  }
  return [...keys].join(" ");
}
