import "reflect-metadata";
import { loadConfig } from "../config.js";
import { createContext } from "../context.js";
import { connectCli } from "../db/cli-engine.js";
import { migrate } from "../db/migrations.js";
import { createLogger } from "../logger.js";
import { syncViewer } from "./apply.js";
import { connectors, type Connector } from "./plan.js";
import { formatSyncPlan } from "./print.js";

import { loadScope } from "./scope/scope.js";
import { defaultSourceLimits } from "./sources.js";
import { runSync, type SyncMode } from "./sync.service.js";

/**
 * `npm run sync -- relaton PATH_OR_URL... [--scope FILE] [--dry-run] [--json] [--apply]`
 * `npm run sync -- iso-committees PATH_OR_URL [--dry-run] [--json] [--apply]`
 *
 * Reads the catalogue records, plans what they change in the graph and: prints the plan
 * (--dry-run); stores it for review on the review page (default); or applies it through the
 * editing engine in batches of records (each record whole or not at all), audited as `sync:<connector>` (--apply). Connects
 * like `npm run seed` (the local engine when NEO4J_URI is unset).
 */
const args = process.argv.slice(2);
const usage = "usage: npm run sync -- relaton|iso-committees PATH_OR_URL... [--scope FILE] [--dry-run] [--json] [--apply]";
const connector = args[0] as Connector;
if (!connectors.includes(connector)) {
  console.error(usage);
  process.exit(2);
}
const flag = (name: string) => args.includes(name);
const valueOf = (name: string) => (args.indexOf(name) > 0 ? args[args.indexOf(name) + 1] : undefined);
const scopeFile = valueOf("--scope");
const inputs = args.slice(1).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--scope");
if (inputs.length === 0 || (flag("--dry-run") && flag("--apply"))) {
  console.error(usage);
  process.exit(2);
}
const mode: SyncMode = flag("--dry-run") ? "dry-run" : flag("--apply") ? "apply" : "review";

let scope;
try {
  scope = loadScope(scopeFile);
} catch (error) {
  console.error(`sync refused: ${(error as Error).message}`);
  process.exit(2);
}

const config = loadConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
// Bulk applies are not bound by the API's transaction timeout: each record's transaction gets two minutes.
const { db, close } = await connectCli(config, log, "sync", 120_000);
let exitCode = 0;
try {
  await migrate(db, log);
  const ctx = createContext(db, { viewer: syncViewer(connector), importLimits: config.importLimits });
  const outcome = await runSync(db, ctx, { connector, inputs, scope, mode, limits: defaultSourceLimits, retrieved: new Date().toISOString().slice(0, 10) });
  if (flag("--json")) {
    console.log(JSON.stringify({ mode, ...outcome, stored: outcome.stored && { id: outcome.stored.import.id, alreadyImported: outcome.stored.alreadyImported } }, null, 2));
  } else {
    console.log(formatSyncPlan(outcome.plan));
    if (outcome.stored) console.log(`stored for review: import ${outcome.stored.import.id} (${outcome.stored.import.proposalCount} proposals); review at /review?import=${outcome.stored.import.id}`);
    if (outcome.applied) {
      console.log(`applied: ${outcome.applied.applied} proposals, ${outcome.applied.changes} changes recorded as sync:${connector}; ${outcome.applied.failures.length} records failed`);
      for (const f of outcome.applied.failures) console.log(`FAILED  ${f.record}: ${f.reason}`);
    }
    console.log(`${outcome.seconds.toFixed(1)} s`);
  }
  if (outcome.applied?.failures.length) exitCode = 1;
  await ctx.db.end();
} catch (error) {
  exitCode = 1;
  console.error(`sync failed: ${(error as Error).message}`);
  if (process.env.SYNC_DEBUG) console.error((error as Error).stack);
} finally {
  await close();
}
process.exit(exitCode);
