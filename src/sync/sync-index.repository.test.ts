import { describe, expect, it } from "vitest";
import { entityKinds } from "../entity-kinds.js";
import { removedQuery, SYNCED_KINDS } from "./sync-index.repository.js";

describe("sync index: the entities removed through the API, one statement per synced kind (a change in them shows here in review)", () => {
  it("writes the kind's label into the pattern, so the existence check seeks its id constraint instead of scanning every node", () => {
    expect(removedQuery("Deliverable")).toMatchInlineSnapshot(`
      {
        "cypher": "
      MATCH (c:Change) WHERE c.entityType = $kind AND c.entityKey IS NOT NULL AND c.action IN ['DELETE', 'MERGED_INTO']
        AND NOT EXISTS { MATCH (n:\`Deliverable\` {id: c.entityKey}) }
      RETURN c.entityType AS label, c.entityKey AS key, c.before AS before, c.actor AS actor, toString(c.at) AS at
      ORDER BY c.seq",
        "params": {
          "kind": "Deliverable",
        },
      }
    `);
  });

  it("has a statement for each kind a sync writes, each a registry label, none with a label read from a row", () => {
    expect(SYNCED_KINDS).toEqual(["Deliverable", "Organization", "Liaison"]);
    for (const kind of SYNCED_KINDS) {
      expect(kind in entityKinds).toBe(true);
      const { cypher, params } = removedQuery(kind);
      expect(cypher).toContain(`(n:\`${kind}\` {id: c.entityKey})`);
      expect(cypher).not.toContain("$(");
      expect(params).toEqual({ kind });
    }
  });

  it("refuses a label outside the synced kinds before any Cypher is built", () => {
    expect(() => removedQuery("Person" as never)).toThrow(/not a synced entity kind/);
  });
});
