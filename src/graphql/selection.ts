import type { ResolveTree } from "graphql-parse-resolve-info";
import { canonical, type Projection } from "../db/projection.js";

/**
 * From a GraphQL selection to the stored properties a statement must read (a slim projection,
 * db/projection.ts). Each entity type declares, per field, the properties its value is made of
 * (`FieldProperties`, beside the type): a field whose resolver reads several properties lists
 * them all, a relationship field (read by the node's key) none. A selected field the
 * declaration does not name reads the whole node: never a partial object that a resolver then
 * reads a missing property from.
 */
export type FieldProperties<P extends string> = Readonly<Record<string, readonly P[]>>;

/** The Node interface's fields (relay.ts): `id` and `key` are made of the readable id; `version` is stored. */
export const nodeFieldProperties = {
  id: ["id"],
  key: ["id"],
  version: ["version"],
  __typename: [],
} as const satisfies FieldProperties<"id" | "version">;

/**
 * The fields selected under `trees` (fields returning one object type), whatever type condition
 * their fragments name: the type itself or an interface it implements (`... on Node { version }`)
 * both select its fields.
 */
export function fieldsOf(trees: readonly ResolveTree[]): ResolveTree[] {
  return trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)));
}

/** The fields named `path[0]` under `trees`, then `path[1]` under those, and so on. */
export function fieldsAt(trees: readonly ResolveTree[], ...path: string[]): ResolveTree[] {
  return path.reduce<readonly ResolveTree[]>((level, name) => fieldsOf(level).filter((field) => field.name === name), trees) as ResolveTree[];
}

/**
 * The properties `fields` (the selected fields of one object) need, besides `always` (a node's
 * `id`); null (all) when one of them is not declared.
 */
export function propertiesOf<P extends string>(fields: readonly ResolveTree[], declared: FieldProperties<P>, always: readonly P[] = ["id" as P]): Projection<P> {
  const needed = new Set<P>(always);
  for (const field of fields) {
    const properties = Object.hasOwn(declared, field.name) ? declared[field.name] : undefined;
    if (!properties) return null;
    for (const property of properties) needed.add(property);
  }
  return [...needed];
}

/**
 * The properties the selections of one object field need, whatever their aliases (canonical;
 * null: the whole node); undefined when the field is not selected at all, so that a statement
 * reads nothing for it.
 */
export function selectedProperties<P extends string>(selections: readonly ResolveTree[], declared: FieldProperties<P>): Projection<P> | undefined {
  return selections.length === 0 ? undefined : canonical(propertiesOf(fieldsOf(selections), declared));
}
