import { holdsOn } from "../dated/holds-on.js";

/**
 * The schema's one rule for liaisons on a date (issue 15, item 11). A standing liaison
 * (collaboration, cooperation, liaison relationship, reporting line) is listed while it holds
 * (since and until inclusive) and is then `current`. A liaison statement is a dated
 * message, never current: it is listed only when the kinds asked for include LIAISON_STATEMENT,
 * once it has been sent (its date on or before the date asked about). `includeEnded` lists all.
 * The Cypher of the coordination queries applies the same rule (coordination/predicates.ts).
 */
export const STATEMENT = "LIAISON_STATEMENT";

export function isStatement(liaison: { kind?: unknown }): boolean {
  return liaison.kind === STATEMENT;
}

export function listedOn(liaison: { kind?: unknown; sinceDate?: string; untilDate?: string }, date: string, kinds: readonly string[] | undefined): boolean {
  if (isStatement(liaison)) return (kinds?.includes(STATEMENT) ?? false) && (!liaison.sinceDate || liaison.sinceDate <= date);
  return holdsOn(liaison, date);
}
