/**
 * Table cells a copy ran together ("…for which translation is requested9 April 2018 / -Submit…",
 * "Working Party 7A28 April - 11 May 2021Wednesday, 21 April 2021", "1200 hoursWorking Party"):
 * the text with a space put back where a cell ended and the next began. Only where a date starts
 * or ends a cell, or a lower-case word runs into a capitalized one; rules that read tables call it
 * on their own copy of a block (the block itself, and its evidence, are left as printed).
 */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

export function unglueCells(text: string): string {
  return text
    .replace(new RegExp(`(\\p{L})(\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\b)`, "gu"), "$1 $2")
    .replace(new RegExp(`(${MONTH}\\s+\\d{4})(?=\\p{L})`, "gu"), "$1 ")
    .replace(/(\p{Ll}{4})(?=\p{Lu}\p{Ll}{2})/gu, "$1 ");
}
