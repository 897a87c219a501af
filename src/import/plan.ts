import { createHash } from "node:crypto";
import { z } from "zod";
import type { Database } from "../db/database.js";
import { heavyTask, runHeavyTask } from "../offthread/heavy-work.js";
import { OffThreadLimitError } from "../offthread/pool.js";
import { ImportRejectedError } from "./errors.js";
import { readGraphSnapshot } from "./graph-index.repository.js";
import { refusalForLimit, type HeavyWorkWords } from "./limit-refusal.js";
import { defaultImportLimits, type ImportLimits } from "./limits.js";
import type { DocumentToPlan, ImportFile } from "./plan-document.js";
import type { PlanOutcome } from "./plan.task.js";
import type { ImportPlan } from "./proposal.js";

export type { ImportFile } from "./plan-document.js";

const FIND_BY_HASH = `MATCH (d:Document {contentHash: $hash}) RETURN d.id AS id LIMIT 1`;

const planTask = heavyTask<DocumentToPlan, PlanOutcome>(new URL("./plan.task.ts", import.meta.url), "planOffThread");

const READING: HeavyWorkWords = { doing: "Reading the file", then: "The file is refused." };

/**
 * Reads a document and proposes the changes it implies to the graph, without writing anything.
 * The graph is read here (its names, keys and the stored content hashes); the file is read and
 * recognized off the request thread, in a worker under IMPORT_TIMEOUT_MS and IMPORT_MEMORY_MB,
 * so that no file, however hostile, holds up the server (src/import/plan-document.ts does the
 * reading). Bad files, and files that break a limit, raise ImportRejectedError.
 */
export async function planImport(db: Database, file: ImportFile, options: { limits?: Partial<ImportLimits> } = {}): Promise<ImportPlan> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  if (file.bytes.length > limits.maxBytes) {
    throw new ImportRejectedError("TOO_LARGE", `The file is ${file.bytes.length} bytes; at most ${limits.maxBytes} are accepted (IMPORT_MAX_BYTES).`);
  }
  const contentHash = createHash("sha256").update(file.bytes).digest("hex");
  const [hashRows, graph] = await Promise.all([db.read(FIND_BY_HASH, { hash: contentHash }, { app: "mvgraph-import" }), readGraphSnapshot(db)]);
  const previous = z.array(z.object({ id: z.string() })).parse(hashRows)[0];

  let outcome: PlanOutcome;
  try {
    outcome = await runHeavyTask(planTask, { file, contentHash, graph, limits, ...(previous ? { previous: previous.id } : {}) }, limits);
  } catch (error) {
    if (error instanceof OffThreadLimitError) throw refusalForLimit(error, limits, READING);
    throw error;
  }
  if ("rejected" in outcome) throw new ImportRejectedError(outcome.rejected.reason, outcome.rejected.message);
  return outcome.plan;
}
