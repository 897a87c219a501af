import neo4j from "neo4j-driver";

/** An offset window over an ordered list, from the Relay arguments. */
export interface Window {
  /** Offset after which the page starts (exclusive), or -1. */
  after: number;
  /** Offset before which the page ends (exclusive), or null for the end of the list. */
  before: number | null;
  first: number | null;
  last: number | null;
}

/** One page of a list: its items, the offset of the first, and how many match in all. */
export interface Page<T> {
  items: T[];
  start: number;
  total: number;
}

/**
 * The end of every paged list statement: after `WITH n ORDER BY …`, it counts the matches and
 * returns the page's property maps, all in one round trip. Same arithmetic as relay.pageBounds.
 */
export const PAGE_TAIL = /* cypher */ `
WITH collect(n) AS matched
WITH matched, size(matched) AS total
WITH matched, total,
     CASE WHEN $after + 1 < total THEN $after + 1 ELSE total END AS s0,
     CASE WHEN $before IS NULL OR $before > total THEN total ELSE $before END AS e0
WITH matched, total, s0, CASE WHEN e0 < s0 THEN s0 ELSE e0 END AS e1
WITH matched, total, s0, CASE WHEN $first IS NULL OR s0 + $first > e1 THEN e1 ELSE s0 + $first END AS e2
WITH matched, total, e2, CASE WHEN $last IS NULL OR e2 - $last < s0 THEN s0 ELSE e2 - $last END AS s2
RETURN total, s2 AS start, [x IN matched[s2..e2] | x {.*}] AS items`;

/** The window as Cypher integer parameters. */
export function windowParams(window: Window): Record<string, unknown> {
  const int = (value: number | null) => (value === null ? null : neo4j.int(value));
  return { after: int(window.after), before: int(window.before), first: int(window.first), last: int(window.last) };
}
