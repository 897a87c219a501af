import "reflect-metadata";
import { loadConfig } from "../../config.js";
import { Database } from "../../db/database.js";
import { migrate } from "../../db/migrations.js";
import { LocalNeo4j, neo4jConnection } from "../../db/neo4j-local.js";
import { createCliLogger } from "../../logger.js";
import { loadSeed } from "../../seed/loader.js";
import { readSeed } from "../../seed/validate.js";
import { stopHeavyWork } from "../../offthread/heavy-work.js";
import { floorRule } from "../safety/precision-floor.js";
import { evalKinds } from "./compare.js";
import { halves, readCorpus, type Half } from "./corpus-docs.js";
import { byBatch, byGenre, byKind, evaluateDocument, floorCells, maskEmails, precisionOf, recallOf, totalsOf, type DocumentResult, type Totals } from "./corpus-eval.js";

/**
 * `npm run import:eval -- --corpus [--half dev|test]`: plans every document of test/corpus
 * against the seed graph (its own local Neo4j, as `import:eval`, or IMPORT_EVAL_NEO4J_URI, which
 * it empties and seeds) and prints recall, precision and harmful proposals per genre and half.
 * Misses and wrong proposals are listed for the development half only: the test half is frozen
 * and never tuned on (test/corpus/README.md). A test batch named in the sidecars (`batch:`) also
 * gets a block per genre and a line of its own, before the last two lines (`corpus=dev`, then
 * `corpus=test recall=R precision=P harmful=H`). Each block also gives the figures per fact kind
 * (counts only), with the precision floor in force and with it off; the development half alone
 * gets the floor-off precision by classified genre and proposal kind that the floor is decided on
 * (src/import/safety/precision-floor.ts).
 */
const args = process.argv.slice(2);
const onlyHalf = args.includes("--half") ? (args[args.indexOf("--half") + 1] as Half) : undefined;
if (onlyHalf && !halves.includes(onlyHalf)) {
  console.error(`import:eval --corpus: --half must be one of ${halves.join(", ")}`);
  process.exit(2);
}
const config = loadConfig();
const log = createCliLogger("warn");
const port = Number(process.env.IMPORT_EVAL_BOLT_PORT ?? 7792);
const external = process.env.IMPORT_EVAL_NEO4J_URI;
const local = external ? undefined : await LocalNeo4j.start({ boltPort: port, dataDir: `.neo4j/import-eval-${port}`, heap: "512m", startTimeoutMs: config.localNeo4j.startTimeoutMs, log });
const { uri, username, password } = neo4jConnection({ ...config.neo4j, uri: external }, local);
const db = Database.connect(uri, username, password, { database: config.neo4j.database, txTimeoutMs: 120_000, log });

let exitCode = 0;
try {
  await migrate(db, log);
  await db.write("MATCH (n) WHERE NOT n:Migration DETACH DELETE n");
  await loadSeed(db, log);
  const seed = readSeed();
  const docs = readCorpus().filter((d) => !onlyHalf || d.half === onlyHalf);
  const results: DocumentResult[] = [];
  for (const doc of docs) results.push(await evaluateDocument(db, doc, seed));

  for (const half of halves.filter((h) => !onlyHalf || h === onlyHalf)) {
    const mine = results.filter((r) => r.doc.half === half);
    table(`${half} half`, mine, half);
    if (half === "dev") {
      floorTable(mine);
      for (const r of mine) {
        const lines: string[] = [];
        for (const k of evalKinds) {
          const s = r.scores[k];
          if (s.misses.length) lines.push(`  missed ${k}: ${s.misses.join("; ")}`);
          if (s.wrong.length) lines.push(`  not in the gold (${k}): ${s.wrong.join("; ")}`);
        }
        for (const h of r.harms) lines.push(`  HARMFUL ${h.kind}: ${h.what}`);
        if (lines.length) console.log(maskEmails(`\n### ${r.doc.id} (${r.proposals} proposals)\n${lines.join("\n")}`));
      }
    } else {
      for (const r of mine.filter((x) => x.harms.length)) console.log(maskEmails(`  ${r.doc.id}: ${r.harms.length} harmful (${r.harms.map((h) => h.kind).join(", ")})`));
      for (const [batch, theirs] of byBatch(results, half)) {
        table(`${half} half, batch ${batch}`, theirs, half);
      }
    }
  }
  if (!onlyHalf || onlyHalf === "test") {
    for (const [batch, theirs] of byBatch(results, "test")) console.log(summary(`corpus=test batch=${batch}`, totalsOf(theirs)));
  }
  for (const half of halves.filter((h) => !onlyHalf || h === onlyHalf)) {
    console.log(summary(`corpus=${half}`, totalsOf(results.filter((r) => r.doc.half === half))));
  }
} catch (error) {
  exitCode = 1;
  console.error(`import:eval --corpus failed: ${(error as Error).message}`);
} finally {
  await db.close();
  await stopHeavyWork();
  await local?.stop();
}
process.exit(exitCode);

