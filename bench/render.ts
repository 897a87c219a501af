/**
 * Re-renders a benchmark's Markdown from its JSON (after a change to the report's format):
 *
 *   npx tsx bench/render.ts bench/results/latest-full.json
 *
 * Query depths are recomputed from bench/mix.ts, so a report written before depth was computed
 * from the documents shows the same definition as a new one.
 */
import { readFileSync } from "node:fs";
import { mix, selectionDepth } from "./mix.js";
import { writeReport, type BenchReport } from "./support/report.js";

const file = process.argv[2];
if (!file) throw new Error("usage: npx tsx bench/render.ts <results.json>");
const report = JSON.parse(readFileSync(file, "utf8")) as BenchReport;
const depths = new Map(mix.map((query) => [query.name, selectionDepth(query.document)]));
for (const scale of report.scales) for (const query of scale.queries) query.depth = depths.get(query.name) ?? query.depth;
console.log(writeReport(report).markdownFile);
