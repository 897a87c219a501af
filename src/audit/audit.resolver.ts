import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { requireRole } from "../auth/viewer.js";
import type { Context } from "../context.js";
import { historyTypes } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import { Connection, fromGlobalId, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, Node, type ConnectionShape } from "../graphql/relay.js";
import { loadNode } from "../node/load-node.js";
import { changeFeed, entityHistory, type ChangePage } from "./audit.repository.js";
import { Change, FieldChange, toChange, ViewerInfo } from "./change.type.js";
import { isPersonalField } from "./personal-data.js";

export const ChangeConnection = Connection(Change, "Change");


/** Cursors of the change lists are positions in the feed (sequence numbers), so they stay valid as changes arrive. */
const CURSOR_PREFIX = "change:";
const encodeCursor = (seq: number) => Buffer.from(`${CURSOR_PREFIX}${seq}`, "utf8").toString("base64url");

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const seq = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(seq) || seq < 0 || encodeCursor(seq) !== cursor) {
    throw new BadUserInputError("after is not a valid cursor; use a cursor returned by a change list", "after");
  }
  return seq;
}

function pageSize(first: number | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}`, "first");
  return first;
}

/** `page` holds up to first + 1 items (the repository asks for one more, to know if there is a next page). */
function toChangeConnection(page: ChangePage, after: number, first: number): ConnectionShape<Change> {
  const nodes = page.items.slice(0, first).map(toChange);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.sequence), node }));
  return {
    edges,
    nodes,
    totalCount: page.total,
    pageInfo: {
      hasPreviousPage: after > 0,
      hasNextPage: page.items.length > first,
      startCursor: edges[0]?.cursor ?? null,
      // An empty page keeps the client's position, so polling with endCursor never goes back.
      endCursor: edges.at(-1)?.cursor ?? (after > 0 ? encodeCursor(after) : null),
    },
  };
}

@Resolver()
export class AuditResolver {
  @Query(() => ChangeConnection, { description: "The changes of one entity (any type with a global id, also once deleted or merged away), oldest first." })
  async history(
    @Arg("id", () => ID, { description: "The entity's global id (`id` of the object, or `entityId` of a change)." }) id: string,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
    @Arg("after", () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const position = decodeCursor(after);
    const size = pageSize(first);
    const parsed = fromGlobalId(id);
    if (!parsed || !historyTypes.has(parsed.type)) throw new BadUserInputError(`id "${id}" is not the global id of an entity with a history`, "id");
    return toChangeConnection(await entityHistory(ctx.db, parsed.type, parsed.key, position, size + 1), position, size);
  }

  @Query(() => ChangeConnection, {
    description:
      "The change feed, in commit order: every change since a moment, for tools that keep a copy current. " +
      "Poll with `after: pageInfo.endCursor` to get only what is new; no change is ever skipped.",
  })
  async changes(
    @Arg("since", () => GraphQLDateTime, { nullable: true, description: "Only changes made at or after this moment." }) since: Date | undefined,
    @Arg("entityTypes", () => [String], { nullable: true, description: 'Only these entity types, e.g. ["Deliverable", "Event"].' }) entityTypes: string[] | undefined,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
    @Arg("after", () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const position = decodeCursor(after);
    const sinceText = since instanceof Date ? since.toISOString() : since;
    const size = pageSize(first);
    return toChangeConnection(await changeFeed(ctx.db, { since: sinceText, entityTypes }, position, size + 1), position, size);
  }

  @Query(() => ViewerInfo, { description: "Who this server takes the caller to be (from the Authorization header), and their role." })
  viewer(@Ctx() ctx: Context): ViewerInfo {
    return Object.assign(new ViewerInfo(), { name: ctx.viewer.name, role: ctx.viewer.role });
  }
}

@Resolver(() => Change)
export class ChangeResolver {
  @FieldResolver(() => [FieldChange], { description: "The fields that differ between before and after, in order." })
  fields(@Root() change: Change): FieldChange[] {
    return diff(change.entityType, change.before, change.after);
  }

  @FieldResolver(() => Node, { nullable: true, description: "The entity as it is now; null once deleted or merged away, and for roles." })
  async entity(@Root() change: Change, @Ctx() ctx: Context) {
    if (change.entityType === "Role") return null;
    return loadNode(ctx, change.entityId);
  }
}

@Resolver(() => FieldChange)
export class FieldChangeResolver {
  @FieldResolver(() => GraphQLJSON, { nullable: true })
  before(@Root() field: FieldChange, @Ctx() ctx: Context) {
    if (field.personal) requireRole(ctx.viewer, "ANALYST", `the recorded ${field.entityType}.${field.field}`);
    return field.beforeValue;
  }

  @FieldResolver(() => GraphQLJSON, { nullable: true })
  after(@Root() field: FieldChange, @Ctx() ctx: Context) {
    if (field.personal) requireRole(ctx.viewer, "ANALYST", `the recorded ${field.entityType}.${field.field}`);
    return field.afterValue;
  }
}

/**
 * The fields whose values differ, `after`'s order first, then fields only `before` had. An empty
 * list counts as no value (records written before the editor stopped recording `[]` had
 * `formerNames: null → []` on a first update).
 */
export function diff(entityType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const names = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const value = (record: Record<string, unknown> | null, name: string) => {
    const v = record?.[name];
    return v === undefined || (Array.isArray(v) && v.length === 0) ? null : v;
  };
  return names
    .filter((name) => JSON.stringify(value(before, name)) !== JSON.stringify(value(after, name)))
    .map((name) =>
      Object.assign(new FieldChange(), {
        field: name,
        personal: isPersonalField(entityType, name),
        beforeValue: before?.[name] ?? null,
        afterValue: after?.[name] ?? null,
        entityType,
      }),
    );
}
