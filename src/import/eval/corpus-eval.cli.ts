import "reflect-metadata";
import { loadConfig } from "../../config.js";
import { Database } from "../../db/database.js";
import { migrate } from "../../db/migrations.js";
import { LocalNeo4j, neo4jConnection } from "../../db/neo4j-local.js";
import { createCliLogger } from "../../logger.js";
import { loadSeed } from "../../seed/loader.js";
import { readSeed } from "../../seed/validate.js";
import { stopHeavyWork } from "../../offthread/heavy-work.js";
import { evalKinds } from "./compare.js";
import { halves, readCorpus, type Half } from "./corpus-docs.js";
import { byGenre, evaluateDocument, maskEmails, precisionOf, recallOf, totalsOf, type DocumentResult, type Totals } from "./corpus-eval.js";

/**
 * `npm run import:eval -- --corpus [--half dev|test]`: plans every document of test/corpus
 * against the seed graph (its own local Neo4j, as `import:eval`, or IMPORT_EVAL_NEO4J_URI, which
 * it empties and seeds) and prints recall, precision and harmful proposals per genre and half.
 * Misses and wrong proposals are listed for the development half only: the test half is frozen
 * and never tuned on (test/corpus/README.md). Last line:
 * `import-eval corpus=test recall=R precision=P harmful=H`.
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
    console.log(`\n## ${half} half (${mine.length} documents)`);
    console.log("| genre | docs | found/expected | recall | right/proposed | precision | harmful |\n| --- | --- | --- | --- | --- | --- | --- |");
    for (const [genre, t] of byGenre(results, half)) console.log(row(genre, t));
    console.log(row("all", totalsOf(mine)));
    if (half === "dev") {
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
    }
  }
  for (const half of halves.filter((h) => !onlyHalf || h === onlyHalf)) {
    const t = totalsOf(results.filter((r) => r.doc.half === half));
    console.log(`import-eval corpus=${half} recall=${recallOf(t).toFixed(3)} precision=${precisionOf(t).toFixed(3)} harmful=${t.harmful}`);
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

function row(genre: string, t: Totals): string {
  return `| ${genre} | ${t.documents} | ${t.found}/${t.expected} | ${recallOf(t).toFixed(3)} | ${t.correct}/${t.proposed} | ${precisionOf(t).toFixed(3)} | ${t.harmful} |`;
}
