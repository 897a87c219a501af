import type { ClassType } from "type-graphql";
import type { Context } from "../context.js";
import type { Row } from "../db/rows.js";
import type { EntityLabel } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import { toEntityOrNull } from "../graphql/entity.js";
import { entityTypes } from "../graphql/entity-types.js";
import { fromGlobalId, type Node } from "../graphql/relay.js";

/**
 * The by-id loader of every entity kind of the registry (a kind added there without its loader
 * here is a compile error); the GraphQL type comes from graphql/entity-types.ts.
 */
const byIdLoader = {
  Document: (ctx) => ctx.loaders.document.byId,
  Organization: (ctx) => ctx.loaders.organization.byId,
  Person: (ctx) => ctx.loaders.person.byId,
  Topic: (ctx) => ctx.loaders.topic.byId,
  Deliverable: (ctx) => ctx.loaders.deliverable.byId,
  Event: (ctx) => ctx.loaders.event.byId,
  Deadline: (ctx) => ctx.loaders.deadline.byId,
  Liaison: (ctx) => ctx.loaders.liaison.byId,
  Statistic: (ctx) => ctx.loaders.statistic.byId,
} satisfies Record<EntityLabel, (ctx: Context) => { load(key: string): Promise<Row | null> }>;

/** Loads any node from its type name and readable key (the parts of a global id), through the request's by-id loaders. */
async function loadByType(ctx: Context, type: EntityLabel, key: string): Promise<Node | null> {
  return toEntityOrNull(entityTypes[type] as ClassType<Node>, await byIdLoader[type](ctx).load(key));
}

/** Loads a node from its label and readable key (a path's node, a hop's end), through the request's by-id loaders. */
export function loadEntity(ctx: Context, label: string, key: string): Promise<Node | null> {
  if (!Object.hasOwn(entityTypes, label)) throw new Error(`no GraphQL type for label ${label}`);
  return loadByType(ctx, label as EntityLabel, key);
}

export function loadNode(ctx: Context, id: string, argument = "id"): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed || !Object.hasOwn(entityTypes, parsed.type)) throw new BadUserInputError(`${argument} "${id}" is not a global id of this API`, argument);
  return loadByType(ctx, parsed.type as EntityLabel, parsed.key);
}
