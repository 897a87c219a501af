import DataLoader from "dataloader";
import { Batcher } from "./db/batch.js";
import type { Queries } from "./db/database.js";
import { toNeo4jDate } from "./db/dates.js";
import { liaisonStatusStatement } from "./coordination/activity.repository.js";
import { deliverableStatements } from "./deliverable/deliverable.repository.js";
import { documentStatements } from "./document/document.repository.js";
import { deadlineStatements, eventStatements } from "./event/event.repository.js";
import { importStatements } from "./import/import.repository.js";
import { liaisonStatements } from "./liaison/liaison.repository.js";
import {
  byRefGroup, byRefParams, byRefStatement, deliverablePageParams, deliverablePageStatement, organizationStatements, unitedLookAhead,
  type DeliverablePageArgs, type OrganizationLookAhead,
} from "./organization/organization.repository.js";
import { personStatements } from "./person/person.repository.js";
import { refCandidates, type RefKind, type RefMatch } from "./refs/ref.repository.js";
import { statisticStatements } from "./statistic/statistic.repository.js";
import {
  topicDeepStatements, topicDeliverablePageParams, topicDeliverablePageStatement, topicStatements, type TopicDeliverablePageArgs,
} from "./topic/topic.repository.js";

/**
 * The request's loaders (the dataloader README's `createLoaders()`): one DataLoader per
 * relationship, typed by its statement's row schema, e.g. `loaders.organization.parent.load(key)`.
 * Every relationship field loads through one of these, so a nested query costs one Cypher round
 * trip per level, not one per parent and field.
 *
 * New loaders per request: their cache is the request's, so one analyst's query never sees
 * another's stale data. A statement that already fetched a node (a person with their roles)
 * primes its loader with DataLoader's own `prime`.
 */
export function createLoaders(db: Queries, options: { batching: boolean }) {
  const batcher = new Batcher(db, options.batching);
  const refs = new DataLoader<{ kind: RefKind; ref: string }, RefMatch[], string>((keys) => Promise.all(keys.map((key) => refCandidates(db, key.kind, key.ref))), {
    batch: false,
    cacheKeyFn: (key) => `${key.kind}\u0000${key.ref}`,
  });
  return {
    organization: batcher.all(organizationStatements, {
      /** A page of a body's deliverables, keyed by body and the page's arguments: filtered and paged in Cypher. */
      deliverablePage: batcher.keyed(deliverablePageStatement, (key: { id: string } & DeliverablePageArgs) => deliverablePageParams(key)),
      /**
       * A body by ref (any form), resolved and read with the relationships a lookup's look-ahead
       * reads in one statement, keyed by ref and look-ahead: its candidates and the one best body.
       */
      byRef: batcher.keyed(
        (key: { id: string; lookAhead: OrganizationLookAhead }) => byRefStatement(key.lookAhead),
        (key: { id: string; lookAhead: OrganizationLookAhead }, refs) => byRefParams(key.lookAhead, refs),
        // Keyed by look-ahead, projections included (a slim row is never another selection's);
        // lookups of one level that read the same relationships share a statement.
        { group: (key) => byRefGroup(key.lookAhead), unite: (keys) => ({ id: keys[0]!.id, lookAhead: unitedLookAhead(keys.map((key) => key.lookAhead)) }) },
      ),
    }),
    person: batcher.all(personStatements),
    topic: batcher.all(topicStatements, {
      /** Keyed by topic and `deep` (narrower topics too). */
      organizations: batcher.keyed(topicDeepStatements.organizations, (key: { id: string; deep: boolean }) => ({ deep: key.deep })),
      /** A page of a topic's deliverables, keyed by topic, depth and page: filtered and paged in Cypher. */
      deliverablePage: batcher.keyed(topicDeliverablePageStatement, (key: { id: string } & TopicDeliverablePageArgs) => topicDeliverablePageParams(key)),
    }),
    deliverable: batcher.all(deliverableStatements),
    event: batcher.all(eventStatements),
    deadline: batcher.all(deadlineStatements),
    document: batcher.all(documentStatements),
    liaison: batcher.all(liaisonStatements),
    statistic: batcher.all(statisticStatements),
    imports: batcher.all(importStatements),
    coordination: {
      /** A body's (`id`) liaison status with `us` on `asOf`: keyed by all three. */
      status: batcher.keyed(liaisonStatusStatement, (key: { id: string; us: string; asOf: string }) => ({ partner: key.us, asOf: toNeo4jDate(key.asOf) })),
    },
    /** The candidates a ref names, by kind and ref: a ref named twice in a request is resolved once. */
    refs,
    /** Forgets what was loaded: after a mutation, later fields must see the new graph. */
    clear: () => {
      batcher.clear();
      refs.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What services need of a request: its database and its loaders (a GraphQL context is one). */
export interface DataScope {
  db: Queries;
  loaders: Loaders;
}
