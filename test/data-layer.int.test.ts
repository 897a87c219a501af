import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { RequestDatabase } from "../src/db/request-database.js";
import { refStatementFor } from "../src/refs/ref.repository.js";
import { searchKeys } from "../src/search/search-keys.js";
import { postGraphQL } from "./helpers.js";
import { startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * The data layer's rules that need writes (ambiguous twins, probes, a malformed node): on a
 * writable engine, so the shared graph's checksum never changes under other tests.
 */
let w: WritableApp;
let app: RunningApp;
const run = `amb${Date.now()}`;
beforeAll(async () => {
  w = await startWritableApp();
  app = w.app;
});
afterAll(async () => {
  await w?.stop();
});

/** Two entities of one kind with the same name: the ref that names both is ambiguous. */
const kinds = [
  { label: "Organization", field: "organization", nameProperty: "name" },
  { label: "Person", field: "person", nameProperty: "name" },
  { label: "Topic", field: "topic", nameProperty: "name" },
  { label: "Deliverable", field: "deliverable", nameProperty: "code" },
  { label: "Event", field: "event", nameProperty: "name" },
] as const;

describe("one ref resolution for every kind", () => {
  it.each(kinds)("a $field ref naming two of them is an error listing both candidates", async ({ label, field, nameProperty }) => {
    const name = `Twin ${label} ${run}`;
    const ids = [`${run}-${label.toLowerCase()}-a`, `${run}-${label.toLowerCase()}-b`];
    for (const id of ids) {
      await app.db.write(`CREATE (n:${label} {id: $id, aliases: [], searchKeys: $keys}) SET n[$nameProperty] = $name`, {
        id, name, nameProperty, keys: searchKeys([name]),
      });
    }
    const { body } = await postGraphQL(app.http.url, `query($ref: String!) { ${field}(ref: $ref) { key } }`, { ref: name.toUpperCase() });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("is ambiguous");
    for (const id of ids) expect(body.errors?.[0]?.message).toContain(id);

    const byId = await postGraphQL(app.http.url, `query($ref: String!) { ${field}(ref: $ref) { key } }`, { ref: ids[1] });
    expect(byId.body.data?.[field]).toEqual({ key: ids[1] });
  });

  it.each(kinds.map((k) => k.label))("a %s ref is found through indexes, never by scanning the label", async (label) => {
    const session = app.db.driver.session({ defaultAccessMode: "READ" });
    try {
      const result = await session.run(`EXPLAIN ${refStatementFor(label)}`, { ref: "SC 27", compact: "sc27", terms: ["searchKeys:sc27"], maxRank: 4 });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*$/, ""));
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toBe(false);
      expect(operators.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o))).toBe(true);
      expect(operators.some((o) => /ProcedureCall/.test(o))).toBe(true);
    } finally {
      await session.close();
    }
  });
});

