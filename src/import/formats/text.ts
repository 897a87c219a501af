import type { TextBlock } from "../proposal.js";
import { layoutLines } from "./layout.js";

/**
 * Plain text and Markdown: one block per non-empty line, located by its line number ("l12"), so
 * a reviewer finds the quote in the file as uploaded; the paragraphs of a hard-wrapped file are
 * re-joined first ("l12-14", layout.ts). Markdown markup stays (it is readable as is).
 */
export function textBlocks(text: string): TextBlock[] {
  return layoutLines(text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: cleanLine(line) })));
}

/**
 * Whitespace runs of a line are kept as one space or tab, ends trimmed; bookmarks of Word exports
 * dropped; trademark signs dropped ("(OGC®)" is the acronym "OGC").
 */
export function cleanLine(line: string): string {
  return line
    .replace(/\[bookmark: [^\]]*\]/g, "")
    .replace(/\[image: [^\]]*\]/g, "")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/[®™℠]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}
