/**
 * The word forms a topic ref may take: singular and plural of its last word ("digital
 * currency" / "digital currencies", "blockchain" / "blockchains"), as a case-insensitive pattern
 * that matches them as whole words inside a topic's name or alias ("PII" in "Personally
 * identifiable information (PII) protection"). The pattern is a parameter value, never Cypher.
 */

/** The ref and the other number of its last word. */
export function wordForms(ref: string): string[] {
  const text = ref.trim().replace(/\s+/g, " ");
  const forms = new Set([text]);
  const lower = text.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) forms.add(`${text.slice(0, -1)}ies`);
  else if (lower.endsWith("ies")) forms.add(`${text.slice(0, -3)}y`);
  else if (/(x|z|ch|sh|ss)es$/.test(lower)) forms.add(text.slice(0, -2));
  else if (/(x|z|ch|sh|ss)$/.test(lower)) forms.add(`${text}es`);
  else if (lower.endsWith("s")) forms.add(text.slice(0, -1));
  else if (/[\p{L}\p{N}]$/u.test(lower)) forms.add(`${text}s`);
  return [...forms].filter((form) => form.length > 0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** A Java (Cypher `=~`) pattern matching a text that holds one of the ref's forms as whole words. */
export function wordFormsPattern(ref: string): string {
  return `(?is).*(?<![\\p{L}\\p{N}])(?:${wordForms(ref).map(escape).join("|")})(?![\\p{L}\\p{N}]).*`;
}