describe("reads and writes of one request", () => {
  it("a write ends the open read transaction, and reads after it see what it wrote", async () => {
    const id = `one-tx-${Date.now()}`;
    const requestDb = new RequestDatabase(app.db);
    try {
      expect(await requestDb.read("MATCH (n:OneTxProbe {id: $id}) RETURN n.value AS value", { id })).toEqual([]);
      await requestDb.write("CREATE (:OneTxProbe {id: $id, value: 1})", { id });
      expect(await requestDb.read("MATCH (n:OneTxProbe {id: $id}) RETURN n.value AS value", { id })).toEqual([{ value: 1 }]);
    } finally {
      await requestDb.end();
      await app.db.write("MATCH (n:OneTxProbe {id: $id}) DELETE n", { id });
    }
  });

  it("a failed statement does not break the request's later reads", async () => {
    const requestDb = new RequestDatabase(app.db);
    try {
      await expect(requestDb.read("RETURN toInteger(1) / toInteger($zero) AS x", { zero: 0 })).rejects.toThrow();
      expect(await requestDb.read("RETURN 2 AS x")).toEqual([{ x: 2 }]);
    } finally {
      await requestDb.end();
    }
  });

  // Neo4j's isolation is read-committed: one transaction is one BEGIN/COMMIT, not a snapshot.
  // What the request reads twice may change between levels; this pins the engine's behaviour
  // the README states (entities a request already loaded are not re-read: the loaders cache them).
  it("a write committed between two reads of one request is seen by the second (read-committed)", async () => {
    const id = `one-tx-iso-${Date.now()}`;
    await app.db.write("CREATE (:OneTxProbe {id: $id, value: 1})", { id });
    const requestDb = new RequestDatabase(app.db);
    try {
      const first = await requestDb.read("MATCH (n:OneTxProbe {id: $id}) RETURN n.value AS value", { id });
      await app.db.write("MATCH (n:OneTxProbe {id: $id}) SET n.value = 2", { id });
      const second = await requestDb.read("MATCH (n:OneTxProbe {id: $id}) RETURN n.value AS value", { id });
      expect({ first, second }).toEqual({ first: [{ value: 1 }], second: [{ value: 2 }] });
    } finally {
      await requestDb.end();
      await app.db.write("MATCH (n:OneTxProbe {id: $id}) DELETE n", { id });
    }
  });
});

describe("rows parsed at the repository boundary", () => {
  it("a row of the wrong shape is an internal error that shows no Cypher", async () => {
    // A body whose id is not a string: the ref statement's row schema refuses it.
    const key = `rowshape${run}`;
    await app.db.write("CREATE (:Organization {id: 4242, name: $key, aliases: [], searchKeys: $key})", { key });
    try {
      const { body } = await postGraphQL(app.http.url, "query($ref: String!) { organization(ref: $ref) { key } }", { ref: key });
      expect(body.errors).toEqual([expect.objectContaining({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      expect(JSON.stringify(body)).not.toMatch(/MATCH|CALL|searchKeys|RowShape/);
    } finally {
      await app.db.write("MATCH (n:Organization {id: 4242}) DELETE n");
    }
  });

  it("a relationship loaded through the request's loaders, of the wrong shape, is an internal error that shows no Cypher", async () => {
    // A body part of one whose id is not a string: the PART_OF loader's row schema refuses it.
    const key = `rowshape-child-${run}`;
    await app.db.write("CREATE (:Organization {id: $key, name: $key, aliases: []})-[:PART_OF]->(:Organization {id: 4243, name: $key, aliases: []})", { key });
    try {
      const { body } = await postGraphQL(app.http.url, "query($ref: String!) { organization(ref: $ref) { key partOf { key } } }", { ref: key });
      expect(body.data?.organization).toEqual({ key, partOf: null });
      expect(body.errors).toEqual([expect.objectContaining({ message: "Internal server error", path: ["organization", "partOf"], extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      expect(JSON.stringify(body)).not.toMatch(/MATCH|UNWIND|PART_OF|RowShape/);
    } finally {
      await app.db.write("MATCH (n:Organization) WHERE n.id IN [$key, 4243] DETACH DELETE n", { key });
    }
  });

  it("a coordination answer with a row of the wrong shape is an internal error that shows no Cypher", async () => {
    // A meeting whose id is not a string, alone in its window: the upcoming statement's row schema refuses it.
    await app.db.write("CREATE (:Event {id: 4244, name: $name, startDate: date('2091-03-01'), endDate: date('2091-03-02')})", { name: `rowshape-event-${run}` });
    try {
      const { body } = await postGraphQL(app.http.url, '{ upcoming(from: "2091-03-01", days: 5) { total items { event { key } } } }');
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ message: "Internal server error", path: ["upcoming"], extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      expect(JSON.stringify(body)).not.toMatch(/MATCH|CALL|UNION|DEADLINE_OF|RowShape/);
    } finally {
      await app.db.write("MATCH (n:Event {id: 4244}) DELETE n");
    }
  });
});
