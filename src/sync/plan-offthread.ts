import { ImportRejectedError } from "../import/errors.js";
import type { ImportLimits } from "../import/limits.js";
import { OffThreadLimitError, OffThreadPool, offThreadTask } from "../offthread/pool.js";
import type { SyncToPlan } from "./plan.task.js";
import type { SyncPlan } from "./sync-plan.js";

const planTask = offThreadTask<SyncToPlan, SyncPlan>(new URL("./plan.task.ts", import.meta.url), "planSyncTask");

/** One pool of planning workers per set of limits (in practice one: the configuration's IMPORT_*). */
const pools = new Map<string, OffThreadPool>();

function plannerPool(limits: ImportLimits): OffThreadPool {
  const key = `${limits.timeoutMs}/${limits.memoryMb}/${limits.workers}/${limits.queue}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new OffThreadPool({ limits: { timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb }, size: limits.workers, queue: limits.queue, preload: [planTask] });
    pools.set(key, pool);
  }
  return pool;
}

/**
 * Parses and plans a sync off the request thread, in a worker under the importer's hard limits
 * (IMPORT_TIMEOUT_MS, IMPORT_MEMORY_MB, IMPORT_WORKERS, IMPORT_QUEUE): a catalogue too large or
 * too slow to plan is refused with the limit named, and the server goes on answering.
 */
export async function planSyncOffThread(input: SyncToPlan, limits: ImportLimits): Promise<SyncPlan> {
  try {
    return await plannerPool(limits).run(planTask, input);
  } catch (error) {
    if (!(error instanceof OffThreadLimitError)) throw error;
    switch (error.limit) {
      case "time":
        throw new ImportRejectedError("TIMEOUT", `Planning the sync took longer than the time limit of ${limits.timeoutMs} ms (IMPORT_TIMEOUT_MS); it was stopped. Sync fewer records at once, or use npm run sync.`);
      case "memory":
      case "stack":
        throw new ImportRejectedError("TOO_COMPLEX", `Planning the sync needed more than the memory limit of ${limits.memoryMb} MB (IMPORT_MEMORY_MB); it was stopped. Sync fewer records at once, or use npm run sync.`);
      case "queue":
        throw new ImportRejectedError("BUSY", `The planner is busy: ${limits.workers} job(s) running and ${limits.queue} waiting (IMPORT_WORKERS, IMPORT_QUEUE); try again shortly.`);
    }
  }
}

/** Stops the planning workers (idle workers also stop by themselves). */
export async function stopSyncPlanners(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}
