import type { TextBlock } from "../proposal.js";
import { startsWithLabel } from "../recognize/fields.js";

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
  const ragged = raggedWrap(lines);
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
    if (current && previous && ((width !== undefined && continues(previous, line, width)) || (ragged && continuesSentence(previous, line)) || cutAfterLinkWord(previous, line))) {
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

/**
 * A line cut after a word no sentence or heading ends with ("… was re-elected for his second term
 * as" / "Director of …", "… the 48 members of" / "ITU Council …"): a page copied with its lines broken
 * where its links were. The line goes on with the next, in any file.
 */
const LINK_WORD_END = /(?:^|\s)(?:as|of|the|to|and|for|a|an|by|with|from|at|in|on|(?:was|were|been|is|are)\s+(?:re-?)?(?:elected|appointed|named))$/;

function cutAfterLinkWord(previous: Line, line: Line): boolean {
  if (!previous.text || previous.number !== line.number - 1) return false;
  if (previous.text.includes("\t") || line.text.includes("\t") || STARTS_BLOCK.test(line.text)) return false;
  if (startsWithLabel(previous.text) || startsWithLabel(line.text)) return false;
  return LINK_WORD_END.test(previous.text);
}

/** A line that ends a sentence or a clause of its own ("… Institute.", "Venue:"). */
const ENDS_SENTENCE = /[.!?:;]["”’)\]]?$|[.!?]["”’]\s*$/;

/**
 * A page copied as text with its lines broken at irregular places (a browser's or a mail
 * client's wrap, not a fixed width): many lines stop mid-sentence and the next one goes on in
 * lower case ("Aimed at laying" / "the groundwork …"). At least three such breaks, and at least
 * one in five of the places where two written lines meet.
 */
function raggedWrap(lines: Line[]): boolean {
  let pairs = 0;
  let midSentence = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!.text;
    const b = lines[i]!.text;
    if (!a || !b) continue;
    pairs++;
    if (!ENDS_SENTENCE.test(a) && /^\p{Ll}/u.test(b) && !a.includes("\t") && !STARTS_BLOCK.test(b)) midSentence++;
  }
  return midSentence >= 3 && midSentence >= pairs * 0.2;
}

/** A line that ends with an address ("Ada Quill <ada@example.org>", "Harbour List <>"). */
const ADDRESSED = /<[^<>\s]*>$/;
/** A line of one to five capitalized words (particles allowed): a name or a list's item ("Mei-Ling van Dam"). */
const NAME_ITEM = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al)\s+)?[\p{Lu}][\p{L}'’.-]*){0,4}(?:\s*<[^<>\s]*>)?$/u;

/** In a ragged file, a line goes on with the next unless it ends a sentence or the next starts a block of its own. */
function continuesSentence(previous: Line, line: Line): boolean {
  if (!previous.text || previous.number !== line.number - 1) return false;
  if (previous.text.includes("\t") || line.text.includes("\t")) return false;
  // A form's rows ("Submitted Date 2026-03-02", "Purpose For information") are never one sentence.
  if (startsWithLabel(previous.text) || startsWithLabel(line.text)) return false;
  // "Regards,", "Dear colleagues,": a greeting or a closing stands alone.
  if (/,$/.test(previous.text) && previous.text.split(/\s+/).length <= 3) return false;
  // A form's list of recipients, one a line ("Ada Quill <>", "Bo Lind"): items, not a sentence.
  if (ADDRESSED.test(previous.text) || (NAME_ITEM.test(previous.text) && NAME_ITEM.test(line.text))) return false;
  return !ENDS_SENTENCE.test(previous.text) && !STARTS_BLOCK.test(line.text);
}
