import type { Genre } from "./genre.js";

/** "liaison", and the two misspellings letters print ("liason", "liasion"). */
const LIAISON_WORD = /\bli(?:aison|ason|asion)s?\b/i;
/** A statement named as such in its first lines: "LS on …", "Reply LS to …", "a Liaison Statement (LS) from …". */
const NAMED_STATEMENT = /\bLS\s+(?:on|to|from)\s|\bliaison statement(?:\s*\(LS\))?\s+(?:from|to|on|regarding)\s/i;
/** A letter's greeting ("Dear Mrs. Quill,", "Dear Colleagues", "Dear Ada and Ben, all"). */
const GREETING = /\bDear\s+(?:Sir|Madam|Mr|Ms|Mrs|Dr|Prof|[Cc]olleagues|\p{Lu}[\p{L}'’-]+)/u;
/** A letter sent to a body, named in its heading: "Letter to ISO", "Reply to QTF's request", "Response letter to …". */
const LETTER_TO = /\b(?:[Ll]etter|[Rr]eply|[Rr]esponse)\s+to\s+\p{Lu}/u;
/** A document header's own rows naming where it comes from and what it is. */
const HEADER_ROWS = /^(?:SOURCE|Source)\s*:[\s\S]*^(?:TITLE|Title|SUBJECT|Subject)\s*:|^(?:TITLE|Title|SUBJECT|Subject)\s*:[\s\S]*^(?:SOURCE|Source)\s*:/m;

/**
 * A liaison statement (an ITU template, another body's letter in the same form), or a letter
 * between bodies about their liaison: a 3GPP-style "LS on …" heading, a heading that speaks of a
 * liaison over a greeting ("Dear …") or over a document header's Title and Source rows, or a
 * heading that names a letter to a body over a greeting. A page that only lists liaisons (no
 * greeting, no header rows) stays a group page.
 */
export const liaison: Genre = {
  name: "liaison",
  detect: (doc) => doc.kind === "LIAISON_STATEMENT" || /\bLIAISON STATEMENT\b|\bLiaison Statement to\b/.test(doc.head)
    || NAMED_STATEMENT.test(doc.head)
    || (LIAISON_WORD.test(doc.head) && (GREETING.test(doc.text) || HEADER_ROWS.test(doc.head)))
    || (LETTER_TO.test(doc.head) && GREETING.test(doc.text)),
};
