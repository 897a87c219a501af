import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { compactForm } from "./search-keys.js";

/**
 * Ranked full-text search over the `entity_search` index. The analyst's text never becomes
 * query syntax: it is cut into plain alphanumeric terms, which are then combined into a Lucene
 * query (exact terms boosted, fuzzy terms for small typos, the compact form against
 * `searchKeys` for committee designations), and passed as a parameter.
 */
/**
 * Two kinds of hit: a node whose own text matches (`topic` null), and an organization or
 * deliverable that works on a topic whose name or alias matches (WORKS_ON, ADDRESSES; `topic` is
 * that topic, `score` its score). A node found both ways is a text match; found through several
 * topics, it keeps the best. Text matches come first.
 */
const SEARCH = /* cypher */ `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates})
YIELD node, score
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.node AS node, hit.score AS score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score, null AS topic
  UNION
  UNWIND hits AS hit
  WITH hit.node AS topic, hit.score AS score
  WHERE topic:Topic
  MATCH (node)-[:WORKS_ON|ADDRESSES]->(topic)
  WHERE (node:Organization OR node:Deliverable)
    AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  RETURN node, score, topic
}
// Complete: the hit's own text (for a TOPIC hit, its topic's name and aliases) holds every word
// asked for ($roots: each word without its plural ending), so "digital currencies" puts what
// speaks of both before what only says "digital".
WITH node, score, topic, CASE WHEN topic IS NULL THEN node ELSE topic END AS matched
WITH node, score, topic,
     toLower(reduce(s = '', v IN [matched.name, matched.acronym, matched.title, matched.aliasText, matched.mandate, matched.description] | s + ' ' + coalesce(v, ''))) AS words
WITH node, score, topic, all(root IN $roots WHERE words CONTAINS root) AS complete
ORDER BY complete DESC, topic IS NULL DESC, score DESC, topic.id
WITH node, head(collect({score: score, topic: topic, complete: complete})) AS best
WITH node, best.score AS score, best.topic AS topic, best.complete AS complete
ORDER BY complete DESC, topic IS NULL DESC, score DESC, node.id
LIMIT $limit
RETURN labels(node)[0] AS label, node {.*} AS props, score, topic {.*} AS topic, complete`;

/** Each word of the text without its plural ending ("currencies" → "currenc"), for `complete`. */
export function wordRoots(text: string): string[] {
  const words = text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  return [...new Set(words.map((word) => (word.length > 4 ? word.replace(/(ies|es|s)$/, "") : word)))];
}

export function toLuceneQuery(text: string): string | undefined {
  const terms = [...new Set(text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean))];
  if (terms.length === 0) return undefined;
  const clauses = terms.map((term) => (term.length >= 4 ? `(${term}^3 OR ${term}~1)` : `${term}^3`));
  const compact = compactForm(text);
  const parts = [clauses.join(" ")];
  if (terms.length > 1) parts.push(`"${terms.join(" ")}"^4`);
  if (compact.length >= 2) parts.push(`searchKeys:${compact}^6`);
  if (compact.length >= 5) parts.push(`searchKeys:${compact}~1`);
  return parts.join(" OR ");
}

const SearchRow = z.object({
  label: z.string(),
  props: z.looseObject({ id: z.string() }),
  /** The full-text score of the node's own text, or of the topic it was found through. */
  score: z.number(),
  /** The topic whose name or alias matched, for a body or deliverable found through it; null for a text match. */
  topic: z.looseObject({ id: z.string() }).nullable(),
  /** Its text (or its topic's name and aliases) holds every word of the search. */
  complete: z.boolean(),
});
export type SearchRow = z.infer<typeof SearchRow>;

export async function searchEntities(db: Queries, text: string, labels: string[] | undefined, limit: number): Promise<SearchRow[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  const rows = await db.read(SEARCH, {
    query,
    labels: labels ?? null,
    limit: neo4j.int(limit),
    // Enough candidates that a hit holding every word is found even when hits holding one word score higher.
    candidates: neo4j.int(labels ? limit * 10 : Math.min(limit * 5, 1000)),
    roots: wordRoots(text),
  });
  return parseRows(SearchRow, rows);
}
