import type { z } from "zod";

/**
 * Slim projections: a statement reads of a node only the properties a GraphQL selection needs
 * (`n {.id, .name}`) instead of the whole map (`n {.*}`), so nobody unpacks, converts and parses
 * a body's description, mandate and aliases to answer `key name`. Which properties a selection
 * needs is decided above (the look-ahead); this layer only writes and parses the projection.
 */

/** The properties to read of a node, by name; null: the full map (`n {.*}`). */
export type Projection<P extends string = string> = readonly P[] | null;

/** The declared property names of a row schema (its shape's keys): the only names a projection may read. */
export type PropertyOf<R extends z.ZodObject> = keyof R["shape"] & string;

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** One spelling per projection: `id` first when there, the others sorted, each once. */
export function canonical<P extends string>(properties: Projection<P>): Projection<P> {
  if (properties === null) return null;
  const names = [...new Set(properties)];
  return [...names.filter((name) => name === "id"), ...names.filter((name) => name !== "id").sort()];
}

/**
 * A projection's names, every one checked against the row schema's declared properties; a node's
 * `id` always (it is its key).
 */
function declared(row: z.ZodObject, properties: readonly string[]): readonly string[] {
  const names = canonical(Object.hasOwn(row.shape, "id") ? ["id", ...properties] : properties)!;
  for (const name of names) {
    if (!Object.hasOwn(row.shape, name) || !NAME.test(name)) throw new Error(`"${name}" is not a declared property of this row`);
  }
  return names;
}

/**
 * The Cypher map projection of node variable `variable` reading `properties` of `row`. Property
 * names cannot be parameters in a map projection, so they are written into the statement: only
 * names the row schema declares (a fixed allow-list in the code, checked here again at run
 * time), never anything a request sent. Values still travel as parameters.
 */
export function mapProjection(variable: string, row: z.ZodObject, properties: Projection): string {
  if (properties === null) return `${variable} {.*}`;
  const names = declared(row, properties);
  return names.length === 0 ? "{}" : `${variable} {${names.map((name) => `.${name}`).join(", ")}}`;
}

/**
 * The row schema of a projection: the full one with only the projected properties (`.pick`).
 * Its rows are the full schema's rows with fewer of the (optional) declared properties.
 */
export function projectedRow<T>(row: z.ZodObject & z.ZodType<T>, properties: Projection): z.ZodType<T> {
  // Every declared property but `id` is optional (node-rows.ts), and `id` is always picked: a
  // picked row is a full row without some optional properties.
  if (properties === null) return row;
  const mask: Record<string, true> = Object.fromEntries(declared(row, properties).map((name) => [name, true]));
  return row.pick(mask as never) as unknown as z.ZodType<T>;
}
