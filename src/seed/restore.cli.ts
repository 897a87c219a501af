import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../config.js";
import { connectCli } from "../db/cli-engine.js";
import { migrate } from "../db/migrations.js";
import { createCliLogger } from "../logger.js";
import { consoleProgress } from "./progress.js";
import { restoreSnapshot } from "./loader.js";
import { SeedValidationError } from "./validate.js";

/**
 * `npm run restore [-- --dir snapshot]`: loads a snapshot (or any seed directory) into an EMPTY
 * graph; refuses when the graph holds anything, so a restore never mixes with live data.
 */
const config = loadConfig();
const log = createCliLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const dirFlag = process.argv.indexOf("--dir");
const dir = path.resolve(dirFlag > 0 ? process.argv[dirFlag + 1]! : "snapshot");

const { db, close } = await connectCli(config, log, "restore");
let exitCode = 0;
try {
  await migrate(db, log);
  const report = await restoreSnapshot(db, log, dir, { progress: consoleProgress() });
  console.log(`Restored ${report.totals.created} nodes and relationships from ${path.relative(process.cwd(), dir) || "."}.`);
} catch (error) {
  exitCode = 1;
  console.error(error instanceof SeedValidationError ? error.message : `restore: ${(error as Error).message}`);
} finally {
  await close();
}
process.exit(exitCode);
