import { z } from "zod";
import { batchStatement, type BatchStatement } from "./batch.js";
import { nestedPageRow } from "./node-rows.js";
import { nestedPage } from "./paging.js";

/**
 * A relationship of an entity `n`, written once as a Cypher expression over `n` (a pattern
 * comprehension or a `COLLECT {}` subquery with its own order), with its value's row schema and
 * what an entity without one gets. The request's loaders read it for many entities at once
 * (`relatedStatements`); a listing or lookup that looks ahead reads the ones its selection asks
 * for in its own statement (`lookAheadProjection`), and primes the loaders with them.
 */
export interface Related<V> {
  expression: string;
  value: z.ZodType<V>;
  empty: V;
}

export const related = <V>(expression: string, value: z.ZodType<V>, empty: V): Related<V> => ({ expression, value, empty });

/**
 * A nested connection of `n` as a relationship: `list` (an ordered COLLECT of nodes) cut to one
 * page in Cypher by the window in `$<param>` (db/paging.ts), its items `x` projected by
 * `projection` (db/projection.ts) and parsed with `item`.
 */
export const pagedRelated = <T extends z.ZodType>(list: string, param: string, item: T, projection = "x {.*}") =>
  related(nestedPage(list, param, projection), nestedPageRow(item), { total: 0, items: [] });

/** A relationship's value. */
export type ValueOf<R> = R extends Related<infer V> ? V : never;

type RelatedRecord = Record<string, Related<unknown>>;

/**
 * The batch statements of `relations` for entities of `label` (a label from the entity
 * registry, never input): one row per id, the relationship's value beside it.
 */
export function relatedStatements<R extends RelatedRecord>(label: string, relations: R): { [K in keyof R]: BatchStatement<ValueOf<R[K]>> } {
  const statements: Record<string, BatchStatement<unknown>> = {};
  for (const [name, relation] of Object.entries(relations)) statements[name] = relatedStatement(label, relation);
  return statements as { [K in keyof R]: BatchStatement<ValueOf<R[K]>> };
}

export function relatedStatement<V>(label: string, relation: Related<V>): BatchStatement<V> {
  return batchStatement(
    /* cypher */ `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, ${relation.expression} AS value`,
    relation.value,
    relation.empty,
  );
}

/** The relationships a look-ahead read, by name: those the selection asked for. */
export type LookedAhead<R extends RelatedRecord> = { [K in keyof R]?: ValueOf<R[K]> };

/**
 * An entity `n` (projected by `nodeProjection`, db/projection.ts) with the relationships `names`
 * of `relations` (the selection's, from our own list), as one Cypher map `{node, related}`; its
 * row schema (the node parsed strictly); and
 * `relatedOf`, which keeps each relationship whose value has its loader's shape. One of another
 * shape is left out: the field then loads it itself and reports the error at its own path,
 * instead of failing the whole entity.
 */
export function lookAheadProjection<R extends RelatedRecord, N extends z.ZodType>(relations: R, names: ReadonlyArray<keyof R & string>, node: N, nodeProjection = "n {.*}") {
  const chosen = [...new Set(names)];
  const expression = /* cypher */ `{node: ${nodeProjection}, related: {${chosen.map((name) => `${name}: ${relations[name]!.expression}`).join(",\n    ")}}}`;
  const row = z.object({ node, related: z.record(z.string(), z.unknown()) });
  return { expression, row, relatedOf: (raw: Record<string, unknown>) => keptRelated(relations, chosen, raw) };
}

/** The relationships `names` of a look-ahead's raw `related` map that have their loader's shape. */
export function keptRelated<R extends RelatedRecord>(relations: R, names: ReadonlyArray<keyof R & string>, raw: Record<string, unknown>): LookedAhead<R> {
  const kept: Record<string, unknown> = {};
  for (const name of names) {
    const parsed = relations[name]!.value.safeParse(raw[name]);
    if (parsed.success) kept[name] = parsed.data;
  }
  return kept as LookedAhead<R>;
}
