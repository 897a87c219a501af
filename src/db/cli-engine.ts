import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { Database } from "./database.js";
import { LocalNeo4j, LocalNeo4jError, neo4jConnection } from "./neo4j-local.js";

/**
 * The database a command-line tool works on: the server named by NEO4J_URI, or else the local
 * engine, started for the command and stopped by `close`. When the local engine cannot start
 * (held by `npm start`, port taken), the tool prints one line saying why and what to do, and
 * exits with 1: no Java stack trace.
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
  if (!config.neo4j.uri) {
    try {
      local = await LocalNeo4j.start({ ...config.localNeo4j, log });
    } catch (error) {
      fail(error instanceof LocalNeo4jError ? error.message.split("\n")[0]! : (error as Error).message);
    }
  }
  const { uri, username, password } = neo4jConnection(config.neo4j, local);
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
