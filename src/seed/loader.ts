import { lockChangeLog, writeChanges, type ChangeRecord } from "../audit/audit.repository.js";
import { z } from "zod";
import type { Database, Tx } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import type { Logger } from "../logger.js";
import { nodeLabels, relationshipTypes, toGraph, type GraphRows, type NodeLabel, type RelationshipType, type RelRow, type NodeRow } from "./to-graph.js";
import { readSeedWithLayers } from "./layers.js";
import { defaultSeedDir, readSeed } from "./validate.js";

/**
 * `kept`: a record changed through the API since it was seeded (it has a version above 0 or a
 * change record, also when it was deleted or merged away) whose seed entry differs from it: the
 * seed leaves it alone and reports it, unless forced. `forced`: such a record overwritten by
 * `--force`, with what was overwritten recorded in the audit trail.
 */
export type Outcome = "created" | "updated" | "unchanged" | "kept" | "forced";
export type Counts = Record<Outcome, number>;
/** One record the seed did not write (kept) or overwrote (forced), with the fields that differ. */
export interface EditedRecord {
  kind: "node" | "relationship";
  /** Node label or relationship type. */
  name: string;
  /** "jca-mv", or "shin-gak-kang -[HOLDS_ROLE]-> jca-mv" for a relationship. */
  key: string;
  /** Properties whose seed value differs from the graph's (all of them when the record is gone). */
  fields: string[];
  /** The record is no longer in the graph (deleted or merged away through the API). */
  gone: boolean;
}
export interface SeedReport {
  nodes: Record<string, Counts>;
  relationships: Record<string, Counts>;
  totals: Counts;
  kept: EditedRecord[];
  forced: EditedRecord[];
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, kept: 0, forced: 0 });
const outcomes = ["created", "updated", "unchanged", "kept", "forced"] as const;

/** Rows per statement: large enough for few round trips, small enough for modest memory. */
const BATCH_SIZE = 1000;

/**
 * Upserts nodes of one label by id. Only rows whose properties differ are written, so a second
 * load reports everything unchanged. `label` is one of the internal nodeLabels, never user input.
 */
const upsertNodes = (label: NodeLabel) => /* cypher */ `
UNWIND $rows AS row
OPTIONAL MATCH (existing:${label} {id: row.id})
WITH row, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN properties(existing) = row.props THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:${label} {id: row.id})
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n = row.props)
RETURN outcome, count(*) AS count`;

/** The rows of an upsert (nodes or relationships): how many rows had each outcome. */
const UpsertRow = z.object({ outcome: z.enum(["created", "updated", "unchanged"]), count: z.number() });

/**
 * Which rows of a node batch were changed through the API since seeded: a version above 0 or a
 * change record (which outlives a delete or a merge). For each: whether it still exists, the
 * properties that differ from the seed's (the version aside), and what it holds now.
 */
const editedNodes = (label: NodeLabel) => /* cypher */ `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:${label} {id: row.id})
WITH i, row, n
WHERE coalesce(n.version, 0) > 0 OR EXISTS { MATCH (c:Change {entityType: $label, entityKey: row.id}) }
WITH i, row, n, CASE WHEN n IS NULL THEN {} ELSE properties(n) END AS live
RETURN i, n IS NOT NULL AS exists, coalesce(n.version, 0) AS version, live,
  [k IN keys(row.props) + [k IN keys(live) WHERE NOT k IN keys(row.props)]
     WHERE k <> 'version' AND NOT coalesce(live[k] = row.props[k], false)] AS differing,
  COUNT { MATCH (c:Change {entityType: $label, entityKey: row.id}) } AS changes`;

/**
 * A row of editedNodes or editedRelationships: the batch row's index, and the record as it is now
 * (`live` in stored order: the audit trail records it as read). `changes` is the nodes' only.
 */
const EditedRow = z.object({
  i: z.number(),
  exists: z.boolean(),
  version: z.number(),
  live: z.record(z.string(), z.unknown()),
  differing: z.array(z.string()),
  changes: z.number().optional(),
});

