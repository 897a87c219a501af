import type { Queries } from "../db/database.js";
import { searchEntities, type SearchRow } from "./search.repository.js";

/**
 * The search rule (issue 15, item 4; issue 26, item 3): results that hold every word of the
 * search come first (their own text, or the name and aliases of the topic they were found
 * through), then the others. Within each, results whose own text matches come first, by score;
 * then bodies and deliverables that work on a matching topic, by how well the topic matched,
 * scoring half the topic's score. No score is above the one before it, so that the list reads
 * best first throughout and "higher is better" holds across all kinds.
 */
export interface RankedHit extends SearchRow {
  /** How the hit matched: its own text, or a topic it works on. */
  match: "TEXT" | "TOPIC";
}

export async function search(db: Queries, text: string, labels: string[] | undefined, limit: number): Promise<RankedHit[]> {
  return rankHits(await searchEntities(db, text, labels, limit));
}

export function rankHits(rows: SearchRow[]): RankedHit[] {
  let ceiling = Number.POSITIVE_INFINITY;
  return rows.map((row) => {
    ceiling = Math.min(row.topic === null ? row.score : row.score / 2, ceiling);
    return { ...row, score: ceiling, match: row.topic === null ? "TEXT" : "TOPIC" };
  });
}
