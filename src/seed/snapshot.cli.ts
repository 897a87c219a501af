import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../config.js";
import { connectCli } from "../db/cli-engine.js";
import { createCliLogger } from "../logger.js";
import { writeSnapshot } from "./snapshot.js";

/**
 * `npm run snapshot [-- --dir snapshot]`: writes the live graph, edits included, as seed files
 * (default directory `snapshot/`), to review, to commit into seed/, or to restore from.
 */
const config = loadConfig();
const log = createCliLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const dirFlag = process.argv.indexOf("--dir");
const dir = path.resolve(dirFlag > 0 ? process.argv[dirFlag + 1]! : "snapshot");

const { db, close } = await connectCli(config, log, "snapshot");
let exitCode = 0;
try {
  const files = await writeSnapshot(db, dir);
  console.log(`Snapshot written: ${files.length} files in ${path.relative(process.cwd(), dir) || "."}`);
} catch (error) {
  exitCode = 1;
  console.error(`snapshot failed: ${(error as Error).message}`);
} finally {
  await close();
}
process.exit(exitCode);
