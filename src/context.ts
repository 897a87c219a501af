import { ANONYMOUS, type Viewer } from "./auth/viewer.js";
import type { Database } from "./db/database.js";
import { RequestDatabase } from "./db/request-database.js";
import { defaultImportLimits, type CoordinationSettings, type ImportLimits } from "./config.js";
import type { IdempotentRequest } from "./editing/idempotency.js";
import { createLoaders } from "./loaders.js";

export const DEFAULT_COORDINATION: CoordinationSettings = { home: "jca-mv", maxHops: 6 };

/**
 * The per-request context: the request's database (all its reads in one transaction, ended when
 * the response is sent), new loaders (src/loaders.ts), "today" fixed per request (ISO date) for
 * asOf defaults, who is asking (src/auth/), how much of an imported document is read, and the
 * request's deadline (`requestDeadline(res)`, set by the HTTP guards).
 * `batching: false` only for the benchmark that shows what batching buys.
 */
export function createContext(
  db: Database,
  options: { batching?: boolean; coordination?: CoordinationSettings; viewer?: Viewer; importLimits?: ImportLimits; deadline?: number; idempotency?: IdempotentRequest | undefined } = {},
) {
  const requestDb = new RequestDatabase(db, { deadline: options.deadline });
  return {
    db: requestDb,
    loaders: createLoaders(requestDb, { batching: options.batching ?? true }),
    today: new Date().toISOString().slice(0, 10),
    coordination: options.coordination ?? DEFAULT_COORDINATION,
    viewer: options.viewer ?? ANONYMOUS,
    importLimits: options.importLimits ?? defaultImportLimits,
    /** The request's Idempotency-Key (src/editing/idempotency.ts), when it sent one. */
    idempotency: options.idempotency,
  };
}

export type Context = ReturnType<typeof createContext>;
