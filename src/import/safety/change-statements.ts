import { sentences } from "../text-utils.js";
import { ROLE_CHANGE_STATEMENTS } from "./role-change.js";

/**
 * Safety rule (issue 25): an import changes what the graph holds only when a sentence of the
 * document says that it changed. A document that merely gives another value (an older circular
 * with the first date of a meeting since moved, a page naming another chair) contradicts the
 * graph; it does not correct it. These are the phrasings, as data, that state a change, by the
 * kind of change; the sentence that matched becomes the proposal's evidence.
 */
export type ChangeKind = "holder" | "date" | "status" | "value";

const DATE_CHANGE: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: "postponed", pattern: /\bpostpon(?:e|es|ed|ement)\b|\bdeferred\b|\bdelayed\b/i },
  { id: "rescheduled", pattern: /\bre-?scheduled?\b|\bre-?planned\b/i },
  { id: "moved", pattern: /\b(?:moved|brought forward|advanced|shifted|changed) (?:to|from|forward|back)\b/i },
  { id: "new-date", pattern: /\bnew (?:dates?|deadline|period)\b|\b(?:dates?|deadline) (?:has|have) (?:been )?(?:changed|extended|revised|updated)\b/i },
  { id: "extended", pattern: /\bextended (?:to|until|till)\b/i },
  { id: "instead-of", pattern: /\binstead of\b|\brather than\b|\bno longer\b/i },
  { id: "corrigendum", pattern: /\bcorrigendum\b|\bcorrection\b|\berratum\b|\bamended\b|\brevised\b/i },
];

const STATUS_CHANGE: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  {
    id: "status-verb",
    pattern: /\b(?:was|were|has been|have been|is now|are now|got|been) (?:formally )?(?:approved|agreed|consented|determined|adopted|published|withdrawn|superseded|completed)\b/i,
  },
  { id: "status-event", pattern: /\b(?:approval|consent|publication|withdrawal|adoption) of\b/i },
];

const VALUE_CHANGE: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: "new-value", pattern: /\bnew (?:e-?mail|address|phone|telephone|number|name|title|acronym|affiliation|venue|location|mailbox)\b/i },
  { id: "changed", pattern: /\b(?:has|have|was|were) (?:been )?(?:changed|renamed|updated|corrected|moved|replaced|relocated)\b|\brenamed\b/i },
  { id: "now", pattern: /\b(?:is|are) now\b|\bnow (?:has|have|holds?|counts?|numbers?|reads?)\b|\bhenceforth\b/i },
  { id: "formerly", pattern: /\bformerly\b|\bpreviously\b|\bno longer\b|\binstead of\b/i },
  { id: "grew", pattern: /\b(?:increased|decreased|grew|rose|fell|dropped|reached) (?:to|from)\b/i },
  { id: "correction", pattern: /\bcorrigendum\b|\bcorrection\b|\berratum\b|\bamended\b/i },
];

const BY_KIND: Record<ChangeKind, ReadonlyArray<{ id: string; pattern: RegExp }>> = {
  holder: ROLE_CHANGE_STATEMENTS,
  date: DATE_CHANGE,
  status: STATUS_CHANGE,
  value: VALUE_CHANGE,
};

export interface StatedChange {
  /** The phrasing that matched ("postponed", "succeeds"…). */
  rule: string;
  /** The sentence of the quote that states it: the proposal's evidence. */
  sentence: string;
}

/**
 * The sentence of `quote` that states a change of this kind, or undefined. A quote is split into
 * its sentences (and lines) first: a paragraph where one sentence says "postponed" about another
 * meeting states nothing about the sentence that gives this value only if that is where it is.
 */
export function statedChange(kind: ChangeKind, quote: string): StatedChange | undefined {
  const rules = BY_KIND[kind];
  for (const line of quote.split(/\n+/)) {
    for (const { text } of sentences(line)) {
      const rule = rules.find((r) => r.pattern.test(text));
      if (rule) return { rule: rule.id, sentence: text.trim() };
    }
  }
  return undefined;
}