/**
 * The same for a relationship batch. A dated role is an entity of its own (a version, changes
 * under "Role"); any other relationship counts as edited when either end was changed through the
 * API (a link, an unlink, a new parent, a delete all record a change on the ends).
 */
const editedRelationships = (type: RelationshipType, keyed: boolean) => {
  const [fromLabel, toLabel] = relationshipTypes[type];
  const existing = keyed ? `(a)-[existing:${type} {id: row.key}]->(b)` : `(a)-[existing:${type}]->(b)`;
  const changed = keyed
    ? `coalesce(existing.version, 0) > 0 OR EXISTS { MATCH (c:Change {entityType: 'Role', entityKey: row.key}) }`
    : `EXISTS { MATCH (c:Change {entityType: '${fromLabel}', entityKey: row.from}) }
       OR EXISTS { MATCH (c:Change {entityType: '${toLabel}', entityKey: row.to}) }`;
  return /* cypher */ `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (a:${fromLabel} {id: row.from})
OPTIONAL MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH ${existing}
WITH i, row, a, b, existing
WHERE ${changed}
WITH i, row, a, b, existing, CASE WHEN existing IS NULL THEN {} ELSE properties(existing) END AS live
RETURN i, existing IS NOT NULL AS exists, a IS NOT NULL AND b IS NOT NULL AS endsExist, coalesce(existing.version, 0) AS version, live,
  [k IN keys(row.props) + [k IN keys(live) WHERE NOT k IN keys(row.props)]
     WHERE k <> 'version' AND NOT coalesce(live[k] = row.props[k], false)] AS differing`;
};

/**
 * Every record changed through the API (its change records, or a version above 0), as
 * "Label:id" ("Role:id" for a dated role). Read once per transaction, so only the rows it names
 * are looked at more closely; a graph never edited (a fresh load, the benchmark) costs one read.
 */
const EDITED_KEYS = /* cypher */ `
CALL () {
  MATCH (c:Change) RETURN DISTINCT c.entityType + ':' + c.entityKey AS key
  UNION
  MATCH (n) WHERE n.version > 0 AND n.id IS NOT NULL RETURN labels(n)[0] + ':' + n.id AS key
  UNION
  MATCH ()-[r:HOLDS_ROLE]->() WHERE r.version > 0 RETURN 'Role:' + r.id AS key
}
RETURN collect(key) AS keys`;
const EditedKeysRow = z.object({ keys: z.array(z.string()) });

/** Upserts relationships of one type: one per pair of nodes, or per `key` for dated roles. */
const upsertRelationships = (type: RelationshipType, keyed: boolean) => {
  const [fromLabel, toLabel] = relationshipTypes[type];
  const pattern = keyed ? `(a)-[r:${type} {id: row.key}]->(b)` : `(a)-[r:${type}]->(b)`;
  return /* cypher */ `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH ${pattern.replace("[r:", "[existing:")}
WITH row, a, b, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN properties(existing) = row.props THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE ${pattern}
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET r = row.props)
RETURN outcome, count(*) AS count`;
};

/**
 * Validates the seed files (and the seed layers named by `layers`, e.g. ["landscape"], over them;
 * none by default), then writes them in ONE transaction with UNWIND batches: either the whole
 * seed, layers included, lands or nothing does. Idempotent: MERGE on ids; reruns report unchanged rows.
 */
export async function loadSeed(db: Database, log: Logger, dir: string = defaultSeedDir, options: LoadOptions & { layers?: readonly string[] } = {}): Promise<SeedReport> {
  // Validation throws SeedValidationError before any write; the seed and its layers are one load.
  const { layers = [], ...load } = options;
  const what = layers.length > 0 ? `the seed load (with ${layers.join(", ")})` : "the seed load";
  return loadGraph(db, log, toGraph(readSeedWithLayers(dir, layers)), { what, ...load });
}

/**
 * Loads a snapshot (npm run snapshot) into an empty graph, and refuses a graph that holds
 * anything (migrations aside): a restore replaces nothing and mixes with nothing.
 */
