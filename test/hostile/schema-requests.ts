import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { toGlobalId } from "../../src/graphql/relay.js";
import { graphqlPost, literal, type HostileRequest } from "./requests.js";

/**
 * Requests generated from the schema itself, so every argument of every root field is attacked,
 * including the queries and mutations added after this file was written: Cypher injection in
 * every string argument (and inside global ids), values of the wrong type or format for every
 * scalar and enum, and invalid cursors for every paged list.
 */
export function schemaRequests(schema: GraphQLSchema): HostileRequest[] {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined);
  const requests: HostileRequest[] = [];
  for (const root of roots) {
    const operation = root === schema.getMutationType() ? "mutation" : "query";
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        for (const slot of leafSlots(arg.type, [arg.name], 0)) {
          requests.push(...injectionRequests(operation, field, arg, slot));
          requests.push(...badScalarRequests(operation, field, arg, slot));
        }
      }
      requests.push(...cursorRequests(operation, field));
    }
  }
  requests.push(...globalIdInjections());
  return requests;
}

/** Text that would change a query if it were pasted into Cypher, Lucene or a regex. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '" OR true RETURN n //',
  "x\"}) MATCH (n) DETACH DELETE n //",
  "'}) RETURN 1 UNION MATCH (n) RETURN n //",
  "x` DETACH DELETE n //",
  "\\'; CALL dbms.components() YIELD name RETURN name //",
  "$ids} MATCH (n) SET n.pwned = true //",
  "/* */ MATCH (n) SET n.pwned = true",
  "name:* OR *:*",
  "*",
  ".*",
  '(?i).* AND "unterminated',
];

/**
 * Mutations have many more string inputs, and an anonymous caller is refused before any of them
 * is used: a few injections each keep the corpus (and the suite) to a sensible size.
 */
function textsFor(operation: string): string[] {
  return operation === "mutation" ? INJECTIONS.slice(0, 4) : [...INJECTIONS, ...ODD_TEXT];
}

/** Odd but harmless text: it must be data too. */
const ODD_TEXT = ["", "   ", "\u0000", "\u202Eevil", "🧨💥", "\uD800", "x".repeat(10_000), "a ".repeat(3_000)];

interface Slot {
  /** Argument name, then input-object field names down to the leaf. */
  path: string[];
  /** The leaf's own type (may be a list). */
  type: GraphQLInputType;
}

/** Every scalar or enum leaf of an argument, descending into input objects. */
function leafSlots(type: GraphQLInputType, path: string[], depth: number): Slot[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth > 2) return [];
    return Object.values(named.getFields()).flatMap((field) => leafSlots(field.type, [...path, field.name], depth + 1));
  }
  return [{ path, type }];
}

/** The argument's value with `leaf` at the slot and every required field filled in. */
function argumentValue(arg: GraphQLArgument, slot: Slot, leaf: unknown): unknown {
  const build = (type: GraphQLInputType, rest: string[]): unknown => {
    if (rest.length === 0) return leaf;
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return leaf;
    const value = sampleValue(named) as Record<string, unknown>;
    const field = named.getFields()[rest[0]!]!;
    value[field.name] = build(field.type, rest.slice(1));
    return isListType(getNullableType(type)) ? [value] : value;
  };
  return build(arg.type, slot.path.slice(1));
}

/** A valid value of any input type, with only what is required. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  return SAMPLE_SCALARS[type.name] ?? "x";
}

const SAMPLE_SCALARS: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: false,
  PositiveInt: 1,
  Date: "2024-01-01",
  DateTime: "2024-01-01T00:00:00Z",
  EmailAddress: "someone@example.org",
  URL: "https://example.org/",
  CountryCode: "CH",
};

/** Values a scalar or enum must refuse with a clear error (by the scalar's name). */
const BAD_VALUES: Record<string, unknown[]> = {
  String: [123, true, { $ne: "" }, ["a", ["b"]]],
  ID: [true, 1.5, { $gt: "" }],
  Int: [2_147_483_648, -2_147_483_649, 1.5, "1", true, "1; DROP"],
  Float: ["1.5", true, "NaN"],
  Boolean: ["true", 1, "yes"],
  // graphql-scalars' PositiveInt takes "3" and 1.5: should it come back, these flag it.
  PositiveInt: [0, -5, 1.5, "3"],
  NonEmptyString: [""],
  Date: ["2024-13-01", "2024-02-30", "2023-02-29", "yesterday", "", "2024-1-1", "01/02/2024", 20240101, "2024-01-01T00:00:00Z", "0000-00-00", "+275760-09-14"],
  DateTime: ["2024-01-01", "2024-01-01T25:00:00Z", "soon", 1704067200],
  EmailAddress: ["not-an-email", "a@", "@b.org", "a b@c.org", "a@b@c.org"],
  URL: ["not a url", "javascript:alert(1)", "http//missing-colon", "://no-scheme"],
  CountryCode: ["XX", "switzerland", "ch1"],
};
const BAD_ENUM_VALUES = ["NOT_A_VALUE", "lowercase", 1, ["NOT_A_VALUE"]];

