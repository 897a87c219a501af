import type { Database } from "../../src/db/database.js";
import { nodeLabels, relationshipTypes, type GraphRows, type RelationshipType } from "../../src/seed/to-graph.js";

/** Rows per statement, as the product's loader sends them, so only the Cypher differs. */
const BATCH_SIZE = 1000;

/** Empties the graph (not the migrations' records), in batches so a large graph fits in memory. */
export async function wipeGraph(db: Database): Promise<void> {
  await db.runAutoCommit(/* cypher */ `
    MATCH (n) WHERE NOT n:Migration
    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
}

export function sizeOf(graph: GraphRows): { nodes: number; relationships: number } {
  return {
    nodes: Object.values(graph.nodes).reduce((sum, rows) => sum + rows.length, 0),
    relationships: Object.values(graph.relationships).reduce((sum, rows) => sum + rows.length, 0),
  };
}

/**
 * The loader's floor: the same rows in one transaction with plain UNWIND … CREATE, with none of
 * the product loader's work (no MERGE, no comparison with what is there, no counts by outcome).
 * Labels and types come from the model's own lists, never from input.
 */
export async function rawUnwindLoad(db: Database, graph: GraphRows): Promise<void> {
  await db.writeTransaction(async (tx) => {
    for (const label of nodeLabels) {
      const cypher = `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`;
      for (let start = 0; start < graph.nodes[label].length; start += BATCH_SIZE) {
        await tx.run(cypher, { rows: graph.nodes[label].slice(start, start + BATCH_SIZE) });
      }
    }
    for (const type of Object.keys(relationshipTypes) as RelationshipType[]) {
      const [from, to] = relationshipTypes[type];
      const cypher = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`;
      for (let start = 0; start < graph.relationships[type].length; start += BATCH_SIZE) {
        await tx.run(cypher, { rows: graph.relationships[type].slice(start, start + BATCH_SIZE) });
      }
    }
  }, { app: "mvgraph-bench", purpose: "raw UNWIND floor" });
}
