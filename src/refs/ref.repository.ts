import type { Queries } from "../db/database.js";
import { compactForm } from "../search/search-keys.js";

/** The kinds of entity an analyst names by `ref` (id, name, code, acronym, alias, compact form). */
export type RefKind = "Organization" | "Person" | "Topic" | "Deliverable" | "Event";

/**
 * How each kind is named, best match first: its id (rank 0), its main names (1), its aliases (2),
 * the compact form of its acronym or an alias ("SC27", 3), any compact tail of its names (4).
 * `maxRank` keeps each kind's matching as it has always been (topics and events by name only).
 */
const kinds: Record<RefKind, { names: string[]; maxRank: number }> = {
  Organization: { names: ["acronym", "name"], maxRank: 4 },
  Person: { names: ["name"], maxRank: 4 },
  Topic: { names: ["name"], maxRank: 2 },
  Deliverable: { names: ["code"], maxRank: 4 },
  Event: { names: ["name"], maxRank: 1 },
};

/**
 * The candidates come from indexes, never from a scan: the id through its uniqueness constraint,
 * everything else through the full-text index's `searchKeys` (compact forms: "sc27",
 * "jtc1sc27"), where any name, acronym or alias also has its compact form. Then the few
 * candidates are ranked. The label is one of ours (above), never input.
 */
function statement(label: RefKind): string {
  const names = kinds[label].names.map((name) => `n.${name}`).join(", ");
  return /* cypher */ `
CALL () {
  MATCH (n:${label} {id: $ref}) RETURN n
  UNION
  UNWIND $terms AS term
  CALL db.index.fulltext.queryNodes('entity_search', term, {limit: 500}) YIELD node AS n
  WITH n WHERE n:${label}
  RETURN n
}
WITH n, CASE
  WHEN n.id = $ref THEN 0
  WHEN any(v IN [${names}] WHERE toLower(v) = toLower($ref)) THEN 1
  WHEN any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($ref)) THEN 2
  WHEN $compact = replace(toLower(coalesce(n.acronym, '')), ' ', '')
    OR any(a IN coalesce(n.aliases, []) WHERE $compact = reduce(s = toLower(a), c IN [' ', '/', '-', '.', '_'] | replace(s, c, ''))) THEN 3
  WHEN $compact IN split(n.searchKeys, ' ') THEN 4
  END AS rank
WHERE rank <= $maxRank
RETURN n {.*} AS node, rank
ORDER BY rank, n.id
LIMIT 6`;
}

const statements = Object.fromEntries((Object.keys(kinds) as RefKind[]).map((kind) => [kind, statement(kind)])) as Record<RefKind, string>;

/** The statement for one kind (tests EXPLAIN it). */
export const refStatementFor = (kind: RefKind): string => statements[kind];

export interface RefMatch {
  node: Record<string, unknown>;
  rank: number;
}

/** The entities of `kind` that `ref` may name, best first (at most 6). */
export async function refCandidates(db: Queries, kind: RefKind, ref: string): Promise<RefMatch[]> {
  const compact = compactForm(ref);
  const rows = await db.read(statements[kind], {
    ref,
    compact,
    // Compact forms are [a-z0-9]+ only, so the term is never query syntax.
    terms: compact.length >= 2 ? [`searchKeys:${compact}`] : [],
    maxRank: kinds[kind].maxRank,
  });
  return rows.map((row) => ({ node: row.node as Record<string, unknown>, rank: row.rank as number }));
}
