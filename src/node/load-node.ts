import type { ClassType } from "type-graphql";
import type { Context } from "../context.js";
import type { Row } from "../db/rows.js";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { Document } from "../document/document.type.js";
import { BadUserInputError } from "../errors.js";
import { Deadline, Event } from "../event/event.type.js";
import { toEntityOrNull } from "../graphql/entity.js";
import { fromGlobalId, type Node } from "../graphql/relay.js";
import { Liaison } from "../liaison/liaison.type.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Statistic } from "../statistic/statistic.type.js";
import { Topic } from "../topic/topic.type.js";

/** Loads any node from its type name and readable key (the parts of a global id), through the request's by-id loaders. */
const byType: Record<string, (ctx: Context, key: string) => Promise<Node | null>> = {};
const register = <T extends Node>(Type: ClassType<T>, loader: (ctx: Context) => { load(key: string): Promise<Row | null> }) => {
  byType[Type.name] = async (ctx, key) => toEntityOrNull(Type, await loader(ctx).load(key));
};
register(Organization, (ctx) => ctx.loaders.organization.byId);
register(Person, (ctx) => ctx.loaders.person.byId);
register(Topic, (ctx) => ctx.loaders.topic.byId);
register(Deliverable, (ctx) => ctx.loaders.deliverable.byId);
register(Event, (ctx) => ctx.loaders.event.byId);
register(Deadline, (ctx) => ctx.loaders.deadline.byId);
register(Liaison, (ctx) => ctx.loaders.liaison.byId);
register(Document, (ctx) => ctx.loaders.document.byId);
register(Statistic, (ctx) => ctx.loaders.statistic.byId);

export function loadNode(ctx: Context, id: string, argument = "id"): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  const load = parsed && byType[parsed.type];
  if (!parsed || !load) throw new BadUserInputError(`${argument} "${id}" is not a global id of this API`, argument);
  return load(ctx, parsed.key);
}
