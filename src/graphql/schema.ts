import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AboutResolver } from "../about/about.resolver.js";
import { CurationResolver } from "../curation/curation.resolver.js";
import { ActivityAnswerResolver, CoordinationResolver, HopResolver, LiaisonLinkResolver, TopicActivityResolver } from "../coordination/coordination.resolver.js";
import { AuditResolver, ChangeResolver, FieldChangeResolver } from "../audit/audit.resolver.js";
import { authChecker } from "../auth/auth-checker.js";
import { DeliverableMutations } from "../deliverable/deliverable.mutations.js";
import { DocumentMutations } from "../document/document.mutations.js";
import { LinkMutations } from "../editing/link.mutations.js";
import { ImportResolver } from "../import/import.resolver.js";
import { DeadlineMutations } from "../event/deadline.mutations.js";
import { EventMutations } from "../event/event.mutations.js";
import { LiaisonMutations } from "../liaison/liaison.mutations.js";
import { OrganizationMutations } from "../organization/organization.mutations.js";
import { PersonMutations } from "../person/person.mutations.js";
import { RoleMutations } from "../person/role.mutations.js";
import { TopicMutations } from "../topic/topic.mutations.js";
import { DeliverableResolver } from "../deliverable/deliverable.resolver.js";
import { DocumentResolver, SourceRefResolver } from "../document/document.resolver.js";
import { DeadlineResolver, EventResolver } from "../event/event.resolver.js";
import { LiaisonResolver } from "../liaison/liaison.resolver.js";
import { NodeResolver } from "../node/node.resolver.js";
import { OrganizationDeliverablesResolver, OrganizationResolver } from "../organization/organization.resolver.js";
import { AffiliationResolver, PersonResolver, PersonRolesResolver, RoleResolver } from "../person/person.resolver.js";
import { SearchResolver } from "../search/search.resolver.js";
import { StatisticResolver } from "../statistic/statistic.resolver.js";
import { SyncResolver } from "../sync/sync.resolver.js";
import { TopicResolver, TopicWorkResolver } from "../topic/topic.resolver.js";

export const resolvers = [
  AboutResolver,
  NodeResolver,
  SearchResolver,
  OrganizationResolver,
  OrganizationDeliverablesResolver,
  PersonResolver,
  RoleResolver,
  PersonRolesResolver,
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
  HopResolver,
  LiaisonLinkResolver,
  ActivityAnswerResolver,
  CurationResolver,
  // Keeping the graph current (issue 7): mutations, the audit trail, access control.
  AuditResolver,
  ChangeResolver,
  FieldChangeResolver,
  OrganizationMutations,
  PersonMutations,
  RoleMutations,
  TopicMutations,
  DeliverableMutations,
  EventMutations,
  DeadlineMutations,
  DocumentMutations,
  LiaisonMutations,
  LinkMutations,
  // Documents in, reviewed changes out (issue 14).
  ImportResolver,
  // The bodies' own catalogues in (issue 29).
  SyncResolver,
] as const;

/** The whole GraphQL schema, built from the resolvers' decorators. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    // @Authorized fields and mutations: FORBIDDEN / UNAUTHENTICATED errors naming them (src/auth/).
    authChecker,
    // Every object type is reachable from a query; keep the printed schema in a stable order.
    orphanedTypes: [],
  });
}