/** A block: its heading, a row per genre, then the whole. */
function table(title: string, mine: DocumentResult[], half: Half): void {
  console.log(`\n## ${title} (${mine.length} documents)`);
  console.log("| genre | docs | found/expected | recall | right/proposed | precision | harmful |\n| --- | --- | --- | --- | --- | --- | --- |");
  for (const [genre, t] of byGenre(mine, half)) console.log(row(genre, t));
  console.log(row("all", totalsOf(mine)));
  const off = totalsOf(mine, undefined, "off");
  console.log(`\nBy fact kind (floor on; floor off: every question of the precision floor proposed). Floor off, all kinds: ${off.found}/${off.expected} ${recallOf(off).toFixed(3)}, ${off.correct}/${off.proposed} ${precisionOf(off).toFixed(3)}`);
  console.log("| kind | found/expected | recall | right/proposed | precision | floor off: found/expected | recall | right/proposed | precision |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const offByKind = new Map(byKind(mine, "off"));
  for (const [kind, t] of byKind(mine)) {
    const o = offByKind.get(kind)!;
    console.log(`| ${kind} | ${t.found}/${t.expected} | ${recallOf(t).toFixed(3)} | ${t.correct}/${t.proposed} | ${precisionOf(t).toFixed(3)} | ${o.found}/${o.expected} | ${recallOf(o).toFixed(3)} | ${o.correct}/${o.proposed} | ${precisionOf(o).toFixed(3)} |`);
  }
}

/** The development half's precision with the floor off, by classified genre and proposal kind (what the floor is decided on). */
function floorTable(mine: DocumentResult[]): void {
  console.log("\n## dev half: precision with the floor off, by classified genre and proposal kind");
  console.log(`(the rule: held back when the standalone proposals, those no other proposal depends on, are below ${floorRule.below} over at least ${floorRule.atLeast})`);
  console.log("| genre | entity | action | right/proposed | precision | standalone: right/proposed | precision | rule | held back (right) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const c of floorCells(mine)) {
    const rule = c.standalone >= floorRule.atLeast && c.standaloneRight / c.standalone < floorRule.below ? "hold" : "";
    const standalone = c.standalone ? (c.standaloneRight / c.standalone).toFixed(3) : "-";
    console.log(`| ${c.genre} | ${c.entityType} | ${c.action} | ${c.right}/${c.proposed} | ${(c.right / c.proposed).toFixed(3)} | ${c.standaloneRight}/${c.standalone} | ${standalone} | ${rule} | ${c.heldBack} (${c.heldBackRight}) |`);
  }
}

function summary(what: string, t: Totals): string {
  return `import-eval ${what} recall=${recallOf(t).toFixed(3)} precision=${precisionOf(t).toFixed(3)} harmful=${t.harmful}`;
}

function row(genre: string, t: Totals): string {
  return `| ${genre} | ${t.documents} | ${t.found}/${t.expected} | ${recallOf(t).toFixed(3)} | ${t.correct}/${t.proposed} | ${precisionOf(t).toFixed(3)} | ${t.harmful} |`;
}
