import { purgeExpiredOutcomes } from "./audit/idempotency.repository.js";
import { Authenticator } from "./auth/authenticator.js";
import type { Config } from "./config.js";
import { Database } from "./db/database.js";
import { migrate } from "./db/migrations.js";
import { stopHeavyWork } from "./offthread/heavy-work.js";
import { DatabaseUnavailableError } from "./errors.js";
import { LocalNeo4j, neo4jConnection } from "./db/neo4j-local.js";
import { isGraphEmpty, loadSeed } from "./seed/loader.js";
import { consoleProgress } from "./seed/progress.js";
import { createSchema } from "./graphql/schema.js";
import type { Logger } from "./logger.js";
import { startHttpServer, type HttpServer, type Readiness } from "./server.js";

export interface RunningApp {
  http: HttpServer;
  db: Database;
  localNeo4j: LocalNeo4j | undefined;
  readiness: Readiness;
  /** Resolves once the database is migrated; rejects on a fatal problem (e.g. an edited migration). */
  prepared: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Boots the product: the local Neo4j when no NEO4J_URI is given, the driver, the HTTP server,
 * then migrations (and the seed of an empty graph) in the background, retried while the
 * database is unreachable, so the process answers /healthz and /readyz even before Neo4j does.
 */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const localNeo4j = config.neo4j.uri
    ? undefined
    : await LocalNeo4j.start({ ...config.localNeo4j, log });
  const { uri, username, password } = neo4jConnection(config.neo4j, localNeo4j);
  const db = Database.connect(uri, username, password, {
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    bulkTxTimeoutMs: config.neo4j.bulkTxTimeoutMs,
    log,
  });

  const readiness: Readiness = { prepared: false };
  let http: HttpServer;
  try {
    const authenticator = new Authenticator(config.auth);
    http = await startHttpServer({
      schema: await createSchema(), db, readiness, host: config.host, port: config.port, log, coordination: config.coordination, batching: config.batching, authenticator, limits: config.limits, metricsPort: config.metricsPort,
      importLimits: config.importLimits, idempotencyTtlHours: config.idempotencyTtlHours,
    });
  } catch (error) {
    await db.close();
    await localNeo4j?.stop();
    throw error;
  }

  let stopping = false;
  const purging = purgeIdempotencyKeys(db, log);
  // The first purge is part of getting ready, so no request's work ever overlaps it.
  const prepared = prepareDatabase(db, log, config.seedOnEmpty, config.seedLayers, () => stopping).then(async () => {
    await purging.purge();
    readiness.prepared = true;
  });
  prepared.catch(() => undefined); // observed by the caller; avoid an unhandled rejection here

  return {
    http,
    db,
    localNeo4j,
    readiness,
    prepared,
    async stop() {
      stopping = true;
      purging.stop();
      await http.close();
      // After the HTTP server drained: no request waits on an import or a sync plan any more.
      await stopHeavyWork();
      await db.close();
      await localNeo4j?.stop();
    },
  };
}

async function prepareDatabase(db: Database, log: Logger, seedOnEmpty: boolean, layers: string[], stopping: () => boolean): Promise<void> {
  for (let attempt = 1; !stopping(); attempt += 1) {
    try {
      const report = await migrate(db, log);
      log.info({ applied: report.applied.length, alreadyApplied: report.alreadyApplied.length }, "database migrated");
      if (seedOnEmpty && (await isGraphEmpty(db))) {
        log.info({ layers }, "the graph is empty: loading the seed graph and its layers (one transaction, up to NEO4J_BULK_TX_TIMEOUT_MS)");
        await loadSeed(db, log, undefined, { layers, progress: log.isLevelEnabled("info") ? consoleProgress() : undefined });
      }
      return;
    } catch (error) {
      // Only an unreachable database is worth waiting for; anything else is a real failure.
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      log.warn({ attempt, err: (error as Error).message }, "database not ready; retrying in 2 s");
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

/**
 * Idempotency keys past their time (IDEMPOTENCY_KEY_TTL_HOURS) are deleted once migrated (the
 * caller awaits that first `purge` before it is ready), then every hour. A purge never fails.
 */
function purgeIdempotencyKeys(db: Database, log: Logger): { purge(): Promise<void>; stop(): void } {
  const purge = () =>
    purgeExpiredOutcomes(db, new Date().toISOString()).then(
      (purged) => {
        if (purged > 0) log.info({ purged }, "expired idempotency keys deleted");
      },
      (error: unknown) => log.warn({ err: error }, "expired idempotency keys could not be deleted; trying again in an hour"),
    );
  const timer = setInterval(() => void purge(), 3_600_000);
  timer.unref();
  return { purge, stop: () => clearInterval(timer) };
}
