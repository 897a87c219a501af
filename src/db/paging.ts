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
 * returns the page's items, each `item` (an expression over `n`; default its property map), all
 * in one round trip. Same arithmetic as relay.pageBounds.
 */
export const pageTail = (item = "n {.*}") => /* cypher */ `
WITH collect(n) AS matched${WINDOW}
RETURN total, s2 AS start, [n IN matched[s2..e2] | ${item}] AS items`;

/** The page's bounds s2..e2 in \`matched\` (its \`total\` items), from $after, $before, $first and $last. */
const WINDOW = /* cypher */ `
WITH matched, size(matched) AS total
WITH matched, total,
     CASE WHEN $after + 1 < total THEN $after + 1 ELSE total END AS s0,
     CASE WHEN $before IS NULL OR $before > total THEN total ELSE $before END AS e0
WITH matched, total, s0, CASE WHEN e0 < s0 THEN s0 ELSE e0 END AS e1
WITH matched, total, s0, CASE WHEN $first IS NULL OR s0 + $first > e1 THEN e1 ELSE s0 + $first END AS e2
WITH matched, total, e2, CASE WHEN $last IS NULL OR e2 - $last < s0 THEN s0 ELSE e2 - $last END AS s2`;

/**
 * The end of a paged list statement whose matches arrive as \`matched\`, the element ids of
 * \`label\` nodes in order (\`CALL () { … RETURN collect(elementId(n)) AS matched }\`): only the
 * page's nodes are found again by id and projected. Used where the items are a large
 * projection with subqueries (a nested listing): with \`n\` itself collected, Neo4j 5.26 read
 * every match's sort keys twice (CacheProperties, then the sort's Projection: 13,048 extra db
 * hits for 6,524 study groups at ×1000); with ids, once. \`label\` is one of our own labels.
 */
export const pageTailByElementId = (label: string, item: string) => /* cypher */ `${WINDOW}
CALL (matched, s2, e2) {
  UNWIND range(s2, e2 - 1) AS i
  MATCH (n:${label}) WHERE elementId(n) = matched[i]
  WITH n, i ORDER BY i
  RETURN collect(${item}) AS items
}
RETURN total, s2 AS start, items`;

export const PAGE_TAIL = pageTail();

/**
 * Whether a window is read forward (\`first\`, maybe \`after\`; no \`before\` or \`last\`): its
 * items are then \`SKIP $after + 1 LIMIT $first\` of the ordered list, found without the list's
 * total, and its start is the smaller of \`$after + 1\` and the total (relay.pageBounds).
 */
export const isForwardWindow = (window: Window): boolean => window.first !== null && window.before === null && window.last === null;

/** The whole list, for a look-ahead that asks for no page. */
export const NO_WINDOW: Window = { after: -1, before: null, first: null, last: null };

/** The window as Cypher integer parameters. */
export function windowParams(window: Window): Record<string, unknown> {
  const int = (value: number | null) => (value === null ? null : neo4j.int(value));
  return { after: int(window.after), before: int(window.before), first: int(window.first), last: int(window.last) };
}

/**
 * One page of a nested connection (a body's deliverables), cut in Cypher from its parent's
 * ordered list `list` by the window in the map parameter `$<param>` (`nestedWindowParam`):
 * `{total, items}`, only the page's items leaving the database. `item` projects `x`. Same
 * arithmetic as relay.pageBounds: the slice between the cursors, then its first or last items.
 */
export function nestedPage(list: string, param: string, item = "x {.*}"): string {
  const p = `$${param}`;
  return /* cypher */ `[listed IN [${list}] |
    [between IN [listed[${p}.from..coalesce(${p}.to, size(listed))]] | {
      total: size(listed),
      items: [x IN between[CASE WHEN ${p}.last IS NULL OR size(between) <= ${p}.last THEN 0 ELSE size(between) - ${p}.last END..coalesce(${p}.first, size(between))] | ${item}]
    }][0]][0]`;
}

/** The window of a nested page as its Cypher map parameter: from and to bound the slice between the cursors. */
export function nestedWindowParam(window: Window): Record<string, unknown> {
  const int = (value: number | null) => (value === null ? null : neo4j.int(value));
  return { from: neo4j.int(window.after + 1), to: int(window.before), first: int(window.first), last: int(window.last) };
}