export async function restoreSnapshot(db: Database, log: Logger, dir: string, options: Pick<LoadOptions, "progress"> = {}): Promise<SeedReport> {
  const graph = toGraph(readSeed(dir)); // validated before anything is checked or written
  if (!(await isGraphEmpty(db))) {
    throw new Error("the graph is not empty: restore loads a snapshot only into an empty graph (use a new NEO4J_LOCAL_DATA_DIR or an empty database)");
  }
  return loadGraph(db, log, graph, { what: "the restore", progress: options.progress });
}

export interface LoadOptions {
  /**
   * Commit every this many rows instead of once at the end. Only for bulk loads too large for one
   * transaction's memory (the benchmark's million relationships): a failure then leaves the
   * batches committed before it. Default: one transaction, all or nothing.
   */
  rowsPerTransaction?: number;
  /**
   * Overwrite records changed through the API since they were seeded (`npm run seed -- --force`).
   * Each overwrite is recorded in the audit trail (actor "seed --force", before and after), and
   * its version goes up, never back. Default: such records are left alone and reported as kept.
   */
  force?: boolean;
  /** What the load is called in progress and errors ("the seed load"). */
  what?: string;
  /** Told after each batch of rows is written (not yet committed); see `consoleProgress`. */
  progress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  what: string;
  /** Rows (nodes and relationships) written so far in this load, of `total`. */
  done: number;
  total: number;
  /** The node label or relationship type of the batch just written. */
  step: string;
  /** Set on the last call: every row is written, the commit follows. */
  committing: boolean;
}

/** Who the audit trail names for a forced seed. */
const SEED_FORCE = { name: "seed --force", role: "ADMIN" } as const;

/** Writes rows made by toGraph (from the seed files, or from the benchmark's generator). */
export async function loadGraph(db: Database, log: Logger, graph: GraphRows, options: LoadOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { nodes: {}, relationships: {}, totals: zero(), kept: [], forced: [] };
  const steps: Array<Step<NodeRow | RelRow>> = [
    ...nodeLabels.map((label) => ({
      kind: "nodes" as const, name: label, cypher: upsertNodes(label), edited: editedNodes(label), rows: graph.nodes[label],
    })),
    ...(Object.keys(relationshipTypes) as RelationshipType[]).map((type) => {
      const rows = graph.relationships[type];
      const keyed = rows.some((r) => r.key);
      return { kind: "relationships" as const, name: type, cypher: upsertRelationships(type, keyed), edited: editedRelationships(type, keyed), rows };
    }),
  ];
  for (const step of steps) report[step.kind][step.name] = zero();

  const what = options.what ?? "the bulk load";
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  let committed = 0;
  // Bulk writes have their own time budget (NEO4J_BULK_TX_TIMEOUT_MS), never the API's: the rule
  // is one transaction for the whole load (all or nothing), unless a caller asks for
  // rowsPerTransaction (the benchmark's generated graphs, too large for one transaction's memory).
  for (const transaction of inTransactions(steps, options.rowsPerTransaction)) {
    // Counted inside, added after the commit: the driver may run the function again on a retry.
    const counted = await db.bulkWriteTransaction(what, async (tx) => {
      let done = committed;
      const counts: Array<[Step<NodeRow | RelRow>, Counts]> = [];
      const edited: Array<{ outcome: "kept" | "forced"; record: EditedRecord }> = [];
      const audit: Array<{ change: ChangeRecord; source: string }> = [];
      const [editedRow] = parseRows(EditedKeysRow, await tx.run(EDITED_KEYS));
      const editedKeys = new Set(editedRow!.keys);
      for (const batch of transaction) {
        const batchCounts = zero();
        const { rows, forcedOver, forcedBack } = await protectEdits(tx, batch.step, batch.rows, editedKeys, options.force === true, edited, audit);
        batchCounts.kept = batch.rows.length - rows.length;
        if (rows.length > 0) {
          for (const row of parseRows(UpsertRow, await tx.run(batch.step.cypher, { rows }))) batchCounts[row.outcome] += row.count;
        }
        // The upsert counted forced rows as updated (or created, for a record the API deleted).
        batchCounts.updated -= forcedOver;
        batchCounts.created -= forcedBack;
        batchCounts.forced += forcedOver + forcedBack;
        const written = outcomes.reduce((sum, outcome) => sum + batchCounts[outcome], 0);
        if (written !== batch.rows.length) {
          // A MATCH found no end node: refuse to commit a partial graph.
          throw new Error(`seed: only ${written} of ${batch.rows.length} ${batch.step.name} ${batch.step.kind} in a batch found both ends`);
        }
        counts.push([batch.step, batchCounts]);
        done += batch.rows.length;
        options.progress?.({ what, done, total, step: batch.step.name, committing: done === total });
      }
      if (audit.length > 0) {
        await lockChangeLog(tx);
        // One call per source document: the change records cite the seed entry's first source.
        const bySource = new Map<string, ChangeRecord[]>();
        for (const { change, source } of audit) bySource.set(source, [...(bySource.get(source) ?? []), change]);
        for (const [source, changes] of bySource) {
          await writeChanges(tx, changes, SEED_FORCE, { ref: source, documentKey: source.split("#")[0]! });
        }
      }
      return { counts, edited, done };
    }, { app: "mvgraph", purpose: "seed" });
    committed = counted.done;
    for (const [step, counts] of counted.counts) {
      const total = report[step.kind][step.name]!;
      for (const outcome of outcomes) total[outcome] += counts[outcome];
    }
    for (const { outcome, record } of counted.edited) report[outcome].push(record);
  }

  for (const counts of [...Object.values(report.nodes), ...Object.values(report.relationships)]) {
    for (const outcome of outcomes) report.totals[outcome] += counts[outcome];
  }
  if (report.kept.length > 0) {
    log.warn({ kept: report.kept.length }, "seed: records changed through the API since seeded were left alone (--force overwrites them)");
  }
  log.info({ ...report.totals }, report.totals.created + report.totals.updated + report.totals.forced === 0 ? "seed: graph already up to date" : "seed loaded");
  return report;
}

