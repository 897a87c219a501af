import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { LocalNeo4j, neo4jConnection, projectRoot } from "../src/db/neo4j-local.js";
import { createLogger } from "../src/logger.js";
import { loadSeed } from "../src/seed/loader.js";
import { testPorts } from "./ports.js";
import { serveWritableEngines } from "./writable-engines.js";

/**
 * The test run's own Neo4j: the external server named by NEO4J_URI if set, otherwise a local
 * engine on its own port and data directory (never the data of a running `npm start`),
 * started fresh for the run and stopped at its end.
 */
export const TEST_DATA_DIR = process.env.TEST_NEO4J_DATA_DIR ?? `.neo4j/test-${testPorts.sharedNeo4j}`;

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    /** Where a test file leases its worker's writable engine (see writable-engines.ts). */
    writableEnginesUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_BOLT_PORT: String(testPorts.sharedNeo4j) });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? "warn");
  let local: LocalNeo4j | undefined;
  if (!config.neo4j.uri) {
    rmSync(path.join(projectRoot, TEST_DATA_DIR), { recursive: true, force: true });
    local = await LocalNeo4j.start({ ...config.localNeo4j, dataDir: TEST_DATA_DIR, log });
  }
  const { uri, username, password } = neo4jConnection(config.neo4j, local);
  const db = Database.connect(uri, username, password, {
    database: config.neo4j.database,
    txTimeoutMs: 180_000, // the seed loads in one transaction, on a machine that may be busy
    log,
  });
  try {
    await migrate(db, log);
    // Every test reads the seed graph; tests that write use their own unique ids.
    await loadSeed(db, log);
  } catch (error) {
    await local?.stop(); // never leave the JVM behind when the run cannot start
    throw error;
  } finally {
    await db.close();
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jUsername", username);
  project.provide("neo4jPassword", password);
  const writableEngines = await serveWritableEngines(log);
  project.provide("writableEnginesUrl", writableEngines.url);
  return async () => {
    await Promise.all([writableEngines.close(), local?.stop()]);
  };
}
