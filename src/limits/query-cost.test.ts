import { readFileSync } from "node:fs";
import path from "node:path";
import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { projectRoot } from "../db/neo4j-local.js";
import { examplesToTabs } from "../graphiql/examples.js";
import { createSchema } from "../graphql/schema.js";
import { estimateCost, QueryTooComplexError } from "./query-cost.js";
import { queryShapeRules } from "./query-limits.js";

const defaults = loadConfig({}).limits;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}, maxCost = 1_000_000): number {
  return estimateCost({ schema, document: parse(query), operationName: undefined, variables, listSizeEstimate: 10, maxCost });
}

function shapeErrors(query: string) {
  return validate(schema, parse(query), queryShapeRules(defaults)).map((error) => ({ message: error.message, ...error.extensions }));
}

describe("query cost: the same rules for every field", () => {
  it("an object costs 1, a scalar 0", () => {
    expect(cost('{ organization(ref: "x") { key name } }')).toBe(1);
    expect(cost('{ organization(ref: "x") { key parent { key } } }')).toBe(2);
  });

  it("a paged list multiplies its items by `first`, or by the default page size when omitted", () => {
    expect(cost("{ organizations(first: 50) { totalCount nodes { key } } }")).toBe(1 + 50 * 1);
    expect(cost("{ organizations { nodes { key } } }")).toBe(1 + 20 * 1);
    expect(cost("{ organizations(last: 5) { edges { node { key } } } }")).toBe(1 + 5 * 2);
  });

  it("counts `first` sent as a variable at its value", () => {
    const query = "query($n: Int) { organizations(first: $n) { nodes { key parent { key } } } }";
    expect(cost(query, { n: 100 })).toBe(1 + 100 * 2);
    expect(cost(query, { n: 3 })).toBe(1 + 3 * 2);
  });

  it("a query sent again (the same parsed document, as the server keeps it) is costed by its new variables, not the first ones", () => {
    const document = parse("query($n: Int) { organizations(first: $n) { nodes { key parent { key } } } }");
    const estimate = (variables: Record<string, unknown>, maxCost = 1_000_000) =>
      estimateCost({ schema, document, operationName: undefined, variables, listSizeEstimate: 10, maxCost });
    expect(estimate({ n: 3 })).toBe(1 + 3 * 2);
    expect(estimate({ n: 500 })).toBe(1 + 500 * 2);
    expect(estimate({ n: 3 })).toBe(1 + 3 * 2);
    // A fragment bomb too big to walk is refused again when sent again.
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 29 ? `fragment F${i} on Organization { key }` : `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} parent { ...F${i + 1} } }`,
    );
    const bomb = parse(`{ organization(ref: "x") { ...F0 } } ${fragments.join(" ")}`);
    const walkBomb = () => estimateCost({ schema, document: bomb, operationName: undefined, variables: {}, listSizeEstimate: 10, maxCost: 20_000 });
    expect(walkBomb).toThrow(QueryTooComplexError);
    expect(walkBomb).toThrow(QueryTooComplexError);
  });

  it("an unpaged list multiplies its items by the assumed list size, nested lists multiply again", () => {
    expect(cost('{ organization(ref: "x") { subGroups { key } } }')).toBe(1 + (1 + 10 * 0));
    expect(cost('{ organization(ref: "x") { subGroups { parent { key } } } }')).toBe(1 + (1 + 10 * 1));
    expect(cost('{ organization(ref: "x") { subGroups { subGroups { parent { key } } } } }')).toBe(1 + (1 + 10 * (1 + 10 * 1)));
  });

  it("a paged result that is not a connection: its item lists are counted by `first`, once", () => {
    expect(cost('{ whoWorksOn(topic: "x", first: 7) { total topic { name } organizations { organization { key } } } }')).toBe(1 + 7 * (1 + (1 + 1 * 1)));
  });

  it("nodes(ids:) costs one object per id", () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });

  it("introspection costs nothing", () => {
    expect(cost("{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }")).toBe(0);
  });

  it("a fragment bomb is refused without expanding it (the walk stops at the limit)", () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Organization { key }` : `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} parent { ...F${i + 1} } }`,
    );
    const query = `{ organization(ref: "x") { ...F0 } } ${fragments.join(" ")}`;
    expect(() => cost(query, {}, 20_000)).toThrow(QueryTooComplexError);
  });
});

describe("the default limits", () => {
  it("let every example operation through", () => {
    const tabs = examplesToTabs(readFileSync(path.join(projectRoot, "examples.graphql"), "utf8"));
    expect(tabs.length).toBeGreaterThan(5);
    for (const { query } of tabs) {
      expect(shapeErrors(query), query).toEqual([]);
      expect(cost(query), query).toBeLessThanOrEqual(defaults.maxCost);
    }
  });

  it("refuse a query nested deeper than GRAPHQL_MAX_DEPTH, naming the limit", () => {
    const deep = (levels: number) => `{ organization(ref: "x") { ${"subGroups { ".repeat(levels)}key${" }".repeat(levels)} } }`;
    expect(shapeErrors(deep(defaults.maxDepth - 2))).toEqual([]);
    // organization, then the sub-group levels, then key
    expect(shapeErrors(deep(defaults.maxDepth + 3))).toEqual([
      expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", max: defaults.maxDepth, found: defaults.maxDepth + 5 }),
    ]);
  });

  it("count depth through fragments, and survive circular fragments", () => {
    const viaFragments = `{ organization(ref: "x") { ...A } }
      ${Array.from({ length: 14 }, (_, i) => `fragment ${String.fromCharCode(65 + i)} on Organization { subGroups { ...${String.fromCharCode(66 + i)} } }`).join("\n")}
      fragment O on Organization { key }`;
    expect(shapeErrors(viaFragments)).toContainEqual(expect.objectContaining({ limit: "depth" }));
    const circular = '{ organization(ref: "x") { ...A } } fragment A on Organization { parent { ...B } } fragment B on Organization { parent { ...A } }';
    const errors = validate(schema, parse(circular), [...specifiedRules, ...queryShapeRules(defaults)]);
    expect(errors.map((error) => error.message)).toContainEqual(expect.stringContaining('Cannot spread fragment "A" within itself'));
  });

  it("let GraphiQL's introspection query through, but not introspection that multiplies the schema", () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(shapeErrors(full)).toEqual([]);
    expect(cost(full)).toBe(0);
    expect(shapeErrors("{ __schema { types { fields { type { fields { name } } } } } }")).toEqual([]);
    expect(shapeErrors("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")).toEqual([
      expect.objectContaining({ limit: "introspection", max: 3, found: 4 }),
    ]);
    const viaFragment = '{ __type(name: "Organization") { ...T } } fragment T on __Type { fields { type { interfaces { fields { args { name } } } } } }';
    expect(shapeErrors(viaFragment)).toEqual([expect.objectContaining({ limit: "introspection", found: 4 })]);
  });

  it("refuse more aliases than GRAPHQL_MAX_ALIASES", () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: about { name }`).join(" ")} }`;
    expect(shapeErrors(aliases(defaults.maxAliases))).toEqual([]);
    expect(shapeErrors(aliases(defaults.maxAliases + 1))).toEqual([expect.objectContaining({ limit: "aliases", found: defaults.maxAliases + 1 })]);
  });

  it("refuse more directives than GRAPHQL_MAX_DIRECTIVES", () => {
    const directives = (n: number) => `query($t: Boolean!) { ${Array.from({ length: n }, (_, i) => `f${i}: __typename @include(if: $t)`).join(" ")} }`;
    expect(shapeErrors(directives(defaults.maxDirectives))).toEqual([]);
    expect(shapeErrors(directives(defaults.maxDirectives + 1))).toContainEqual(expect.objectContaining({ limit: "directives" }));
  });
});
