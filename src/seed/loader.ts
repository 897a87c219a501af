import type { Database } from "../db/database.js";
import type { Logger } from "../logger.js";
import { nodeLabels, relationshipTypes, toGraph, type GraphRows, type NodeLabel, type RelationshipType, type RelRow, type NodeRow } from "./to-graph.js";
import { defaultSeedDir, readSeed } from "./validate.js";

export type Outcome = "created" | "updated" | "unchanged";
export type Counts = Record<Outcome, number>;
export interface SeedReport {
  nodes: Record<string, Counts>;
  relationships: Record<string, Counts>;
  totals: Counts;
}

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
 * Validates the seed files, then writes them in ONE transaction with UNWIND batches: either the
 * whole seed lands or nothing does. Idempotent: MERGE on ids; reruns report unchanged rows.
 */
export async function loadSeed(db: Database, log: Logger, dir: string = defaultSeedDir): Promise<SeedReport> {
  return loadGraph(db, log, toGraph(readSeed(dir))); // readSeed throws SeedValidationError before any write
}

export interface LoadOptions {
  /**
   * Commit every this many rows instead of once at the end. Only for bulk loads too large for one
   * transaction's memory (the benchmark's million relationships): a failure then leaves the
   * batches committed before it. Default: one transaction, all or nothing.
   */
  rowsPerTransaction?: number;
}

/** Writes rows made by toGraph (from the seed files, or from the benchmark's generator). */
export async function loadGraph(db: Database, log: Logger, graph: GraphRows, options: LoadOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { nodes: {}, relationships: {}, totals: { created: 0, updated: 0, unchanged: 0 } };
  const steps: Array<Step<NodeRow | RelRow>> = [
    ...nodeLabels.map((label) => ({ kind: "nodes" as const, name: label, cypher: upsertNodes(label), rows: graph.nodes[label] })),
    ...(Object.keys(relationshipTypes) as RelationshipType[]).map((type) => {
      const rows = graph.relationships[type];
      return { kind: "relationships" as const, name: type, cypher: upsertRelationships(type, rows.some((r) => r.key)), rows };
    }),
  ];
  for (const step of steps) report[step.kind][step.name] = { created: 0, updated: 0, unchanged: 0 };

  for (const transaction of inTransactions(steps, options.rowsPerTransaction)) {
    // Counted inside, added after the commit: the driver may run the function again on a retry.
    const counted = await db.writeTransaction(async (tx) => {
      const counts: Array<[Step<NodeRow | RelRow>, Counts]> = [];
      for (const batch of transaction) {
        const batchCounts: Counts = { created: 0, updated: 0, unchanged: 0 };
        for (const row of await tx.run(batch.step.cypher, { rows: batch.rows })) batchCounts[row.outcome as Outcome] += row.count as number;
        const written = batchCounts.created + batchCounts.updated + batchCounts.unchanged;
        if (written !== batch.rows.length) {
          // A MATCH found no end node: refuse to commit a partial graph.
          throw new Error(`seed: only ${written} of ${batch.rows.length} ${batch.step.name} ${batch.step.kind} in a batch found both ends`);
        }
        counts.push([batch.step, batchCounts]);
      }
      return counts;
    }, { app: "mvgraph", purpose: "seed" });
    for (const [step, counts] of counted) {
      const total = report[step.kind][step.name]!;
      for (const outcome of ["created", "updated", "unchanged"] as const) total[outcome] += counts[outcome];
    }
  }

  for (const counts of [...Object.values(report.nodes), ...Object.values(report.relationships)]) {
    report.totals.created += counts.created;
    report.totals.updated += counts.updated;
    report.totals.unchanged += counts.unchanged;
  }
  log.info({ ...report.totals }, report.totals.created + report.totals.updated === 0 ? "seed: graph already up to date" : "seed loaded");
  return report;
}

/** One kind of row and the UNWIND statement that writes it. */
export interface Step<R> {
  kind: "nodes" | "relationships";
  name: string;
  cypher: string;
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
  const rows = await db.read(`
    MATCH (n) WHERE NOT n:Migration
    RETURN count(n) = 0 AS empty LIMIT 1`);
  return rows[0]?.empty === true;
}
