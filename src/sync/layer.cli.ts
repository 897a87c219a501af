import "reflect-metadata";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.js";
import { createContext } from "../context.js";
import { Database } from "../db/database.js";
import { migrate } from "../db/migrations.js";
import { LocalNeo4j, neo4jConnection, projectRoot } from "../db/neo4j-local.js";
import { createLogger } from "../logger.js";
import { readLayer } from "../seed/layers.js";
import { loadSeed } from "../seed/loader.js";
import { seedFileText, snapshotEntries } from "../seed/snapshot.js";
import { readSeed } from "../seed/validate.js";
import { syncViewer } from "./apply.js";
import { layerFromSnapshots } from "./layer.js";
import type { Connector } from "./plan.js";
import { loadScope } from "./scope/scope.js";
import { defaultSourceLimits } from "./sources.js";
import { runSync } from "./sync.service.js";

/**
 * `npm run sync:layer -- [--committees PATH_OR_URL] [--relaton PATH_OR_URL...] [--sample DIR]
 *  [--retrieved YYYY-MM-DD] [--scope FILE] [--out seed/landscape]`
 *
 * Writes a seed layer: a fresh engine of its own (SYNC_LAYER_BOLT_PORT, default 7738) gets the
 * seed, then the catalogues are synced into it with --apply (ISO Open Data's committees first,
 * then the Relaton records), and what the sync added or changed is written in the seed's format
 * to --out (default seed/landscape): new entries, and `extends:` entries for the seed's entries
 * it changed. `--sample DIR` stands for DIR/iso-open-data/iso_technical_committees.jsonl and
 * DIR/relaton; live URLs work as for `npm run sync`. The files are replaced whole, and checked by
 * loading the seed with the new layer (validation) before the command ends. `--check` writes
 * nothing: it loads the seed with the committed layer and syncs the same catalogues again as a
 * dry run (see check() below).
 */
const args = process.argv.slice(2);
const valuesOf = (name: string) => {
  const out: string[] = [];
  for (let i = args.indexOf(name) + 1; i > 0 && i < args.length && !args[i]!.startsWith("--"); i++) out.push(args[i]!);
  return out;
};
const sample = valuesOf("--sample")[0];
const committees = [...valuesOf("--committees"), ...(sample ? [path.join(sample, "iso-open-data", "iso_technical_committees.jsonl")] : [])].filter((p) => /^https?:/.test(p) || existsSync(p));
const relaton = [...valuesOf("--relaton"), ...(sample ? [path.join(sample, "relaton")] : [])].filter((p) => /^https?:/.test(p) || existsSync(p));
const retrieved = valuesOf("--retrieved")[0] ?? new Date().toISOString().slice(0, 10);
const out = path.resolve(valuesOf("--out")[0] ?? path.join(projectRoot, "seed", "landscape"));
if ((committees.length === 0 && relaton.length === 0) || !/^\d{4}-\d{2}-\d{2}$/.test(retrieved)) {
  console.error("usage: npm run sync:layer -- [--sample DIR] [--committees PATH_OR_URL] [--relaton PATH_OR_URL...] [--retrieved YYYY-MM-DD] [--scope FILE] [--out DIR]");
  process.exit(2);
}
const scope = loadScope(valuesOf("--scope")[0]);

const config = loadConfig();
const log = createLogger("warn");
const port = Number(process.env.SYNC_LAYER_BOLT_PORT ?? 7738);
const dataDir = `.neo4j/sync-layer-${port}`;
let local: LocalNeo4j | undefined;
if (!config.neo4j.uri) {
  rmSync(dataDir, { recursive: true, force: true });
  local = await LocalNeo4j.start({ ...config.localNeo4j, boltPort: port, dataDir, log });
} else {
  console.error("sync:layer: NEO4J_URI is set; the layer is made on a graph that holds the seed only, so that graph must be empty");
}
const { uri, username, password } = neo4jConnection(config.neo4j, local);
const db = Database.connect(uri, username, password, { database: config.neo4j.database, txTimeoutMs: 300_000, log });

let exitCode = 0;
try {
  await migrate(db, log);
  if (args.includes("--check")) exitCode = await check();
  else await generate();
} catch (error) {
  exitCode = 1;
  console.error(`sync:layer failed: ${(error as Error).message}`);
  if (process.env.SYNC_DEBUG) console.error((error as Error).stack);
} finally {
  await db.close();
  await local?.stop();
}
process.exit(exitCode);