/** What a relationship row is called in reports and in the audit trail. */
function relationshipKey(type: string, row: RelRow): string {
  return `${row.from} -[${type}${row.key ? ` ${row.key}` : ""}]-> ${row.to}`;
}

/** Stored values without the derived ones (search keys, dates for ordering), for the audit trail. */
function auditValues(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([name]) => !name.endsWith("Date") && name !== "searchKeys" && name !== "aliasText" && name !== "version"),
  );
}

/**
 * Takes the rows of a batch that were edited through the API out of the write (counting them
 * kept), or, when forced, keeps them with a version above the graph's and queues their audit
 * records. Edited rows equal to the seed stay in, with their version, so they count unchanged.
 */
async function protectEdits(
  tx: Tx,
  step: Step<NodeRow | RelRow>,
  rows: Array<NodeRow | RelRow>,
  editedKeys: Set<string>,
  force: boolean,
  edited: Array<{ outcome: "kept" | "forced"; record: EditedRecord }>,
  audit: Array<{ change: ChangeRecord; source: string }>,
): Promise<{ rows: Array<NodeRow | RelRow>; forcedOver: number; forcedBack: number }> {
  let forcedOver = 0;
  let forcedBack = 0;
  if (!step.edited || editedKeys.size === 0) return { rows, forcedOver, forcedBack };
  const candidate = (row: NodeRow | RelRow): boolean => {
    if (step.kind === "nodes") return editedKeys.has(`${step.name}:${(row as NodeRow).id}`);
    const rel = row as RelRow;
    if (rel.key) return editedKeys.has(`Role:${rel.key}`);
    const [fromLabel, toLabel] = relationshipTypes[step.name as RelationshipType];
    return editedKeys.has(`${fromLabel}:${rel.from}`) || editedKeys.has(`${toLabel}:${rel.to}`);
  };
  const candidates = rows.flatMap((row, i) => (candidate(row) ? [i] : []));
  if (candidates.length === 0) return { rows, forcedOver, forcedBack };
  const found = parseRows(EditedRow, await tx.run(step.edited, { rows: candidates.map((i) => rows[i]), label: step.name }));
  const byIndex = new Map(found.map((row) => [candidates[row.i]!, row]));
  const out: Array<NodeRow | RelRow> = [];
  rows.forEach((row, i) => {
    const hit = byIndex.get(i);
    if (!hit) return void out.push(row);
    const { version, differing, exists } = hit;
    if (exists && differing.length === 0) return void out.push({ ...row, props: { ...row.props, ...(version > 0 ? { version } : {}) } });
    const isNode = step.kind === "nodes";
    const record: EditedRecord = {
      kind: isNode ? "node" : "relationship",
      name: step.name,
      key: isNode ? (row as NodeRow).id : relationshipKey(step.name, row as RelRow),
      fields: exists ? differing : Object.keys(auditValues(row.props)).sort(),
      gone: !exists,
    };
    if (!force) {
      edited.push({ outcome: "kept", record });
      return;
    }
    // Versions never go back: above the graph's, or above the number of changes of a deleted record.
    const next = Math.max(version, isNode ? (hit.changes ?? 0) : 0) + 1;
    out.push({ ...row, props: { ...row.props, version: next } });
    edited.push({ outcome: "forced", record });
    if (exists) forcedOver += 1;
    else forcedBack += 1;
    const live = auditValues(hit.live);
    const sources = row.props.sources as string[] | undefined;
    const change: ChangeRecord = isNode
      ? { action: exists ? "UPDATE" : "CREATE", entityType: step.name, entityKey: (row as NodeRow).id, before: exists ? live : null, after: auditValues(toAuditable(row.props)) }
      : (row as RelRow).key
        ? { action: exists ? "UPDATE" : "CREATE", entityType: "Role", entityKey: (row as RelRow).key!, before: exists ? live : null, after: auditValues(toAuditable(row.props)) }
        : {
            action: exists ? "UPDATE" : "LINK",
            entityType: relationshipTypes[step.name as RelationshipType][0],
            entityKey: (row as RelRow).from,
            before: exists ? { [`${step.name} → ${relationshipTypes[step.name as RelationshipType][1]}:${(row as RelRow).to}`]: live } : null,
            after: { [`${step.name} → ${relationshipTypes[step.name as RelationshipType][1]}:${(row as RelRow).to}`]: auditValues(toAuditable(row.props)) },
          };
    audit.push({ change, source: sources?.[0] ?? "unknown" });
  });
  return { rows: out, forcedOver, forcedBack };
}

