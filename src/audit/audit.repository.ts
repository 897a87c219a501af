import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Viewer } from "../auth/viewer.js";
import type { Queries, Tx } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { withStaticLabels } from "../db/static-labels.js";
import { entityLabels } from "../entity-kinds.js";

const nodeLabels: ReadonlySet<string> = new Set(entityLabels);

/**
 * The audit trail lives in the graph, written in the same transaction as the change it records:
 *
 *   (:Change {id, seq, at, actor, actorRole, action, entityType, entityKey, before, after, source})
 *     -[:SOURCED_BY]->(:Document)      the source the edit named
 *     -[:CHANGED]->(entity)            while the entity exists (deleted ones keep entityKey)
 *
 * `before`/`after` are JSON strings of the entity's fields. `seq` numbers changes in commit
 * order: every edit first takes the lock of the one (:ChangeLog) node and holds it to commit,
 * so a reader that has seen change n has seen every change before n (the change feed relies
 * on it), and optimistic version checks inside an edit cannot race.
 */
export const changeActions = ["CREATE", "UPDATE", "DELETE", "LINK", "UNLINK", "MERGE", "MERGED_INTO"] as const;
export type ChangeAction = (typeof changeActions)[number];

export type Snapshot = Record<string, unknown>;

export interface ChangeRecord {
  action: ChangeAction;
  /** Node label, or "Role" for a dated role (a relationship). */
  entityType: string;
  entityKey: string;
  before: Snapshot | null;
  after: Snapshot | null;
  /** The source of this change when an edit cites several places (an import: document#locator per proposal); else the edit's. */
  source?: { ref: string; documentKey: string };
}

/** A stored change as plain values (`c {.*}`). */
const StoredChange = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  actorRole: z.string(),
  action: z.enum(changeActions),
  entityType: z.string(),
  entityKey: z.string(),
  /** JSON of the entity's fields; absent for a create (before) and a delete (after). */
  before: z.string().optional(),
  after: z.string().optional(),
  source: z.string(),
});
export type StoredChange = z.infer<typeof StoredChange>;

const LOCK = /* cypher */ `
MERGE (log:ChangeLog {id: 'changes'})
ON CREATE SET log.seq = 0
SET log.lastTransaction = $transaction`;

const WRITE = /* cypher */ `
MATCH (log:ChangeLog {id: 'changes'})
WITH log, log.seq AS base
SET log.seq = base + size($changes)
WITH base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, $changes[i] AS change
CREATE (c:Change {
  id: change.id, seq: seq, at: datetime(), actor: $actor, actorRole: $actorRole, action: change.action,
  entityType: change.entityType, entityKey: change.entityKey, before: change.before, after: change.after,
  source: coalesce(change.source, $source)
})
WITH c, change
CALL (c, change) { MATCH (d:Document {id: coalesce(change.documentKey, $documentKey)}) CREATE (c)-[:SOURCED_BY]->(d) }
RETURN c {.*} AS change
ORDER BY c.seq`;

/** Each change to the entity it changed, while it exists: one label a statement, so it seeks the label's constraint. */
const LINK_CHANGED = /* cypher */ `
UNWIND $changes AS change
MATCH (c:Change {id: change.id})
MATCH (e:$($label) {id: change.entityKey})
CREATE (c)-[:CHANGED]->(e)`;
const WrittenRow = z.object({ change: StoredChange });

const HISTORY = /* cypher */ `
MATCH (c:Change {entityType: $entityType, entityKey: $entityKey})
WITH count(c) AS total
CALL () {
  MATCH (c:Change {entityType: $entityType, entityKey: $entityKey}) WHERE c.seq > $after
  WITH c ORDER BY c.seq LIMIT $first
  RETURN collect(c {.*}) AS page
}
RETURN total, page`;

/** The one row of HISTORY and FEED: how many changes match, and the page after $after. */
const PageRow = z.object({ total: z.number(), page: z.array(StoredChange) });

const FEED = /* cypher */ `
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= $since) AND ($entityTypes IS NULL OR c.entityType IN $entityTypes)
WITH count(c) AS total
CALL () {
  MATCH (c:Change)
  WHERE c.seq > $after AND ($since IS NULL OR c.at >= $since) AND ($entityTypes IS NULL OR c.entityType IN $entityTypes)
  WITH c ORDER BY c.seq LIMIT $first
  RETURN collect(c {.*}) AS page
}
RETURN total, page`;

/** Takes the edit lock; the first statement of every edit. */
export async function lockChangeLog(tx: Tx): Promise<void> {
  await tx.run(LOCK, { transaction: randomUUID() });
}

/** Writes the edit's change records (in order) citing `source`; returns them as stored. */
export async function writeChanges(tx: Tx, changes: ChangeRecord[], viewer: Pick<Viewer, "name" | "role">, source: { ref: string; documentKey: string }): Promise<StoredChange[]> {
  if (changes.length === 0) return [];
  const ids = changes.map(() => randomUUID());
  const rows = await tx.run(WRITE, {
    changes: changes.map((change, i) => ({
      id: ids[i],
      action: change.action,
      entityType: change.entityType,
      entityKey: change.entityKey,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
      source: change.source?.ref ?? null,
      documentKey: change.source?.documentKey ?? null,
    })),
    actor: viewer.name,
    actorRole: viewer.role,
    source: source.ref,
    documentKey: source.documentKey,
  });
  const byLabel = new Map<string, Array<{ id: string; entityKey: string }>>();
  changes.forEach((change, i) => byLabel.set(change.entityType, [...(byLabel.get(change.entityType) ?? []), { id: ids[i]!, entityKey: change.entityKey }]));
  // A role is a relationship: no node to link (the change keeps its entityKey).
  for (const [label, linked] of byLabel) if (nodeLabels.has(label)) await withStaticLabels(tx, nodeLabels).run(LINK_CHANGED, { label, changes: linked });
  return parseRows(WrittenRow, rows).map((row) => row.change);
}

export interface ChangePage {
  total: number;
  items: StoredChange[];
}

const int = (value: number) => neo4j.int(value);

export async function entityHistory(db: Queries, entityType: string, entityKey: string, after: number, first: number): Promise<ChangePage> {
  const [row] = parseRows(PageRow, await db.read(HISTORY, { entityType, entityKey, after: int(after), first: int(first) }));
  return { total: row!.total, items: row!.page };
}

export async function changeFeed(db: Queries, filter: { since: string | undefined; entityTypes: string[] | undefined }, after: number, first: number): Promise<ChangePage> {
  const rows = await db.read(FEED, {
    since: filter.since ? neo4j.types.DateTime.fromStandardDate(new Date(filter.since)) : null,
    entityTypes: filter.entityTypes ?? null,
    after: int(after),
    first: int(first),
  });
  const [row] = parseRows(PageRow, rows);
  return { total: row!.total, items: row!.page };
}
