import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Batcher, batchStatement } from "./batch.js";
import type { Params, Queries, Row } from "./database.js";
import { RowShapeError } from "./rows.js";

/**
 * The loaders' batch shapes (dataloader's own tests do the same): a stub door that records the
 * statements it is sent (`loadCalls`) and answers `UNWIND $ids AS id … RETURN id, value` rows
 * from a table. No database: this is the loaders' arithmetic, the integration tests count the
 * real round trips.
 */
function stubDoor(answer: (cypher: string, params: Params) => Row[]) {
  const loadCalls: Array<Array<{ cypher: string; params: Params }>> = [];
  const door: Queries = {
    read: async (cypher, params = {}) => {
      loadCalls.push([{ cypher, params }]);
      return answer(cypher, params);
    },
    readAll: async (statements) => {
      loadCalls.push(statements);
      return statements.map(({ cypher, params }) => answer(cypher, params));
    },
    readRows: () => Promise.reject(new Error("not used")),
    write: () => Promise.reject(new Error("not used")),
    writeTransaction: () => Promise.reject(new Error("not used")),
  };
  return { door, loadCalls };
}

const NAMES = "UNWIND $ids AS id MATCH (n {id: id}) RETURN id, n.name AS value";
const names = batchStatement(NAMES, z.string().nullable(), null);
const TAGS = "UNWIND $ids AS id MATCH (n {id: id}) RETURN id, n.tags AS value";
const tags = batchStatement(TAGS, z.array(z.string()), []);
const known: Record<string, { name: string; tags: string[] }> = { a: { name: "Alpha", tags: ["x"] }, c: { name: "Gamma", tags: [] } };
const table = (cypher: string, params: Params) =>
  (params.ids as string[]).filter((id) => known[id]).map((id) => ({ id, value: cypher === NAMES ? known[id]!.name : known[id]!.tags }));

describe("the request's loaders", () => {
  it("load the keys of one turn in one statement, each key its value in order, missing ones empty", async () => {
    const { door, loadCalls } = stubDoor(table);
    const loader = new Batcher(door, true).byId(names);
    expect(await Promise.all(["a", "b", "c"].map((id) => loader.load(id)))).toEqual(["Alpha", null, "Gamma"]);
    expect(loadCalls).toEqual([[{ cypher: NAMES, params: { ids: ["a", "b", "c"] } }]]);
  });

  it("send the statements of sibling loaders together, pipelined in one read", async () => {
    const { door, loadCalls } = stubDoor(table);
    const loaders = new Batcher(door, true).all({ names, tags });
    expect(await Promise.all([loaders.names.load("a"), loaders.tags.load("a"), loaders.tags.load("b")])).toEqual(["Alpha", ["x"], []]);
    expect(loadCalls).toEqual([[{ cypher: NAMES, params: { ids: ["a"] } }, { cypher: TAGS, params: { ids: ["a", "b"] } }]]);
  });

  it("batch keys with parameters per distinct parameters, and cache them by id and parameters", async () => {
    const { door, loadCalls } = stubDoor(table);
    const loader = new Batcher(door, true).keyed(names, (key: { id: string; deep: boolean }) => ({ deep: key.deep }));
    await Promise.all([loader.load({ id: "a", deep: true }), loader.load({ id: "c", deep: false }), loader.load({ id: "c", deep: true })]);
    await loader.load({ id: "a", deep: true });
    expect(loadCalls).toEqual([[
      { cypher: NAMES, params: { deep: true, ids: ["a", "c"] } },
      { cypher: NAMES, params: { deep: false, ids: ["c"] } },
    ]]);
  });

  it("never read a primed key, and forget everything on clear", async () => {
    const { door, loadCalls } = stubDoor(table);
    const batcher = new Batcher(door, true);
    const loader = batcher.byId(names);
    loader.prime("a", "Alpha (primed)");
    expect(await loader.load("a")).toBe("Alpha (primed)");
    expect(loadCalls).toEqual([]);
    batcher.clear();
    expect(await loader.load("a")).toBe("Alpha");
    expect(loadCalls).toHaveLength(1);
  });

  it("without batching (the benchmark's naive variant) read each key alone and prime nothing", async () => {
    const { door, loadCalls } = stubDoor(table);
    const loader = new Batcher(door, false).byId(names);
    loader.prime("a", "primed");
    expect(await Promise.all([loader.load("a"), loader.load("c")])).toEqual(["Alpha", "Gamma"]);
    expect(loadCalls).toEqual([[{ cypher: NAMES, params: { ids: ["a"] } }], [{ cypher: NAMES, params: { ids: ["c"] } }]]);
  });

  it("refuse a row of another shape with an error naming the field, not the statement", async () => {
    const { door } = stubDoor(() => [{ id: "a", value: 42 }]);
    const error = await new Batcher(door, true).byId(names).load("a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowShapeError);
    expect((error as Error).message).toMatch(/row 0\.value/);
    expect((error as Error).message).not.toMatch(/UNWIND|MATCH/);
  });
  it("make each id-keyed loader on first use, once, beside the loaders given with them", async () => {
    const { door, loadCalls } = stubDoor(table);
    const batcher = new Batcher(door, true);
    const extra = { other: "kept as given" };
    const loaders = batcher.all({ names, tags }, extra);
    expect(loaders.other).toBe("kept as given");
    expect(Object.hasOwn(loaders, "names")).toBe(false);
    const first = loaders.names;
    expect(loaders.names).toBe(first);
    expect(Object.hasOwn(loaders, "tags")).toBe(false);
    expect(await loaders.names.load("a")).toBe("Alpha");
    // Another request's object of the same statements has loaders (and a cache) of its own.
    expect(batcher.all({ names, tags }).names).not.toBe(first);
    // A loader made late is still cleared with the others.
    loaders.names.prime("c", "stale");
    batcher.clear();
    expect(await loaders.names.load("c")).toBe("Gamma");
    expect(loadCalls).toHaveLength(2);
  });
});
