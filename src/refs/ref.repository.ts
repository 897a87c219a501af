import { z } from "zod";
import type { Queries } from "../db/database.js";
import { entityKinds, refKinds, type RefKind } from "../entity-kinds.js";
import { compactForm } from "../search/search-keys.js";

export type { RefKind };

/** How each kind is named in a ref (its name properties, how far matching goes): the entity registry's. */
const refOf = (kind: RefKind): { names: readonly string[]; maxRank: number } => entityKinds[kind].ref;

/**
 * The candidates come from indexes, never from a scan: the id through its uniqueness constraint,
 * everything else through the full-text index's `searchKeys` (compact forms: "sc27",
 * "jtc1sc27"), where any name, acronym or alias also has its compact form. Then the few
 * candidates are ranked. The label is one of ours (above), never input.
 *
 * The one definition of a ref's candidates: Cypher clauses that, with `ref` (the ref as given),
 * `compact` (its compact form) and `terms` (its full-text terms) in scope and `$maxRank`, leave
 * rows `n, rank`, best first (rank, then id), at most 6. The standalone statement below returns
 * them; a lookup that folds the resolution into its own statement (organization.repository.ts)
 * embeds the same clauses. A ref that is an entity's id is only that entity (rank 0, alone the
 * best), so its names are not searched.
 */
export function refCandidatesClauses(label: RefKind): string {
  const names = refOf(label).names.map((name) => `n.${name}`).join(", ");
  return /* cypher */ `CALL (ref, terms) {
  MATCH (n:${label} {id: ref}) RETURN n
  UNION
  // A ref that is an id is best matched by it alone (rank 0): its names need no search.
  UNWIND CASE WHEN EXISTS { MATCH (:${label} {id: ref}) } THEN [] ELSE terms END AS term
  CALL db.index.fulltext.queryNodes('entity_search', term, {limit: 500}) YIELD node AS n
  WITH n WHERE n:${label}
  RETURN n
}
WITH n, CASE
  WHEN n.id = ref THEN 0
  WHEN any(v IN [${names}] WHERE toLower(v) = toLower(ref)) THEN 1
  WHEN any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower(ref)) THEN 2
  WHEN compact = replace(toLower(coalesce(n.acronym, '')), ' ', '')
    OR any(a IN coalesce(n.aliases, []) WHERE compact = reduce(s = toLower(a), c IN [' ', '/', '-', '.', '_'] | replace(s, c, ''))) THEN 3
  WHEN compact IN split(n.searchKeys, ' ') THEN 4
  END AS rank
WHERE rank <= $maxRank
WITH n, rank ORDER BY rank, n.id
LIMIT 6`;
}

function statement(label: RefKind): string {
  return /* cypher */ `
WITH $ref AS ref, $compact AS compact, $terms AS terms
${refCandidatesClauses(label)}
RETURN n {.*} AS node, rank
ORDER BY rank, node.id`;
}

const statements = Object.fromEntries(refKinds.map((kind) => [kind, statement(kind)])) as Record<RefKind, string>;

/** The statement for one kind (tests EXPLAIN it). */
export const refStatementFor = (kind: RefKind): string => statements[kind];

export const RefMatchRow = z.object({ node: z.looseObject({ id: z.string() }), rank: z.number().int() });
export type RefMatch = z.infer<typeof RefMatchRow>;

/** The parameters of one ref: the ref, its compact form and its full-text terms. */
export function refTerms(ref: string): { ref: string; compact: string; terms: string[] } {
  const compact = compactForm(ref);
  // Compact forms are [a-z0-9]+ only, so the term is never query syntax.
  return { ref, compact, terms: compact.length >= 2 ? [`searchKeys:${compact}`] : [] };
}

/** How far matching goes for `kind` (the statement's `$maxRank`). */
export const maxRankOf = (kind: RefKind): number => refOf(kind).maxRank;

/** The entities of `kind` that `ref` may name, best first (at most 6). */
export async function refCandidates(db: Queries, kind: RefKind, ref: string): Promise<RefMatch[]> {
  return db.readRows(statements[kind], { ...refTerms(ref), maxRank: maxRankOf(kind) }, RefMatchRow);
}
