import type { Database, Tx } from "../db/database.js";
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

/** Writes rows made by toGraph (from the seed files, or from the benchmark's generator). */
export async function loadGraph(db: Database, log: Logger, graph: GraphRows): Promise<SeedReport> {
  const report: SeedReport = { nodes: {}, relationships: {}, totals: { created: 0, updated: 0, unchanged: 0 } };

  await db.writeTransaction(async (tx) => {
    for (const label of nodeLabels) {
      report.nodes[label] = await runBatches(tx, upsertNodes(label), graph.nodes[label]);
    }
    for (const type of Object.keys(relationshipTypes) as RelationshipType[]) {
      const rows = graph.relationships[type];
      report.relationships[type] = await runBatches(tx, upsertRelationships(type, rows.some((r) => r.key)), rows);
      const written = report.relationships[type];
      const expected = rows.length;
      if (written.created + written.updated + written.unchanged !== expected) {
        // A MATCH found no end node: refuse to commit a partial seed.
        throw new Error(`seed: only ${written.created + written.updated + written.unchanged} of ${expected} ${type} relationships found both ends`);
      }
    }
  }, { app: "mvgraph", purpose: "seed" });

  for (const counts of [...Object.values(report.nodes), ...Object.values(report.relationships)]) {
    report.totals.created += counts.created;
    report.totals.updated += counts.updated;
    report.totals.unchanged += counts.unchanged;
  }
  log.info({ ...report.totals }, report.totals.created + report.totals.updated === 0 ? "seed: graph already up to date" : "seed loaded");
  return report;
}

async function runBatches(tx: Tx, cypher: string, rows: Array<NodeRow | RelRow>): Promise<Counts> {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    for (const row of await tx.run(cypher, { rows: rows.slice(start, start + BATCH_SIZE) })) {
      counts[row.outcome as Outcome] += row.count as number;
    }
  }
  return counts;
}

/** True when the graph holds none of the seeded kinds of nodes (Migration nodes do not count). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const rows = await db.read(`
    MATCH (n) WHERE NOT n:Migration
    RETURN count(n) = 0 AS empty LIMIT 1`);
  return rows[0]?.empty === true;
}
