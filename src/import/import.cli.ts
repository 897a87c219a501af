import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.js";
import { Database } from "../db/database.js";
import { LocalNeo4j, neo4jConnection } from "../db/neo4j-local.js";
import { createLogger } from "../logger.js";
import { ImportRejectedError } from "./errors.js";
import { planImport } from "./plan.js";
import { formatPlan } from "./print.js";

/**
 * `npm run import -- FILE --dry-run [--json]`: reads the file, proposes what it would change in
 * the graph and prints it; writes nothing. Connects like `npm run seed` (the local engine when
 * NEO4J_URI is unset).
 */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const dryRun = args.includes("--dry-run");
const json = args.includes("--json");
if (!file) {
  console.error("usage: npm run import -- FILE --dry-run [--json]");
  process.exit(2);
}
if (!dryRun) {
  console.error("Storing an import for review needs the review half of the importer (not in this build); run with --dry-run to see the proposals.");
  process.exit(2);
}

const config = loadConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const local = config.neo4j.uri ? undefined : await LocalNeo4j.start({ ...config.localNeo4j, log });
const { uri, username, password } = neo4jConnection(config.neo4j, local);
const db = Database.connect(uri, username, password, {
  database: config.neo4j.database,
  txTimeoutMs: 120_000,
  log,
});
let exitCode = 0;
try {
  const plan = await planImport(db, { bytes, fileName: path.basename(file) }, { limits: config.importLimits });
  console.log(json ? JSON.stringify(plan, null, 2) : formatPlan(plan));
} catch (error) {
  exitCode = error instanceof ImportRejectedError ? 2 : 1;
  console.error(error instanceof ImportRejectedError ? `import refused: ${error.message}` : `import failed: ${(error as Error).message}`);
  if (process.env.IMPORT_DEBUG) console.error((error as Error).stack);
} finally {
  await db.close();
  await local?.stop();
}
process.exit(exitCode);
