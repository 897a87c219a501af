/**
 * Latency of the coordination queries on the seed graph, and a plan review of their Cypher.
 *
 *   npm run bench:coordination             # median and p95 over 25 runs of each example, over HTTP
 *   npm run bench:coordination -- --plans  # also PROFILE every statement they send
 *
 * Starts the product like `npm start` (its own local Neo4j unless NEO4J_URI is set). Numbers are
 * for reading side by side in one run, not thresholds.
 */
import { readFileSync } from "node:fs";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { startApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { captureStatements, firstLines, profileStatement } from "./support/plans.js";
import { percentileOf } from "./support/product.js";

const OPERATIONS = [
  "WhoWorksOnPII", "WhoWorksOnPIIForFGMV2023", "LiaisonGapsPII", "JCAMVLiaisons", "Overlaps", "PathIEEEToJCAMV",
  "MorePaths", "Roadmap2026", "RoadmapFGMVByTopic", "ContactsJCAMV", "ContactsPII2023", "Upcoming",
];
const RUNS = 25;
const WARM_UP = 3;

const log = createLogger(process.env.LOG_LEVEL ?? "warn");
const app = await startApp(loadConfig({ ...process.env, PORT: "0" }), log);
await app.prepared;

const document = parse(readFileSync(new URL("../examples.graphql", import.meta.url), "utf8"));
const operations = new Map(
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition").map((d) => [d.name!.value, print(d)]),
);

async function post(query: string): Promise<void> {
  const response = await fetch(`${app.http.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}


const rows: string[] = ["| query | median ms | p95 ms | Cypher round trips |", "| --- | ---: | ---: | ---: |"];
for (const name of OPERATIONS) {
  const query = operations.get(name);
  if (!query) throw new Error(`examples.graphql has no operation ${name}`);
  for (let i = 0; i < WARM_UP; i++) await post(query);
  const before = app.db.roundTrips;
  await post(query);
  const roundTrips = app.db.roundTrips - before;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await post(query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${name} | ${percentileOf(times, 50).toFixed(1)} | ${percentileOf(times, 95).toFixed(1)} | ${roundTrips} |`);
}
console.log(`\nCoordination queries on the seed graph (${RUNS} runs each after ${WARM_UP} warm-up, one client, loopback HTTP):\n`);
console.log(rows.join("\n"));

if (process.argv.includes("--plans")) {
  // Capture the statements each example sends (the loaders' grouped reads too), then PROFILE each once.
  const statements = new Map(await captureStatements(app.db, async () => {
    for (const name of OPERATIONS) await post(operations.get(name)!);
  }));
  console.log(`\nPlans of the ${statements.size} distinct statements:\n`);
  for (const [cypher, params] of statements) {
    const { operators: plan, dbHits } = await profileStatement(app.db, cypher, params);
    const operators = plan.map((o) => o.operator);
    const scans = operators.filter((op) => /AllNodesScan|NodeByLabelScan/.test(op));
    const seeks = operators.filter((op) => /IndexSeek|IndexScan/.test(op));
    console.log(`- ${firstLines(cypher, 90)}\n  db hits ${dbHits}; index seeks ${seeks.length}; label scans ${scans.length}${scans.length ? ` (${[...new Set(scans)].join(", ")})` : ""}`);
  }
}

await app.stop();
