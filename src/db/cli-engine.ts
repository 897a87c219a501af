import { existsSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { Database } from "./database.js";
import { isLocalEngineUri, LocalNeo4j, LocalNeo4jError, localProductPassword, neo4jConnection, PRODUCT_NEO4J_USER, PRODUCT_PASSWORD_FILE_NAME, projectRoot, runningLocalEngine, type Neo4jCredentials } from "./neo4j-local.js";

/**
 * The database a command-line tool works on: the server named by NEO4J_URI, or else the local
 * engine: the one a running `npm start` holds (found through its data directory, with the
 * password from the engine's password file), or one started for the command and stopped by
 * `close`. When the local engine cannot start (port taken), the tool prints one line saying why
 * and what to do, and exits with 1: no Java stack trace.
 */
export async function connectCli(
  config: Config,
  log: Logger,
  name: string,
  txTimeoutMs = config.neo4j.txTimeoutMs,
  /** Says why the engine cannot start, and exits (default: one line on stderr, exit code 1). */
  fail: (message: string) => never = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  },
): Promise<{ db: Database; close: () => Promise<void> }> {
  let local: LocalNeo4j | undefined;
  let credentials: Neo4jCredentials;
  const running = config.neo4j.uri ? undefined : runningLocalEngine(config.localNeo4j.dataDir);
  if (running) {
    console.error(`${name}: using the local Neo4j of process ${running.holder.pid} (${running.holder.command}) at ${running.credentials.uri}`);
    credentials = running.credentials;
  } else if (!config.neo4j.uri) {
    try {
      local = await LocalNeo4j.start({ ...config.localNeo4j, log });
    } catch (error) {
      fail(error instanceof LocalNeo4jError ? error.message.split("\n")[0]! : (error as Error).message);
    }
    credentials = neo4jConnection(config.neo4j, local);
  } else {
    credentials = withLocalPassword(config);
  }
  const { uri, username, password } = credentials;
  const db = Database.connect(uri, username, password, {
    database: config.neo4j.database,
    txTimeoutMs,
    bulkTxTimeoutMs: config.neo4j.bulkTxTimeoutMs,
    log,
  });
  return {
    db,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}

/** NEO4J_URI naming the local engine, with no password given: the product's user, with its password file. */
function withLocalPassword(config: Config): Neo4jCredentials {
  const configured = neo4jConnection(config.neo4j, undefined);
  const { boltPort, dataDir } = config.localNeo4j;
  const passwordFile = path.join(path.resolve(projectRoot, dataDir), PRODUCT_PASSWORD_FILE_NAME);
  if (configured.password || !isLocalEngineUri(configured.uri, boltPort) || !existsSync(passwordFile)) return configured;
  return { ...configured, username: PRODUCT_NEO4J_USER, password: localProductPassword(dataDir) };
}
