import type { ImportLimits } from "../config.js";
import type { OffThreadLimitError } from "../offthread/pool.js";
import { ImportRejectedError } from "./errors.js";

/** What was being done when a limit broke, in the words the person who asked will read. */
export interface HeavyWorkWords {
  /** "Reading the file", "Planning the sync". */
  doing: string;
  /** What the refusal adds for time and memory ("it is refused.", "Sync fewer records at once, or use npm run sync."). */
  then: string;
}

/**
 * A broken limit of the heavy-work pool (src/offthread/heavy-work.ts), said once for every kind of
 * heavy work: which limit, its value and the variable that sets it.
 */
export function refusalForLimit(error: OffThreadLimitError, limits: ImportLimits, words: HeavyWorkWords): ImportRejectedError {
  switch (error.limit) {
    case "time":
      return new ImportRejectedError("TIMEOUT", `${words.doing} took longer than the time limit of ${limits.timeoutMs} ms (IMPORT_TIMEOUT_MS); it was stopped. ${words.then}`);
    case "memory":
      return new ImportRejectedError("TOO_COMPLEX", `${words.doing} needed more than the memory limit of ${limits.memoryMb} MB (IMPORT_MEMORY_MB); it was stopped. ${words.then}`);
    case "stack":
      return new ImportRejectedError("TOO_COMPLEX", `${words.doing} stopped: the input is nested too deeply to be read. ${words.then}`);
    case "queue":
      return new ImportRejectedError(
        "BUSY",
        `The importer is busy: ${limits.workers} job(s) running and ${limits.queue} waiting (imports and catalogue syncs share IMPORT_WORKERS and IMPORT_QUEUE); try again shortly.`,
      );
  }
}
