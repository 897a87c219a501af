import type { ClassType } from "type-graphql";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { Document } from "../document/document.type.js";
import type { EntityLabel } from "../entity-kinds.js";
import { Deadline, Event } from "../event/event.type.js";
import { Liaison } from "../liaison/liaison.type.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Statistic } from "../statistic/statistic.type.js";
import { Topic } from "../topic/topic.type.js";
import type { Node } from "./relay.js";

/**
 * The GraphQL object type of each entity kind of the registry (src/entity-kinds.ts). `satisfies`
 * makes a kind added there without its type here a compile error.
 */
export const entityTypes = {
  Document, Organization, Person, Topic, Deliverable, Event, Deadline, Liaison, Statistic,
} satisfies Record<EntityLabel, ClassType<Node>>;

export const entityTypeOf = (label: string): ClassType<Node> | undefined =>
  Object.hasOwn(entityTypes, label) ? entityTypes[label as EntityLabel] : undefined;
