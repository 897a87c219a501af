import "reflect-metadata";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { loadConfig } from "../config.js";
import { createContext } from "../context.js";
import { Database } from "../db/database.js";
import { migrate } from "../db/migrations.js";
import { LocalNeo4j, neo4jConnection } from "../db/neo4j-local.js";
import { parseRows } from "../db/rows.js";
import { createLogger } from "../logger.js";
import { loadSeed } from "../seed/loader.js";
import { syncViewer } from "./apply.js";
import type { Connector } from "./plan.js";
import { countsLine } from "./print.js";
import { formatRefusal } from "./record.js";
import { loadScope } from "./scope/scope.js";
import { defaultSourceLimits } from "./sources.js";
import { CORPUS_ABSENT, evaluationCorpus } from "../import/eval/corpus.js";
import { runSync, type SyncOutcome } from "./sync.service.js";

/**
 * `npm run sync:eval [-- --sample DIR]`: syncs the landscape sample (SYNC_SAMPLE_DIR or --sample,
 * default `landscape/` of the evaluation corpus, src/import/eval/corpus.ts) into a graph that holds the seed only — a fresh local engine of its
 * own (SYNC_EVAL_BOLT_PORT, default 7737), or the server NEO4J_URI names — applies it, syncs it a
 * second time, and prints per catalogue what was read, refused, created, matched and attached.
 * Duplicates are counted by their own statements, not by the sync's matching.
 */
const args = process.argv.slice(2);
const sampleFlag = args.indexOf("--sample");
const corpus = evaluationCorpus();
const named = sampleFlag >= 0 ? args[sampleFlag + 1] : process.env.SYNC_SAMPLE_DIR;
if (!named && !corpus) {
  console.error(`sync-eval: nothing to evaluate: ${CORPUS_ABSENT}; give --sample DIR or SYNC_SAMPLE_DIR`);
  process.exit(2);
}
const sample = path.resolve(named ?? path.join(corpus!.dir, "landscape"));
const relatonDir = path.join(sample, "relaton");
const committeesFile = path.join(sample, "iso-open-data", "iso_technical_committees.jsonl");
if (!existsSync(relatonDir) && !existsSync(committeesFile)) {
  console.error(`sync-eval: no landscape sample at ${sample} (expected relaton/ and iso-open-data/iso_technical_committees.jsonl); give --sample DIR or SYNC_SAMPLE_DIR`);
  process.exit(2);
}

const config = loadConfig();
const log = createLogger("warn");
const port = Number(process.env.SYNC_EVAL_BOLT_PORT ?? 7737);
const dataDir = `.neo4j/sync-eval-${port}`;
let local: LocalNeo4j | undefined;
if (!config.neo4j.uri) {
  await rm(dataDir, { recursive: true, force: true });
  local = await LocalNeo4j.start({ ...config.localNeo4j, boltPort: port, dataDir, log });
}
const { uri, username, password } = neo4jConnection(config.neo4j, local);
const db = Database.connect(uri, username, password, { database: config.neo4j.database, txTimeoutMs: 300_000, log });

const DUPLICATES = /* cypher */ `
CALL () {
  MATCH (d:Deliverable)
  WITH toLower(replace(replace(d.code, ' ', ''), 'Std', '')) AS code, count(*) AS n WHERE n > 1
  RETURN count(*) AS deliverables
}
CALL () {
  MATCH (o:Organization) WHERE o.acronym IS NOT NULL
  OPTIONAL MATCH (o)-[:PART_OF]->(p:Organization)
  WITH toLower(replace(o.acronym, ' ', '')) AS acronym, p.id AS parent, count(*) AS n WHERE n > 1
  RETURN count(*) AS byAcronym
}
CALL () {
  MATCH (o:Organization)
  WITH toLower(replace(o.name, ' ', '')) AS name, count(*) AS n WHERE n > 1
  RETURN count(*) AS byName
}
RETURN deliverables, byAcronym, byName`;

/**
 * SYNC_PROFILE=1: after each run, its seconds and statements per phase beside the load average
 * (seconds on a shared machine are an upper bound; statements are not), and per kind of proposal.
 */
