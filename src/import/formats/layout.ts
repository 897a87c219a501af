import type { TextBlock } from "../proposal.js";

/** A line of a plain-text file: its number (1-based) and its cleaned text ("" when blank). */
export interface Line {
  number: number;
  text: string;
}

/** Lines that start something of their own: list items, headings, table rows, labels. */
const STARTS_BLOCK = /^(?:[-*•–+>#|]|\d{1,3}[.)]?\s|\(?[a-z\d]{1,3}\)\s|[A-Z][\w /()-]{0,40}:(?:\s|$))/;

/**
 * The layout stage of plain text: re-joins the paragraphs of a hard-wrapped file (an e-mail, a
 * Datatracker page copied as text, an RFC-style document wrapped at 72 columns), so that a name or
 * a sentence broken across lines is read whole. A file is taken as hard-wrapped when its lines
 * run up to a common width (the 90th percentile of their lengths, between 50 and 100 characters)
 * and many lines come close to it. Within such a file, a line joins the next one when the next
 * line's first word would not have fitted on it: the break was the wrap's, not the writer's (the
 * reflow rule of `fmt` and of format=flowed mail). Blank lines, list items, headings, table rows,
 * labels ("Subject:"), tabs and lines ending in ":" always break. A joined paragraph is located by
 * its line range ("l12-14"); files that are not hard-wrapped keep one block per line ("l12").
 */
export function layoutLines(lines: Line[]): TextBlock[] {
  const width = wrapWidth(lines);
  const blocks: TextBlock[] = [];
  let current: { first: number; last: number; text: string } | undefined;
  const flush = () => {
    if (current) blocks.push({ locator: current.first === current.last ? `l${current.first}` : `l${current.first}-${current.last}`, text: current.text });
    current = undefined;
  };
  let previous: Line | undefined;
  for (const line of lines) {
    if (!line.text) {
      flush();
      previous = line;
      continue;
    }
    if (current && previous && width !== undefined && continues(previous, line, width)) {
      current.text = `${current.text} ${line.text}`;
      current.last = line.number;
    } else {
      flush();
      current = { first: line.number, last: line.number, text: line.text };
    }
    previous = line;
  }
  flush();
  return blocks;
}

/** The width the file was wrapped at, or undefined when it was not hard-wrapped. */
function wrapWidth(lines: Line[]): number | undefined {
  const lengths = lines.filter((l) => l.text).map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length < 4) return undefined;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 50 || width > 100) return undefined;
  const full = lengths.filter((n) => n >= width * 0.8 && n <= width).length;
  return full >= Math.max(3, lengths.length * 0.25) ? width : undefined;
}

function continues(previous: Line, line: Line, width: number): boolean {
  if (!previous.text || previous.number !== line.number - 1) return false;
  if (previous.text.includes("\t") || line.text.includes("\t")) return false;
  if (/:$/.test(previous.text) || STARTS_BLOCK.test(line.text)) return false;
  const firstWord = line.text.split(" ", 1)[0]!;
  return previous.text.length + 1 + firstWord.length > width;
}
