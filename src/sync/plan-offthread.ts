import type { ImportLimits } from "../import/limits.js";
import { refusalForLimit, type HeavyWorkWords } from "../import/limit-refusal.js";
import { heavyTask, runHeavyTask } from "../offthread/heavy-work.js";
import { OffThreadLimitError } from "../offthread/pool.js";
import type { SyncToPlan } from "./plan.task.js";
import type { SyncPlan } from "./sync-plan.js";

const planTask = heavyTask<SyncToPlan, SyncPlan>(new URL("./plan.task.ts", import.meta.url), "planSyncTask");

const PLANNING: HeavyWorkWords = { doing: "Planning the sync", then: "Sync fewer records at once, or use npm run sync." };

/**
 * Parses and plans a sync off the request thread, in the heavy-work pool the importer uses too
 * (src/offthread/heavy-work.ts: IMPORT_TIMEOUT_MS, IMPORT_MEMORY_MB, and IMPORT_WORKERS,
 * IMPORT_QUEUE shared by both): a catalogue too large or too slow to plan is refused with the
 * limit named, and the server goes on answering.
 */
export async function planSyncOffThread(input: SyncToPlan, limits: ImportLimits): Promise<SyncPlan> {
  try {
    return await runHeavyTask(planTask, input, limits);
  } catch (error) {
    if (error instanceof OffThreadLimitError) throw refusalForLimit(error, limits, PLANNING);
    throw error;
  }
}