/** The operation with the attacked argument as `$v` and the other required ones as valid variables. */
function operationWith(operation: string, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, value: unknown): { query: string; variables: Record<string, unknown> } {
  const others = field.args.filter((other) => other !== arg && isNonNullType(other.type) && other.defaultValue === undefined);
  const declarations = [`$v: ${String(arg.type)}`, ...others.map((other) => `$${other.name}: ${String(other.type)}`)];
  const argList = [`${arg.name}: $v`, ...others.map((other) => `${other.name}: $${other.name}`)];
  const variables: Record<string, unknown> = { v: value };
  for (const other of others) variables[other.name] = sampleValue(other.type);
  return { query: `${operation}(${declarations.join(", ")}) { ${field.name}(${argList.join(", ")})${selection(field)} }`, variables };
}

/** Enough to make the field resolve: __typename, and totalCount on a page (the count runs the filter). */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return "";
  const hasTotal = isObjectType(named) && "totalCount" in named.getFields();
  return hasTotal ? " { __typename totalCount }" : " { __typename }";
}

function describeSlot(operation: string, field: GraphQLField<unknown, unknown>, slot: Slot): string {
  return `${operation} ${field.name}(${slot.path.join(".")})`;
}

function injectionRequests(operation: string, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, slot: Slot): HostileRequest[] {
  const leafType = getNamedType(slot.type).name;
  if (leafType !== "String" && leafType !== "ID" && leafType !== "NonEmptyString") return [];
  const asList = isListType(getNullableType(slot.type));
  const lookup = isObjectType(getNamedType(field.type)) && !isNonNullType(field.type) && !isListType(field.type);
  return textsFor(operation).map((text) => {
    const isInjection = INJECTIONS.includes(text);
    const { query, variables } = operationWith(operation, field, arg, argumentValue(arg, slot, asList ? [text] : text));
    return graphqlPost(
      `${describeSlot(operation, field, slot)} = ${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? "…" : ""}`,
      query,
      variables,
      {
        code: ["none", "BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"],
        // Injected text is only ever compared as text: it finds nothing.
        ...(isInjection && field.name !== "search"
          ? {
              data: (data) => {
                const value = data[field.name] as Record<string, unknown> | null;
                if (lookup && value !== null) throw new Error(`${field.name} found ${JSON.stringify(value)} for injected text`);
                if (value && typeof value.totalCount === "number" && value.totalCount !== 0) throw new Error(`${field.name} matched ${value.totalCount} items for injected text`);
              },
            }
          : {}),
      },
    );
  });
}

function badScalarRequests(operation: string, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, slot: Slot): HostileRequest[] {
  const named = getNamedType(slot.type);
  const all = isEnumType(named) ? BAD_ENUM_VALUES : BAD_VALUES[named.name];
  if (!all) return [];
  const values = operation === "mutation" ? all.slice(0, 3) : all;
  const asList = isListType(getNullableType(slot.type));
  return values.map((value) => {
    const { query, variables } = operationWith(operation, field, arg, argumentValue(arg, slot, asList && !Array.isArray(value) ? [value] : value));
    return graphqlPost(`${describeSlot(operation, field, slot)}: ${named.name} refuses ${JSON.stringify(value)}`, query, variables, {
      status: 400,
      code: "BAD_USER_INPUT",
    });
  });
}

/** Cursors this API never hands out; each must be refused naming the argument. */
const BAD_CURSORS = [
  "garbage",
  "Y3Vyc29yOi0x", // "cursor:-1"
  Buffer.from("cursor:1.5").toString("base64url"),
  Buffer.from("cursor:abc").toString("base64url"),
  Buffer.from("cursor:1e3").toString("base64url"),
  Buffer.from("cursor:99999999999999999999999").toString("base64url"),
  Buffer.from("cursor:5").toString("base64"), // padded base64, not base64url
  Buffer.from("Organization:5").toString("base64url"), // a global id, not a cursor
  Buffer.from("cursor: 5").toString("base64url"),
  "' OR 1=1 //",
  "c".repeat(5_000),
];

/**
 * Paged lists that only a signed-in role may read (the imports, for analysts): the corpus asks
 * anonymously, so the access rule refuses it before the cursor is read.
 */
const LISTS_NEEDING_A_ROLE = new Set(["imports"]);

function cursorRequests(operation: string, field: GraphQLField<unknown, unknown>): HostileRequest[] {
  const cursorArgs = field.args.filter((arg) => (arg.name === "after" || arg.name === "before") && getNamedType(arg.type).name === "String");
  const expected = LISTS_NEEDING_A_ROLE.has(field.name) ? { code: "UNAUTHENTICATED" } : undefined;
  return cursorArgs.flatMap((arg) =>
    BAD_CURSORS.map((cursor) => {
      const { query, variables } = operationWith(operation, field, arg, cursor);
      return graphqlPost(`${operation} ${field.name}(${arg.name}: invalid cursor ${JSON.stringify(cursor.slice(0, 30))})`, query, variables, expected ?? {
        code: "BAD_USER_INPUT",
        field: arg.name,
      });
    }),
  );
}

/** Injection inside well-formed global ids, which node(id:) decodes into readable keys. */
function globalIdInjections(): HostileRequest[] {
  const types = ["Organization", "Person", "Topic", "Deliverable", "Event", "Deadline", "Liaison", "Document", "Statistic"];
  return types.flatMap((type) =>
    INJECTIONS.slice(0, 5).map((text) =>
      graphqlPost(`node(id: global id of ${type} ${JSON.stringify(text)})`, `{ node(id: ${literal(toGlobalId(type, text))}) { __typename id } }`, undefined, {
        code: "none",
        data: (data) => {
          if (data.node !== null) throw new Error(`node() found ${JSON.stringify(data.node)} for an injected key`);
        },
      }),
    ),
  );
}
