import { ImportRejectedError, type ImportRejection } from "./errors.js";
import { planDocument, type DocumentToPlan } from "./plan-document.js";
import type { ImportPlan } from "./proposal.js";

/** What the worker hands back: the plan, or why the file is refused (a refusal is an answer, not a crash). */
export type PlanOutcome = { plan: ImportPlan } | { rejected: { reason: ImportRejection; message: string } };

/**
 * The importer's off-thread task (src/offthread/pool.ts runs it in a worker): reads and
 * recognizes one file under the worker's time and memory limits.
 */
export async function planOffThread(input: DocumentToPlan): Promise<PlanOutcome> {
  try {
    return { plan: await planDocument(input) };
  } catch (error) {
    if (error instanceof ImportRejectedError) return { rejected: { reason: error.reason, message: error.message } };
    throw error;
  }
}
