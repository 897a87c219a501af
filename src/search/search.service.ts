import type { Queries } from "../db/database.js";
import { searchEntities, type SearchRow } from "./search.repository.js";

/**
 * The search rule (issue 15, item 4): results whose own text matches come first, by score; then
 * bodies and deliverables that work on a matching topic, by how well the topic matched. Their
 * score is half the topic's and never above the lowest text match shown, so that the list reads
 * best first throughout and "higher is better" holds across both kinds.
 */
export interface RankedHit extends SearchRow {
  /** How the hit matched: its own text, or a topic it works on. */
  match: "TEXT" | "TOPIC";
}

export async function search(db: Queries, text: string, labels: string[] | undefined, limit: number): Promise<RankedHit[]> {
  return rankHits(await searchEntities(db, text, labels, limit));
}

export function rankHits(rows: SearchRow[]): RankedHit[] {
  const textScores = rows.filter((row) => row.topic === null).map((row) => row.score);
  const floor = textScores.length > 0 ? Math.min(...textScores) : Number.POSITIVE_INFINITY;
  return rows.map((row) =>
    row.topic === null ? { ...row, match: "TEXT" } : { ...row, score: Math.min(row.score / 2, floor), match: "TOPIC" },
  );
}