/** Seed values as JSON can hold them (Neo4j integers and dates become numbers and strings). */
function toAuditable(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, typeof value === "object" && value !== null && !Array.isArray(value) ? String(value) : value]));
}

/** One kind of row and the UNWIND statement that writes it. */
export interface Step<R> {
  kind: "nodes" | "relationships";
  name: string;
  cypher: string;
  /** The statement that finds rows of a batch changed through the API since seeded (none: write all). */
  edited?: string;
  rows: R[];
}

/**
 * The steps cut into UNWIND batches (BATCH_SIZE rows: few round trips, modest memory), grouped
 * into transactions of at most `rowsPerTransaction` rows (all in one by default), in order.
 */
export function inTransactions<R>(steps: Array<Step<R>>, rowsPerTransaction = Infinity): Array<Array<{ step: Step<R>; rows: R[] }>> {
  const transactions: Array<Array<{ step: Step<R>; rows: R[] }>> = [[]];
  let rowsInTransaction = 0;
  for (const step of steps) {
    for (let start = 0; start < step.rows.length; start += BATCH_SIZE) {
      const rows = step.rows.slice(start, start + BATCH_SIZE);
      if (rowsInTransaction > 0 && rowsInTransaction + rows.length > rowsPerTransaction) {
        transactions.push([]);
        rowsInTransaction = 0;
      }
      transactions.at(-1)!.push({ step, rows });
      rowsInTransaction += rows.length;
    }
  }
  return transactions;
}

/** True when the graph holds none of the seeded kinds of nodes (Migration nodes do not count). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const rows = await db.bulk("the check for an empty graph").read(`
    MATCH (n) WHERE NOT n:Migration
    RETURN count(n) = 0 AS empty LIMIT 1`);
  return rows[0]?.empty === true;
}
