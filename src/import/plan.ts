import { createHash } from "node:crypto";
import { z } from "zod";
import type { Database } from "../db/database.js";
import { OffThreadLimitError, OffThreadPool, offThreadTask } from "../offthread/pool.js";
import { ImportRejectedError } from "./errors.js";
import { readGraphSnapshot } from "./graph-index.repository.js";
import { defaultImportLimits, type ImportLimits } from "./limits.js";
import type { DocumentToPlan, ImportFile } from "./plan-document.js";
import type { PlanOutcome } from "./plan.task.js";
import type { ImportPlan } from "./proposal.js";

export type { ImportFile } from "./plan-document.js";

const FIND_BY_HASH = `MATCH (d:Document {contentHash: $hash}) RETURN d.id AS id LIMIT 1`;

const planTask = offThreadTask<DocumentToPlan, PlanOutcome>(new URL("./plan.task.ts", import.meta.url), "planOffThread");

/** One pool of reading workers per set of limits (in practice one: the configuration's). */
const pools = new Map<string, OffThreadPool>();

function readerPool(limits: ImportLimits): OffThreadPool {
  const key = `${limits.timeoutMs}/${limits.memoryMb}/${limits.workers}/${limits.queue}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new OffThreadPool({ limits: { timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb }, size: limits.workers, queue: limits.queue, preload: [planTask] });
    pools.set(key, pool);
  }
  return pool;
}

/** Stops the reading workers (the server's shutdown; idle workers also stop by themselves). */
export async function stopReaders(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}

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
    outcome = await readerPool(limits).run(planTask, { file, contentHash, graph, limits, ...(previous ? { previous: previous.id } : {}) });
  } catch (error) {
    if (error instanceof OffThreadLimitError) throw refusalFor(error, limits);
    throw error;
  }
  if ("rejected" in outcome) throw new ImportRejectedError(outcome.rejected.reason, outcome.rejected.message);
  return outcome.plan;
}

/** A broken limit, said to the person who uploaded the file: which limit, its value, its variable. */
function refusalFor(error: OffThreadLimitError, limits: ImportLimits): ImportRejectedError {
  switch (error.limit) {
    case "time":
      return new ImportRejectedError(
        "TIMEOUT",
        `Reading the file took longer than the import time limit of ${limits.timeoutMs} ms (IMPORT_TIMEOUT_MS); it was stopped and is refused.`,
      );
    case "memory":
      return new ImportRejectedError(
        "TOO_COMPLEX",
        `Reading the file needed more than the import memory limit of ${limits.memoryMb} MB (IMPORT_MEMORY_MB); it is refused.`,
      );
    case "stack":
      return new ImportRejectedError("TOO_COMPLEX", "The file is nested too deeply to be read; it is refused.");
    case "queue":
      return new ImportRejectedError(
        "BUSY",
        `The importer is busy: ${limits.workers} file(s) are being read and ${limits.queue} are waiting (IMPORT_WORKERS, IMPORT_QUEUE); try again shortly.`,
      );
  }
}
