import type { Options } from "csv-stringify";

/**
 * RFC 4180: CRLF between records, quotes where needed; optionally a UTF-8 byte-order mark so
 * Excel reads accents ("Fröjdh"). csv-stringify quotes a field holding the record delimiter
 * (CRLF) but not a lone line feed, so any line break, and edge spaces, are quoted explicitly.
 */
export function csvOptions(options: { bom: boolean }): Options {
  return { bom: options.bom, record_delimiter: "windows", quoted_match: /[\r\n]|^\s|\s$/ };
}

/** "CO_CHAIR" → "Co-chair", "LIAISON_REPRESENTATIVE" → "Liaison representative". */
export function roleLabel(role: string): string {
  const words = role.toLowerCase().split("_");
  if (words[0] === "co" || words[0] === "vice") return `${capitalize(words[0])}-${words.slice(1).join(" ")}`;
  return capitalize(words.join(" "));
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
