import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AboutResolver } from "../about/about.resolver.js";
import { CoordinationResolver, TopicActivityResolver } from "../coordination/coordination.resolver.js";
import { DeliverableResolver } from "../deliverable/deliverable.resolver.js";
import { DocumentResolver, SourceRefResolver } from "../document/document.resolver.js";
import { DeadlineResolver, EventResolver } from "../event/event.resolver.js";
import { LiaisonResolver } from "../liaison/liaison.resolver.js";
import { NodeResolver } from "../node/node.resolver.js";
import { OrganizationResolver } from "../organization/organization.resolver.js";
import { AffiliationResolver, PersonResolver, RoleResolver } from "../person/person.resolver.js";
import { SearchResolver } from "../search/search.resolver.js";
import { StatisticResolver } from "../statistic/statistic.resolver.js";
import { TopicResolver, TopicWorkResolver } from "../topic/topic.resolver.js";

export const resolvers = [
  AboutResolver,
  NodeResolver,
  SearchResolver,
  OrganizationResolver,
  PersonResolver,
  RoleResolver,
  AffiliationResolver,
  TopicResolver,
  TopicWorkResolver,
  DeliverableResolver,
  EventResolver,
  DeadlineResolver,
  LiaisonResolver,
  DocumentResolver,
  SourceRefResolver,
  StatisticResolver,
  CoordinationResolver,
  TopicActivityResolver,
] as const;

/** The whole GraphQL schema, built from the resolvers' decorators. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    // Every object type is reachable from a query; keep the printed schema in a stable order.
    orphanedTypes: [],
  });
}
