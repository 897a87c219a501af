import { describe, expect, it } from "vitest";
import { staticLabels } from "../db/static-labels.js";
import { entityLabels } from "../entity-kinds.js";
import { rounds } from "./batch.js";
import * as cypher from "./editing.repository.js";

/**
 * The statements of the editing engine's batch form, frozen as they are sent (labels made static,
 * db/static-labels.ts): a change in the Cypher is seen in review.
 */
const labels = new Set<string>(entityLabels);
const sent = (statement: string, params: Record<string, unknown>) => staticLabels(statement, params, labels);

describe("the batch form's Cypher, as sent", () => {
  it("loads, creates and replaces many nodes of one label, seeking its id constraint", () => {
    expect(sent(cypher.LOAD_NODES, { label: "Deliverable" })).toMatchInlineSnapshot(`
      "
      UNWIND $keys AS key
      MATCH (n:\`Deliverable\` {id: key})
      RETURN key, n {.*} AS props,
             [(n)-[r]->(t) WHERE type(r) IN $singleTypes | {type: type(r), key: t.id}] AS single"
    `);
    expect(sent(cypher.CREATE_NODES, { label: "Deliverable" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS props
      CREATE (n:\`Deliverable\`)
      SET n = props
      RETURN count(n) AS created"
    `);
    expect(sent(cypher.REPLACE_NODES, { label: "Organization" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MATCH (n:\`Organization\` {id: row.key})
      SET n = row.props
      RETURN count(n) AS replaced"
    `);
  });

  it("points single links, confirms facts, finds and writes links of one type", () => {
    expect(sent(cypher.SET_SINGLE_LINKS, { label: "Deliverable", type: "DEVELOPED_BY", targetLabel: "Organization" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MATCH (n:\`Deliverable\` {id: row.key})
      OPTIONAL MATCH (n)-[old:$($type)]->()
      DELETE old
      WITH DISTINCT n, row
      OPTIONAL MATCH (t:\`Organization\` {id: row.target})
      FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (n)-[r:$($type)]->(t) SET r.sources = row.sources, r.lastConfirmed = row.lastConfirmed)"
    `);
    expect(sent(cypher.CONFIRM_NODES, { label: "Liaison" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MATCH (n:\`Liaison\` {id: row.key})
      WITH n, row, coalesce(n.sources, []) AS sourcesBefore, n.lastConfirmed AS confirmedBefore
      SET n.sources = CASE WHEN row.ref IN sourcesBefore THEN sourcesBefore ELSE sourcesBefore + row.ref END,
          n.lastConfirmed = CASE WHEN confirmedBefore IS NULL OR confirmedBefore < row.date THEN row.date ELSE confirmedBefore END,
          n.version = coalesce(n.version, 0) + 1
      RETURN row.key AS key, sourcesBefore, confirmedBefore, n.sources AS sources, n.lastConfirmed AS lastConfirmed"
    `);
    expect(sent(cypher.FIND_LINKS, { fromLabel: "Deliverable", toLabel: "Topic", type: "ADDRESSES" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      OPTIONAL MATCH (a:\`Deliverable\` {id: row.from})
      OPTIONAL MATCH (b:\`Topic\` {id: row.to})
      OPTIONAL MATCH (a)-[r:$($type)]->(b)
      RETURN row.from AS from, row.to AS to, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, r {.*} AS props"
    `);
    expect(sent(cypher.UPSERT_LINKS, { fromLabel: "Deliverable", toLabel: "Topic", type: "ADDRESSES" })).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MATCH (a:\`Deliverable\` {id: row.from})
      MATCH (b:\`Topic\` {id: row.to})
      MERGE (a)-[r:$($type)]->(b)
      SET r = row.props
      RETURN count(r) AS written"
    `);
  });
});

describe("rounds", () => {
  it("writes an entity named twice in a second round, after the first, keeping the order otherwise", () => {
    expect(rounds(["a1", "b1", "a2", "c1", "a3", "b2"], (s) => s[0]!)).toEqual([["a1", "b1", "c1"], ["a2", "b2"], ["a3"]]);
  });
});
