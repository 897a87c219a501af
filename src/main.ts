import "./production-mode.js";
import "reflect-metadata";
import { startApp, type RunningApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";

/** `npm start`: the product, with graceful shutdown on Ctrl-C / SIGTERM. */
let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(78); // EX_CONFIG
}
const log = createLogger(config.logLevel);

let app: RunningApp | undefined;
let shuttingDown = false;
async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ reason }, "shutting down");
  try {
    await app?.stop();
  } finally {
    process.exit(exitCode);
  }
}
process.on("SIGINT", () => void shutdown("SIGINT", 0));
process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
process.on("uncaughtException", (error) => {
  log.fatal({ err: error }, "uncaught exception");
  void shutdown("crash", 1);
});
process.on("unhandledRejection", (error) => {
  log.fatal({ err: error }, "unhandled rejection");
  void shutdown("crash", 1);
});

try {
  app = await startApp(config, log);
  if (app.localNeo4j) log.info({ pid: app.localNeo4j.pid }, "local Neo4j process");
  await app.prepared;
  log.info({ graphql: `${app.http.url}/graphql` }, "mvgraph is ready");
} catch (error) {
  log.fatal({ err: (error as Error).message }, "cannot start");
  await shutdown("start failed", 1);
}
