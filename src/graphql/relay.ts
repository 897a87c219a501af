import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, type ClassType } from "type-graphql";
import type { Page, Window } from "../db/paging.js";
import { BadUserInputError } from "../errors.js";

/** The most items one page may hold; asking for more is a BAD_USER_INPUT error. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Global ids are base64url("Type:key"), e.g. Organization:itu-t-sg17. */
export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string): { type: string; key: string } | undefined {
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || toGlobalId(decoded.slice(0, colon), decoded.slice(colon + 1)) !== id) return undefined;
  return { type: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

@InterfaceType({
  description: "An object with a global id, fetchable with `node(id:)`.",
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id (opaque). Use `key` for the readable id." })
  id!: string;

  @Field(() => String, { description: 'Readable stable id, e.g. "itu-t-sg17" or "jtc1-sc27".' })
  key!: string;

  @Field(() => Int, { description: "Version for optimistic concurrency: an update or delete names the version it was based on; every change adds one." })
  version!: number;
}

@ObjectType({ description: "Where a page sits in the whole list." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `The first n items after \`after\` (at most ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Cursor of the item to start after." })
  after?: string;

  @Field(() => Int, { nullable: true, description: `The last n items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  last?: number;

  @Field(() => String, { nullable: true, description: "Cursor of the item to end before." })
  before?: string;
}

export type { Page, Window };

export function toWindow(args: PageArgs): Window {
  const size = (value: number | undefined, name: string) => {
    if (value === undefined || value === null) return null;
    if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(`${name} must be a whole number ≥ 0`, name);
    if (value > MAX_PAGE_SIZE) throw new BadUserInputError(`${name} must be at most ${MAX_PAGE_SIZE} (the maximum page size)`, name);
    return value;
  };
  const first = size(args.first, "first");
  const last = size(args.last, "last");
  if (first !== null && last !== null) throw new BadUserInputError("use either first or last, not both", "last");
  return {
    after: args.after ? decodeCursor(args.after, "after") : -1,
    before: args.before ? decodeCursor(args.before, "before") : null,
    first: first === null && last === null ? DEFAULT_PAGE_SIZE : first,
    last,
  };
}

const CURSOR_PREFIX = "cursor:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string, name: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw new BadUserInputError(`${name} is not a valid cursor; use a cursor returned by this list`, name);
  }
  return offset;
}

/** Start and end offsets (end exclusive) of the page within a list of `total` items. */
export function pageBounds(window: Window, total: number): { start: number; end: number } {
  let start = Math.min(window.after + 1, total);
  let end = window.before === null ? total : Math.min(window.before, total);
  if (end < start) end = start;
  if (window.first !== null) end = Math.min(end, start + window.first);
  if (window.last !== null) start = Math.max(start, end - window.last);
  return { start, end };
}


/** Builds the connection object for a page that starts at offset `start` of `total` items. */
export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.items.map((node, index) => ({ cursor: encodeCursor(page.start + index), node }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.total,
    pageInfo: {
      hasPreviousPage: page.start > 0,
      hasNextPage: page.start + page.items.length < page.total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A nested page cut in Cypher (db/paging.ts `nestedPage`) with its start offset, for its cursors. */
export function nestedPageAt<T>(page: { total: number; items: T[] }, window: Window): Page<T> {
  return { items: page.items, total: page.total, start: pageBounds(window, page.total).start };
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A Relay connection type for `Item`, named `<name>Connection` with `<name>Edge` edges. */
export function Connection<T extends object>(Item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Item)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [Item], { description: "The page's items, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of items in the whole list (all pages)." })
    totalCount!: number;
  }
  return ConnectionClass;
}
