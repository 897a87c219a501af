import type { Database } from "../db/database.js";
import type { ImportLimits } from "./limits.js";
import { planImport } from "./plan.js";
import type { ImportPlan } from "./proposal.js";

/** A file handed to the importer by one of its doors (upload, GraphQL text, command line). */
export interface IncomingFile {
  fileName?: string;
  bytes: Buffer;
  contentType?: string;
}

/**
 * The extraction half (src/import/plan.ts): reads the file, recognizes its facts and resolves
 * them against the graph. Throws ImportRejectedError (a 4xx) for a file it refuses.
 */
export function planFile(db: Database, file: IncomingFile, limits: ImportLimits): Promise<ImportPlan> {
  return planImport(db, { bytes: file.bytes, ...(file.fileName ? { fileName: file.fileName } : {}), ...(file.contentType ? { mediaType: file.contentType } : {}) }, { limits });
}
