import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "../config.js";
import { connectCli } from "../db/cli-engine.js";
import { createCliLogger } from "../logger.js";
import { ImportRejectedError } from "./errors.js";
import { GraphQLError } from "graphql";
import { Authenticator } from "../auth/authenticator.js";
import { requireRole, type Viewer } from "../auth/viewer.js";
import { createContext } from "../context.js";
import { planImport } from "./plan.js";
import { importFile } from "./review.service.js";
import { formatPlan } from "./print.js";

/**
 * `npm run import -- FILE --dry-run [--json]`: reads the file, proposes what it would change in
 * the graph and prints it; writes nothing. Without --dry-run (an editor's credential:
 * `--token` or MVGRAPH_CREDENTIAL) it stores the import for review and prints its id.
 * Connects like `npm run seed` (the local engine when NEO4J_URI is unset).
 */
const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const json = args.includes("--json");

/**
 * Ends the run with one line on stderr (`import refused: …` or `import failed: …`) and, with
 * --json, `{"error": {…}}` on stdout: a program reading stdout gets JSON also from a failed run.
 */
function fail(outcome: "refused" | "failed", message: string, exitCode: number): never {
  console.error(`import ${outcome}: ${message}`);
  if (json) console.log(JSON.stringify({ error: { outcome, message } }, null, 2));
  process.exit(exitCode);
}

// --token (as `npm run export` takes it) or --credential: an API key or JWT; else MVGRAPH_CREDENTIAL.
const credentialValue = args.findIndex((a) => a === "--token" || a === "--credential");
const credential = credentialValue >= 0 ? args[credentialValue + 1] : process.env.MVGRAPH_CREDENTIAL;
const file = args.find((a, i) => !a.startsWith("--") && (credentialValue < 0 || i !== credentialValue + 1));
if (!file) fail("refused", "no file given; usage: npm run import -- FILE [--dry-run] [--json] [--token KEY]", 2);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  fail("failed", (error as Error).message, 78);
}
const log = createCliLogger(config.logLevel === "info" ? "warn" : config.logLevel);
// Storing for review needs an editor: checked before anything is read or started.
let viewer: Viewer | undefined;
if (!dryRun) {
  try {
    viewer = await new Authenticator(config.auth).viewerForHeader(credential ? `Bearer ${credential}` : undefined);
    requireRole(viewer, "EDITOR", "importing a document");
  } catch (error) {
    fail("refused", (error as Error).message, 2);
  }
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail("refused", `cannot read ${file}: ${(error as Error).message}`, 2);
}

// The local engine held by a running server (or a taken port) ends the run with one line.
const { db, close } = await connectCli(config, log, "import", 120_000, (message) => fail("failed", message, 1));
let exitCode = 0;
try {
  if (dryRun) {
    const plan = await planImport(db, { bytes, fileName: path.basename(file) }, { limits: config.importLimits });
    console.log(json ? JSON.stringify(plan, null, 2) : formatPlan(plan));
  } else {
    await storeForReview(viewer!, bytes, path.basename(file));
  }
} catch (error) {
  const refused = error instanceof ImportRejectedError || (error instanceof GraphQLError && ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT"].includes(String(error.extensions.code)));
  exitCode = refused ? 2 : 1;
  console.error(refused ? `import refused: ${(error as Error).message}` : `import failed: ${(error as Error).message}`);
  if (json) console.log(JSON.stringify({ error: { outcome: refused ? "refused" : "failed", message: (error as Error).message } }, null, 2));
  if (process.env.IMPORT_DEBUG) console.error((error as Error).stack);
} finally {
  await close();
}
process.exit(exitCode);

/** The review door: stores the file's proposals as a pending import; prints its id. */
async function storeForReview(viewer: Viewer, content: Buffer, fileName: string): Promise<void> {
  const ctx = createContext(db, { viewer, importLimits: config.importLimits });
  try {
    const stored = await importFile(ctx, { bytes: content, fileName });
    const counts = stored.import.counts;
    if (json) console.log(JSON.stringify({ import: { id: stored.import.id, alreadyImported: stored.alreadyImported, documentKey: stored.import.documentKey, proposals: { total: stored.import.proposalCount, ...counts } } }, null, 2));
    else {
      console.log(stored.import.id);
      console.error(`${stored.alreadyImported ? "imported before: " : "stored for review: "}${stored.import.proposalCount} proposals (document ${stored.import.documentKey}); review at /review?import=${stored.import.id}`);
    }
  } finally {
    await ctx.db.end();
  }
}
