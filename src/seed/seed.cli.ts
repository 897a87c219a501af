import "reflect-metadata";
import { loadConfig } from "../config.js";
import { connectCli } from "../db/cli-engine.js";
import { migrate } from "../db/migrations.js";
import { createCliLogger } from "../logger.js";
import { consoleProgress } from "./progress.js";
import { loadSeed, type EditedRecord } from "./loader.js";
import { SeedValidationError } from "./validate.js";

/**
 * `npm run seed [-- --dir seed] [-- --force] [-- --layers a,b | --no-layers]`: validates and loads
 * the seed files, with the seed layers of SEED_LAYERS (default: landscape) or of --layers over
 * them (--no-layers: the seed alone), into the
 * configured Neo4j (starting the local one when NEO4J_URI is not set), then prints
 * created/updated/unchanged, and the records changed through the API that it left alone (kept)
 * or, with --force, overwrote (recorded in the audit trail).
 */
const config = loadConfig();
const log = createCliLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const dirFlag = process.argv.indexOf("--dir");
const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : undefined;
const force = process.argv.includes("--force");
const layersFlag = process.argv.indexOf("--layers");
const layers = process.argv.includes("--no-layers") ? [] : layersFlag > 0 ? (process.argv[layersFlag + 1] ?? "").split(",").filter(Boolean) : config.seedLayers;

const { db, close } = await connectCli(config, log, "seed");
let exitCode = 0;
const describe = (r: EditedRecord) => `  ${r.kind === "node" ? `(:${r.name})` : `[:${r.name}]`} ${r.key}${r.gone ? " (deleted or merged through the API)" : `: ${r.fields.join(", ")}`}`;
try {
  await migrate(db, log);
  const report = await loadSeed(db, log, dir, { force, layers, progress: consoleProgress() });
  const table = [
    ...Object.entries(report.nodes).map(([label, c]) => ({ kind: `(:${label})`, ...c })),
    ...Object.entries(report.relationships).map(([type, c]) => ({ kind: `[:${type}]`, ...c })),
  ];
  console.table(table);
  const { created, updated, unchanged, kept, forced } = report.totals;
  console.log(
    created + updated + forced === 0
      ? `Nothing to do: the graph already holds the seed (${unchanged} nodes and relationships unchanged${kept ? `, ${kept} kept` : ""}).`
      : `Seed loaded: ${created} created, ${updated} updated, ${unchanged} unchanged${kept ? `, ${kept} kept` : ""}${forced ? `, ${forced} overwritten (--force)` : ""}.`,
  );
  if (report.kept.length > 0) {
    console.log(`Kept ${report.kept.length} record(s) changed through the API since they were seeded (their seed entries differ); \`npm run seed -- --force\` overwrites them, \`npm run snapshot\` brings the edits into files:`);
    for (const record of report.kept) console.log(describe(record));
  }
  if (report.forced.length > 0) {
    console.log(`Overwrote ${report.forced.length} record(s) changed through the API (recorded in the audit trail as "seed --force"):`);
    for (const record of report.forced) console.log(describe(record));
  }
} catch (error) {
  exitCode = 1;
  console.error(error instanceof SeedValidationError ? error.message : `seed failed: ${(error as Error).message}`);
} finally {
  await close();
}
process.exit(exitCode);
