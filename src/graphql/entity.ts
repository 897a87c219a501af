import type { ClassType } from "type-graphql";
import { toGlobalId, type Page } from "./relay.js";
import { SourceRef, toSourceRefs } from "./sources.js";

type Row = Record<string, unknown>;

/**
 * Makes a GraphQL object of class `Type` from a node's properties: the readable id becomes
 * `key`, the global id `id`, and the raw `sources` strings become SourceRef objects.
 */
export function toEntity<T extends object>(Type: ClassType<T>, props: Row): T {
  return Object.assign(Object.create(Type.prototype) as T, props, {
    key: props.id,
    id: toGlobalId(Type.name, props.id as string),
    sources: toSourceRefs(props.sources),
    // Nodes never edited since the seed have no version property: they are at version 0.
    version: props.version ?? 0,
  });
}

/** Same for relationship (edge) objects, which have no global id. */
export function toEdge<T extends object>(Type: ClassType<T>, props: Row, extra: Row = {}): T {
  return Object.assign(Object.create(Type.prototype) as T, props, extra, { sources: toSourceRefs(props.sources) });
}

export type { SourceRef };

/** The page returned by a list statement ending in PAGE_TAIL, as objects of class `Type`. */
export function toPage<T extends object>(Type: ClassType<T>, row: Row | undefined): Page<T> {
  return { total: row!.total as number, start: row!.start as number, items: (row!.items as Row[]).map((props) => toEntity(Type, props)) };
}