const profile = Boolean(process.env.SYNC_PROFILE);
function printProfile(connector: string, mode: string, o: SyncOutcome) {
  const phase = (name: keyof SyncOutcome["phases"]) => `${name} ${o.phases[name].toFixed(1)} s/${o.statements[name]} st`;
  console.log(`profile ${connector} ${mode}: ${(["read", "index", "plan", "write"] as const).map(phase).join(", ")}; load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const kinds = new Map<string, number>();
  for (const p of o.plan.proposals) kinds.set(`${p.entityType} ${p.action}`, (kinds.get(`${p.entityType} ${p.action}`) ?? 0) + 1);
  if (o.applied) console.log(`profile   applied ${o.applied.applied} proposals (${[...kinds].sort().map(([k, n]) => `${n} ${k}`).join(", ")}) with ${o.applied.statements ?? "?"} statements in ${o.applied.transactions} transactions`);
}

const started = performance.now();
let exitCode = 0;
try {
  await migrate(db, log);
  const empty = parseRows(z.object({ n: z.number() }), await db.read("MATCH (n:Deliverable) RETURN count(n) AS n", {}))[0]!.n === 0;
  if (empty) await loadSeed(db, log);
  const scope = loadScope();
  const retrieved = new Date().toISOString().slice(0, 10);
  const run = async (connector: Connector, inputs: string[], mode: "apply" | "dry-run") => {
    const ctx = createContext(db, { viewer: syncViewer(connector), importLimits: config.importLimits });
    try {
      const outcome = await runSync(db, ctx, { connector, inputs, scope, mode, limits: defaultSourceLimits, retrieved, profile });
      if (profile) printProfile(connector, mode, outcome);
      return outcome;
    } finally {
      await ctx.db.end();
    }
  };
  const syncStarted = performance.now();
  const first: Array<[string, SyncOutcome]> = [];
  if (existsSync(committeesFile)) first.push(["iso-committees", await run("iso-committees", [committeesFile], "apply")]);
  if (existsSync(relatonDir)) first.push(["relaton", await run("relaton", [relatonDir], "apply")]);
  const syncSeconds = (performance.now() - syncStarted) / 1000;
  const second: SyncOutcome[] = [];
  if (existsSync(committeesFile)) second.push(await run("iso-committees", [committeesFile], "dry-run"));
  if (existsSync(relatonDir)) second.push(await run("relaton", [relatonDir], "dry-run"));

  let records = 0, refused = 0, created = 0, matched = 0;
  for (const [connector, outcome] of first) {
    const ph = outcome.phases;
    console.log(`${connector} (${outcome.seconds.toFixed(1)} s: read ${ph.read.toFixed(1)}, index ${ph.index.toFixed(1)}, plan ${ph.plan.toFixed(1)}, apply ${ph.write.toFixed(1)}; applied ${outcome.applied?.applied ?? 0} proposals in ${outcome.applied?.transactions ?? 0} transactions, ${outcome.applied?.failures.length ?? 0} records failed):`);
    for (const c of outcome.plan.counts) {
      console.log(`  ${countsLine(c)}`);
      records += c.records;
      created += c.created;
      matched += c.matched;
    }
    const byReason = new Map<string, number>();
    for (const r of outcome.plan.refusals) byReason.set(r.reason.replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"'), (byReason.get(r.reason.replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"')) ?? 0) + 1);
    for (const [reason, n] of byReason) console.log(`  refused ${n}× ${reason}`);
    for (const r of outcome.plan.refusals.slice(0, 5)) console.log(`    e.g. ${formatRefusal(r)}`);
    const leftOut = new Map<string, number>();
    for (const r of outcome.plan.leftOut) leftOut.set(r.reason.replace(/\d+/g, "N"), (leftOut.get(r.reason.replace(/\d+/g, "N")) ?? 0) + 1);
    for (const [reason, n] of leftOut) console.log(`  left out (the record itself went through) ${n}× ${reason}`);
    for (const f of outcome.applied?.failures ?? []) console.log(`  FAILED ${f.record}: ${f.reason}`);
    refused += outcome.plan.refusals.length;
  }
  const rerun = second.reduce((n, o) => n + o.plan.proposals.length, 0);
  for (const o of second) for (const p of o.plan.proposals.slice(0, 5)) console.log(`  rerun change: ${p.action} ${p.entityType} ${p.resolution.key ?? ""}: ${p.summary}`);
  const [dup] = parseRows(z.object({ deliverables: z.number(), byAcronym: z.number(), byName: z.number() }), await db.read(DUPLICATES, {}));
  const duplicates = dup!.deliverables + dup!.byAcronym + dup!.byName;
  console.log(`duplicates: ${dup!.deliverables} deliverable codes, ${dup!.byAcronym} body acronyms (same parent), ${dup!.byName} body names; first sync ${syncSeconds.toFixed(1)} s, whole eval ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`sync-eval records=${records} refused=${refused} created=${created} matched=${matched} duplicates=${duplicates} rerun-changes=${rerun} seconds=${syncSeconds.toFixed(1)}`);
} catch (error) {
  exitCode = 1;
  console.error(`sync-eval failed: ${(error as Error).message}`);
  if (process.env.SYNC_DEBUG) console.error((error as Error).stack);
} finally {
  await db.close();
  await local?.stop();
}
process.exit(exitCode);