/** Syncs the catalogues into the seed-only graph and writes what changed as the layer. */
async function generate(): Promise<void> {
  await loadSeed(db, log);
  const before = await snapshotEntries(db);
  const run = async (connector: Connector, inputs: string[]) => {
    const ctx = createContext(db, { viewer: syncViewer(connector), importLimits: config.importLimits });
    try {
      const outcome = await runSync(db, ctx, { connector, inputs, scope, mode: "apply", limits: defaultSourceLimits, retrieved });
      console.log(`${connector}: ${outcome.plan.proposals.length} proposals applied in ${outcome.seconds.toFixed(1)} s; ${outcome.plan.refusals.length} records refused, ${outcome.applied?.failures.length ?? 0} failed`);
      for (const f of outcome.applied?.failures ?? []) console.log(`  FAILED ${f.record}: ${f.reason}`);
      if (outcome.applied?.failures.length) throw new Error(`${connector}: records failed; no layer written`);
    } finally {
      await ctx.db.end();
    }
  };
  if (committees.length > 0) await run("iso-committees", committees);
  if (relaton.length > 0) await run("relaton", relaton);
  const files = layerFromSnapshots(before, await snapshotEntries(db));

  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out).filter((f) => f.endsWith(".yaml"))) rmSync(path.join(out, old));
  const header = [
    `# Seed layer "${path.basename(out)}", generated by npm run sync:layer (docs/landscape-sync.md) from the catalogues retrieved ${retrieved}:`,
    "# do not edit by hand; regenerate it. New entries, and `extends:` entries adding a catalogue's facts to seed entries.",
    "# Catalogue abstracts are not copied (their text is the publishers'); ISO Open Data is ODC-By 1.0, credit \"ISO Open Data\".",
  ].join("\n");
  for (const { file, entries } of files) writeFileSync(path.join(out, file), `${header}\n${seedFileText(file, entries)}`);
  readLayer(out, path.basename(out), readSeed()); // throws SeedValidationError naming every problem
  console.log(`layer written to ${path.relative(process.cwd(), out) || out}: ${files.map((f) => `${f.file} ${f.entries.length}`).join(", ")}`);
}

/**
 * `--check`: the committed layer against the same catalogues. On the fresh engine: the seed alone
 * is loaded into the empty graph, timed, and taken away; then the seed with the layer, timed (the
 * first start of `npm start`), twice over; then the catalogues are synced again as a dry run, which must
 * propose nothing. Prints `sync-layer-check ...` and fails when the re-sync proposes changes.
 */
async function check(): Promise<number> {
  const timed = async (layers: string[]) => {
    let statements = 0;
    const started = performance.now();
    const report = await loadSeed(db, log, undefined, { layers, progress: () => void (statements += 1) });
    const rows = report.totals.created + report.totals.updated + report.totals.unchanged;
    return { seconds: (performance.now() - started) / 1000, rows, statements };
  };
  const empty = () => db.bulkWriteTransaction("emptying the check's graph", async (tx) => {
    await tx.run("MATCH (n) WHERE NOT n:Migration DETACH DELETE n");
  });
  // Twice each, alternating: a fresh engine's first statements are slow (plans compiled, caches cold), so the second pair is the one compared.
  const warmSeed = await timed([]);
  await empty();
  const warmLayer = await timed([path.basename(out)]);
  await empty();
  const seedOnly = await timed([]);
  await empty();
  const withLayer = await timed([path.basename(out)]);
  console.log(`first pair (cold engine): seed ${warmSeed.seconds.toFixed(1)} s, seed with the layer ${warmLayer.seconds.toFixed(1)} s`);
  let changes = 0;
  for (const [connector, inputs] of [["iso-committees", committees], ["relaton", relaton]] as Array<[Connector, string[]]>) {
    if (inputs.length === 0) continue;
    const ctx = createContext(db, { viewer: syncViewer(connector), importLimits: config.importLimits });
    try {
      const outcome = await runSync(db, ctx, { connector, inputs, scope, mode: "dry-run", limits: defaultSourceLimits, retrieved });
      changes += outcome.plan.proposals.length;
      console.log(`${connector} again: ${outcome.plan.proposals.length} changes proposed, ${outcome.plan.kept.length} kept, ${outcome.plan.refusals.length} refused`);
      for (const p of outcome.plan.proposals.slice(0, 10)) console.log(`  ${p.action} ${p.entityType} ${p.resolution.key ?? ""}: ${p.summary}`);
    } finally {
      await ctx.db.end();
    }
  }
  const f = (r: { seconds: number; rows: number; statements: number }) => `${r.rows} rows in ${r.statements} batch statements, ${r.seconds.toFixed(1)} s`;
  console.log(`seed alone: ${f(seedOnly)}; seed with the layer: ${f(withLayer)} (one transaction each)`);
  console.log(`sync-layer-check seed-seconds=${seedOnly.seconds.toFixed(1)} seed-layer-seconds=${withLayer.seconds.toFixed(1)} rows=${withLayer.rows} resync-changes=${changes}`);
  return changes === 0 ? 0 : 1;
}
