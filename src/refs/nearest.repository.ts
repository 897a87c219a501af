import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { compactForm } from "../search/search-keys.js";

/**
 * The names nearest to a ref that names nothing: where an analyst should look instead. Read
 * only when a ref is unknown (the error path), through the full-text index with fuzzy terms:
 * each word of the ref within an edit or two ("Metavers" → Metaverse), as a prefix ("IEEE-SA MS"
 * → MSC), and the ref's compact form against the designations ("JTC1SC272" → jtc1sc27).
 */
const NEAREST = /* cypher */ `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 50}) YIELD node, score
WITH node, score WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN node.id AS key, labels(node)[0] AS kind, coalesce(node.acronym, node.name, node.code, node.title, node.id) AS short,
       coalesce(node.name, node.title, node.code, node.id) AS name, score
ORDER BY score DESC, key
LIMIT $limit`;

const NearestRow = z.object({ key: z.string(), kind: z.string(), short: z.string(), name: z.string(), score: z.number() });
export type NearestName = z.infer<typeof NearestRow>;

/**
 * The full-text query for a ref: its words and its compact form only ([a-z0-9]+, never query
 * syntax), each fuzzy and as a prefix. Empty when the ref holds no word of two characters.
 */
export function nearestQuery(ref: string): string {
  const words = [...new Set(ref.split(/[^\p{L}\p{N}]+/u).map(compactForm).filter((w) => w.length >= 2))].slice(0, 8);
  const compact = compactForm(ref);
  const clauses = words.flatMap((w) => [w.length >= 4 ? `${w}~` : w, `${w}*`]);
  if (compact.length >= 2) clauses.push(`searchKeys:${compact}~`, `searchKeys:${compact}*`);
  return clauses.join(" ");
}

export async function nearestNames(db: Queries, kinds: readonly string[], ref: string, limit = 5): Promise<NearestName[]> {
  const query = nearestQuery(ref);
  if (!query) return [];
  return db.readRows(NEAREST, { query, labels: kinds, limit: neo4j.int(Math.trunc(limit)) }, NearestRow);
}
