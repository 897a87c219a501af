import { z } from "zod";
import type { Queries, Tx } from "../db/database.js";
import { parseRows } from "../db/rows.js";

/**
 * The stored outcomes of keyed edits (an `Idempotency-Key` request header): one
 * (:IdempotencyKey) per edit, written in the edit's own transaction and linked to the change
 * records it made, so a commit whose answer was lost is found by the retry. Times are ISO
 * strings in UTC, which order as text.
 */
const FIND = /* cypher */ `
MATCH (k:IdempotencyKey {id: $id})
RETURN k.fingerprint AS fingerprint, k.outcome AS outcome, k.expiresAt AS expiresAt`;

const FoundRow = z.object({ fingerprint: z.string(), outcome: z.string(), expiresAt: z.string() });
export type StoredOutcome = z.infer<typeof FoundRow>;

const FORGET = /* cypher */ `MATCH (k:IdempotencyKey {id: $id}) DETACH DELETE k`;

const RECORD = /* cypher */ `
CREATE (k:IdempotencyKey {id: $id, key: $key, actor: $actor, ordinal: $ordinal, fingerprint: $fingerprint,
                          outcome: $outcome, at: $at, expiresAt: $expiresAt})
WITH k
UNWIND $changeIds AS changeId
MATCH (c:Change {id: changeId})
CREATE (k)-[:RECORDED]->(c)`;

const PURGE = /* cypher */ `
MATCH (k:IdempotencyKey) WHERE k.expiresAt < $now
WITH k LIMIT 10000
DETACH DELETE k
RETURN count(*) AS purged`;

const PurgedRow = z.object({ purged: z.number() });

export async function findOutcome(tx: Tx, id: string): Promise<StoredOutcome | undefined> {
  return parseRows(FoundRow, await tx.run(FIND, { id }))[0];
}

export async function forgetOutcome(tx: Tx, id: string): Promise<void> {
  await tx.run(FORGET, { id });
}

export async function recordOutcome(
  tx: Tx,
  record: { id: string; key: string; actor: string; ordinal: number; fingerprint: string; outcome: string; at: string; expiresAt: string; changeIds: string[] },
): Promise<void> {
  await tx.run(RECORD, record);
}

/** Deletes the keys expired by `now` (at most 10,000 a call); returns how many. */
export async function purgeExpiredOutcomes(db: Queries, now: string): Promise<number> {
  return db.writeTransaction(async (tx) => parseRows(PurgedRow, await tx.run(PURGE, { now }))[0]?.purged ?? 0, { app: "mvgraph", purpose: "idempotency-purge" });
}
