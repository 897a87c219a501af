import type { Database } from "../db/database.js";
import { BadUserInputError } from "../errors.js";
import type { ImportPlan } from "./proposal.js";

/** A file handed to the importer by one of its doors (upload, GraphQL text, command line). */
export interface IncomingFile {
  fileName?: string;
  bytes: Buffer;
  contentType?: string;
}

/**
 * The extraction half (src/import/plan.ts, `planImport`): reads the file, recognizes its facts and
 * resolves them against the graph. Wired here so the review doors share one call.
 */
export async function planFile(_db: Database, _file: IncomingFile): Promise<ImportPlan> {
  throw new BadUserInputError("the document importer (extraction) is not available in this build", "file");
}
