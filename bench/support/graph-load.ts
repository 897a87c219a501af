import type { Database } from "../../src/db/database.js";
import { inTransactions, type Step } from "../../src/seed/loader.js";
import { nodeLabels, relationshipTypes, type GraphRows, type NodeRow, type RelationshipType, type RelRow } from "../../src/seed/to-graph.js";

/**
 * Empties the graph (not the migrations' records), one short transaction per batch: a single
 * statement over the ×1000 graph (`CALL {} IN TRANSACTIONS` included) ran into the engine's
 * transaction timeout and stopped the benchmark before it measured anything.
 */
export async function wipeGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.runAutoCommit(/* cypher */ `
      MATCH (n) WHERE NOT n:Migration
      WITH n LIMIT 5000
      DETACH DELETE n
      RETURN count(*) AS deleted`);
    if (!row || Number(row.deleted) === 0) return;
  }
}

export function sizeOf(graph: GraphRows): { nodes: number; relationships: number } {
  return {
    nodes: Object.values(graph.nodes).reduce((sum, rows) => sum + rows.length, 0),
    relationships: Object.values(graph.relationships).reduce((sum, rows) => sum + rows.length, 0),
  };
}

/**
 * The loader's floor: the same rows, batches and transactions as the product's loader, with plain
 * UNWIND … CREATE and none of its work (no MERGE, no comparison with what is there, no counts).
 * Labels and types come from the model's own lists, never from input.
 */
export async function rawUnwindLoad(db: Database, graph: GraphRows, rowsPerTransaction?: number): Promise<void> {
  const steps: Array<Step<NodeRow | RelRow>> = [
    ...nodeLabels.map((label) => ({ kind: "nodes" as const, name: label, cypher: `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`, rows: graph.nodes[label] })),
    ...(Object.keys(relationshipTypes) as RelationshipType[]).map((type) => {
      const [from, to] = relationshipTypes[type];
      return {
        kind: "relationships" as const, name: type, rows: graph.relationships[type],
        cypher: `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
      };
    }),
  ];
  for (const transaction of inTransactions(steps, rowsPerTransaction)) {
    await db.writeTransaction(async (tx) => {
      for (const batch of transaction) await tx.run(batch.step.cypher, { rows: batch.rows });
    }, { app: "mvgraph-bench", purpose: "raw UNWIND floor" });
  }
}
