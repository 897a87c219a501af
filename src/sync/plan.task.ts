import { planSync, readRecords, type Connector } from "./plan.js";
import type { Refusal } from "./record.js";
import type { Scope } from "./scope/scope.js";
import type { SourceText } from "./sources.js";
import type { SyncIndex } from "./sync-index.repository.js";
import type { SyncPlan } from "./sync-plan.js";

export interface SyncToPlan {
  connector: Connector;
  texts: SourceText[];
  refusals: Refusal[];
  index: SyncIndex;
  scope: Scope;
}

/**
 * The sync's off-thread task (src/offthread/pool.ts runs it in a worker, under hard time and
 * memory limits): parses the catalogue texts into records and plans them against the graph
 * index. Pure: everything it needs is its input.
 */
export function planSyncTask(input: SyncToPlan): SyncPlan {
  return planSync(readRecords(input.connector, input.texts, input.refusals), input.index, input.scope);
}
