import { buildSchema, execute, parse, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { perOperation } from "./per-operation.js";

/** A schema whose `items` field works out a value from its selection through `perOperation`, counting the times it does. */
function counting() {
  let computed = 0;
  const schema = buildSchema("type Query { items(n: Int): [Item] } type Item { a: Int b: Int }");
  const rootValue = {
    items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      const fields = perOperation(info, "test", () => {
        computed += 1;
        return info.fieldNodes.flatMap((node) => node.selectionSet?.selections.map((s) => ("name" in s ? s.name.value : "")) ?? []);
      });
      return [{ a: fields.length, b: 0 }];
    },
  };
  return { schema, rootValue, computed: () => computed };
}

describe("perOperation", () => {
  it("works a field's value out once per document and variables", async () => {
    const { schema, rootValue, computed } = counting();
    const document = parse("query($n: Int) { items(n: $n) { a b } }");
    const run = (variableValues: Record<string, unknown>) => execute({ schema, document, rootValue, variableValues });
    expect((await run({ n: 1 })).data).toEqual({ items: [{ a: 2, b: 0 }] });
    await run({ n: 1 });
    expect(computed()).toBe(1);
    await run({ n: 2 });
    expect(computed()).toBe(2);
    // Another document of the same text (not the one the server keeps) is worked out anew.
    await execute({ schema, document: parse("query($n: Int) { items(n: $n) { a b } }"), rootValue, variableValues: { n: 1 } });
    expect(computed()).toBe(3);
  });

  it("works out every time a field merged from several places", async () => {
    const { schema, rootValue, computed } = counting();
    const document = parse("{ items { a } items { b } }");
    expect((await execute({ schema, document, rootValue })).data).toEqual({ items: [{ a: 2, b: 0 }] });
    await execute({ schema, document, rootValue });
    expect(computed()).toBe(2);
  });
});
