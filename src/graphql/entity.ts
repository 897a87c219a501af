import type { ClassType } from "type-graphql";
import type { Page } from "../db/paging.js";
import type { Row } from "../db/rows.js";
import { toGlobalId } from "./relay.js";
import { SourceRef, toSourceRefs } from "./sources.js";

/**
 * Makes a GraphQL object of class `Type` from a node's properties: the readable id becomes
 * `key`, the global id `id`, and the raw `sources` strings become SourceRef objects.
 */
export function toEntity<T extends object>(Type: ClassType<T>, props: Row): T {
  return Object.assign(Object.create(Type.prototype) as T, props, {
    key: props.id,
    id: toGlobalId(Type.name, String(props.id)),
    sources: toSourceRefs(props.sources),
    // Nodes never edited since the seed have no version property: they are at version 0.
    version: props.version ?? 0,
  });
}

/** Same, for a row that may be missing (a loader's answer for an id without a node). */
export function toEntityOrNull<T extends object>(Type: ClassType<T>, props: Row | null): T | null {
  return props ? toEntity(Type, props) : null;
}

/** Same for relationship (edge) objects, which have no global id. */
export function toEdge<T extends object>(Type: ClassType<T>, props: Row, extra: Row = {}): T {
  return Object.assign(Object.create(Type.prototype) as T, props, extra, { sources: toSourceRefs(props.sources) });
}

export type { SourceRef };

/** A page of node rows (a list statement ending in PAGE_TAIL), as objects of class `Type`. */
export function toPage<T extends object>(Type: ClassType<T>, page: Page<Row>): Page<T> {
  return { total: page.total, start: page.start, items: page.items.map((props) => toEntity(Type, props)) };
}
