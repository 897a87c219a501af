import "reflect-metadata";
import { loadConfig } from "../config.js";
import { Database } from "../db/database.js";
import { migrate } from "../db/migrations.js";
import { LocalNeo4j, neo4jConnection } from "../db/neo4j-local.js";
import { createLogger } from "../logger.js";
import { loadSeed } from "./loader.js";
import { SeedValidationError } from "./validate.js";

/**
 * `npm run seed [-- --dir seed]`: validates and loads the seed files into the configured Neo4j
 * (starting the local one when NEO4J_URI is not set), then prints created/updated/unchanged.
 */
const config = loadConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const dirFlag = process.argv.indexOf("--dir");
const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : undefined;

const local = config.neo4j.uri ? undefined : await LocalNeo4j.start({ ...config.localNeo4j, log });
const { uri, username, password } = neo4jConnection(config.neo4j, local);
const db = Database.connect(uri, username, password, {
  database: config.neo4j.database,
  txTimeoutMs: 120_000,
  log,
});
let exitCode = 0;
try {
  await migrate(db, log);
  const report = await loadSeed(db, log, dir);
  const table = [
    ...Object.entries(report.nodes).map(([label, c]) => ({ kind: `(:${label})`, ...c })),
    ...Object.entries(report.relationships).map(([type, c]) => ({ kind: `[:${type}]`, ...c })),
  ];
  console.table(table);
  const { created, updated, unchanged } = report.totals;
  console.log(
    created + updated === 0
      ? `Nothing to do: the graph already holds the seed (${unchanged} nodes and relationships unchanged).`
      : `Seed loaded: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
  );
} catch (error) {
  exitCode = 1;
  console.error(error instanceof SeedValidationError ? error.message : `seed failed: ${(error as Error).message}`);
} finally {
  await db.close();
  await local?.stop();
}
process.exit(exitCode);
