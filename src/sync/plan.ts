import { OrganizationResolver } from "../import/recognize/organizations.js";
import { readIsoCommittees } from "./iso-open-data/read-committees.js";
import { planCommittees } from "./plan-committees.js";
import { planDeliverables } from "./plan-deliverables.js";
import type { CommitteeRecord, DeliverableRecord, Refusal } from "./record.js";
import { readRelaton } from "./relaton/read-relaton.js";
import { ScopeFilter, type Scope } from "./scope/scope.js";
import type { SourceText } from "./sources.js";
import type { SyncIndex } from "./sync-index.repository.js";
import { SyncPlanBuilder, type SyncPlan } from "./sync-plan.js";
import { TopicMatcher } from "./topics.js";

/** The connectors: a published format each, read into typed records. */
export const connectors = ["relaton", "iso-committees"] as const;
export type Connector = (typeof connectors)[number];

export interface SyncRecords {
  deliverables: DeliverableRecord[];
  committees: CommitteeRecord[];
  refusals: Refusal[];
}

/** Reads the texts with the connector's reader; every bad record is a refusal, the rest go on. */
export function readRecords(connector: Connector, texts: SourceText[], readRefusals: Refusal[] = []): SyncRecords {
  const out: SyncRecords = { deliverables: [], committees: [], refusals: [...readRefusals] };
  for (const { origin, text } of texts) {
    if (connector === "relaton") {
      const { records, refusals } = readRelaton(text, origin);
      out.deliverables.push(...records);
      out.refusals.push(...refusals);
    } else {
      const { records, refusals } = readIsoCommittees(text, origin);
      out.committees.push(...records);
      out.refusals.push(...refusals);
    }
  }
  return out;
}

/**
 * The plan of a sync: a pure function of the records and the graph index (nothing read, nothing
 * written), so it can run anywhere, e.g. in a worker with its own time and memory limits.
 */
export function planSync(records: SyncRecords, index: SyncIndex, scope: Scope): SyncPlan {
  const plan = new SyncPlanBuilder();
  const orgs = new OrganizationResolver(index.graph.organizations);
  const filter = new ScopeFilter(scope);
  const topics = new TopicMatcher(index.graph.topics, scope.topicStopWords);
  const bodyFacts = planCommittees(plan, records.committees, index, orgs, filter);
  planDeliverables(plan, records.deliverables, index, orgs, filter, topics);
  const result = plan.finish(orgs, bodyFacts);
  // Records the readers refused count against the catalogue of their family where it is known.
  return { ...result, refusals: [...records.refusals, ...result.refusals] };
}
