/**
 * `npm run load:outage`: the fault test. Under a steady read load and a steady stream of writes,
 * it stops the local Neo4j, starts it again, and reports what clients saw during the outage, how
 * long the product took to answer again once Neo4j was back, and whether any write was lost or
 * half-applied.
 *
 *   npm run load:outage                  # clean stop of Neo4j 10 s into the load, restart 10 s later
 *   OUTAGE_KILL=1 npm run load:outage    # SIGKILL instead: a crash, no clean shutdown
 *   OUTAGE_VERBOSE=1 npm run load:outage # also print every refused write
 *
 * Neo4j (Bolt port OUTAGE_NEO4J_PORT, default 7791, data in .neo4j/outage-<port>) and the product
 * (its own process, rate limit off) are started by this script; loopback only, bounded in time
 * (at most 6 minutes: a restart on a busy machine can take minutes). The writes go through the product's own database door (Database:
 * executeWrite, retried by the driver on transient errors): each is one transaction of two
 * statements, idempotent (MERGE on a unique marker id), so a complete marker proves the whole
 * transaction, and a marker without its part would prove a half-applied one. The markers are
 * deleted at the end. (There are no GraphQL mutations yet; when there are, they use the same door.)
 */
import { Database } from "../src/db/database.js";
import { LocalNeo4j } from "../src/db/neo4j-local.js";
import { createLogger } from "../src/logger.js";
import { queryMix, startProduct, waitFor } from "./support/product.js";

const neo4jPort = Number(process.env.OUTAGE_NEO4J_PORT ?? 7791);
const kill = process.env.OUTAGE_KILL === "1";
const STOP_AFTER_MS = 10_000;
const DOWN_FOR_MS = 10_000;
const AFTER_RECOVERY_MS = 10_000;
const MAX_RUN_MS = 360_000;

const log = createLogger(process.env.LOG_LEVEL ?? "error");
const neo4jOptions = { boltPort: neo4jPort, dataDir: `.neo4j/outage-${neo4jPort}`, heap: "1g", log };
let neo4j = await LocalNeo4j.start(neo4jOptions);
/** Milestones, in ms since the load began. */
let t0 = Date.now();
const at = () => Date.now() - t0;
const milestones: {
  stopBegan?: number;
  neo4jDown?: number;
  restartBegan?: number;
  neo4jBack?: number;
  productSawItBack?: number;
  readsBack?: number;
  writesBack?: number;
} = {};
/** When the product decided Neo4j was unreachable (ms since the load began). */
const productSawItDown: number[] = [];
const product = await startProduct({ ...neo4j.env, RATE_LIMIT_MAX: "0" }, (line) => {
  // The product's own account: its probe found Neo4j answering again.
  // The log line's own time: read from the pipe, it may arrive after requests the product already served.
  const loggedAt = () => (JSON.parse(line) as { time: number }).time - t0;
  if (line.includes('"msg":"Neo4j answers again"') && milestones.stopBegan !== undefined) milestones.productSawItBack ??= loggedAt();
  if (line.includes("Neo4j is unreachable")) productSawItDown.push(loggedAt());
});
const db = Database.connect(neo4j.uri, neo4j.credentials.username, neo4j.credentials.password, { database: undefined, txTimeoutMs: 5_000, log });
const runId = `outage-${Date.now()}`;
t0 = Date.now();
const phase = (time: number) =>
  milestones.stopBegan === undefined || time < milestones.stopBegan ? "before" : milestones.readsBack === undefined || time < milestones.readsBack ? "outage" : "after";

// --- Reads: four clients loop through the realistic mix; every answer is timed and classified
// by the phase in which its request began (so a slow answer is charged to the outage it met).
type Tally = Record<string, number>;
const answers: Record<"before" | "outage" | "after", Tally> = { before: {}, outage: {}, after: {} };
const count = (tally: Tally, key: string) => (tally[key] = (tally[key] ?? 0) + 1);
const classify = (status: number, body: string) => {
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return status === 200 && !body.includes('"errors"') ? "200 ok" : `${status} ${code ?? "no code"}`;
};
interface Answer {
  began: number;
  ms: number;
  outcome: string;
}
const timed: Answer[] = [];
let reading = true;
const bodies = queryMix();
// Four clients keep Neo4j busy on this two-core machine without starving the writer.
const readers = Array.from({ length: 4 }, async (_, client) => {
  for (let i = client; reading && at() < MAX_RUN_MS; i += 4) {
    const began = at();
    const outcome = await fetch(`${product.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: bodies[i % bodies.length],
      signal: AbortSignal.timeout(30_000),
    })
      .then(async (response) => classify(response.status, await response.text()))
      .catch((error: Error) => `no answer (${error.name})`);
    timed.push({ began, ms: at() - began, outcome });
    count(answers[phase(began)], outcome);
  }
});

// --- Writes: one transaction of two statements every 50 ms, through the Database door.
const acknowledged = new Set<string>();
const failed = new Map<string, string>();
let writing = true;
let longestRefusedWrite = 0;
const writer = (async () => {
  for (let seq = 1; writing; seq += 1) {
    const id = `${runId}-${seq}`;
    const began = at();
    try {
      await db.writeTransaction(async (tx) => {
        await tx.run("MERGE (m:FaultMarker {id: $id}) SET m.run = $runId, m.seq = $seq", { id, runId, seq });
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20)); // a window for the outage to cut in
        await tx.run("MATCH (m:FaultMarker {id: $id}) MERGE (m)-[:MARKS]->(:FaultMarkerPart {id: $id})", { id });
      });
      acknowledged.add(id);
      if (milestones.neo4jBack !== undefined && milestones.writesBack === undefined) milestones.writesBack = at();
    } catch (error) {
      if (process.env.OUTAGE_VERBOSE) console.error(`write ${seq} refused after ${at() - began} ms at ${at()} ms: ${(error as Error).message}`);
      const code = (error as { extensions?: { code?: string } }).extensions?.code ?? (error as Error).message.slice(0, 60);
      if (code === "DATABASE_UNAVAILABLE") longestRefusedWrite = Math.max(longestRefusedWrite, at() - began);
      failed.set(id, code);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();

// --- Reads probe: when do GraphQL answers come back after Neo4j does?
let probing = true;
const probe = (async () => {
  while (probing) {
    if (milestones.neo4jBack !== undefined && milestones.readsBack === undefined) {
      const response = await fetch(`${product.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ organization(ref: "fg-mv") { key } }' }),
      }).catch(() => undefined);
      const body = response ? await response.text() : "";
      if (response?.status === 200 && !body.includes('"errors"')) milestones.readsBack = at();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();

// --- The outage.
try {
  await new Promise((resolve) => setTimeout(resolve, STOP_AFTER_MS));
  milestones.stopBegan = at();
  if (kill) {
    process.kill(neo4j.pid, "SIGKILL");
    await waitFor(async () => !neo4j.running, 30_000, "Neo4j to die");
  } else {
    await neo4j.stop();
  }
  milestones.neo4jDown = at();
  await new Promise((resolve) => setTimeout(resolve, DOWN_FOR_MS));
  milestones.restartBegan = at();
  neo4j = await LocalNeo4j.start(neo4jOptions);
  milestones.neo4jBack = at();
  await waitFor(async () => milestones.readsBack !== undefined && milestones.writesBack !== undefined, 60_000, "reads and writes to succeed again");
  await new Promise((resolve) => setTimeout(resolve, AFTER_RECOVERY_MS));
} finally {
  reading = false;
  writing = false;
  probing = false;
  await Promise.all([...readers, writer, probe]);
}

// --- The writes, checked in the graph.
const rows = await db.read(
  `MATCH (m:FaultMarker {run: $runId})
   OPTIONAL MATCH (m)-[:MARKS]->(p:FaultMarkerPart)
   RETURN m.id AS id, count(p) AS parts`,
  { runId },
);
const orphanParts = await db.read(
  "MATCH (p:FaultMarkerPart) WHERE p.id STARTS WITH $prefix AND NOT ()-[:MARKS]->(p) RETURN count(p) AS n",
  { prefix: `${runId}-` },
);
const complete = new Set(rows.filter((row) => row.parts === 1).map((row) => row.id as string));
const lost = [...acknowledged].filter((id) => !complete.has(id));
const halfApplied = rows.filter((row) => row.parts !== 1).length + (orphanParts[0]!.n as number);
const failedButCommitted = [...failed.keys()].filter((id) => complete.has(id)).length;
await db.write("MATCH (n) WHERE (n:FaultMarker OR n:FaultMarkerPart) AND n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `${runId}-` });

await db.close();
await product.stop();
await neo4j.stop();

// --- Report.
const seconds = (ms: number | undefined) => (ms === undefined ? "n/a" : (ms / 1000).toFixed(1));
const since = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? undefined : to - from);
const percentile = (sample: Answer[], p: number) => {
  const sorted = sample.map((answer) => answer.ms).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
// Neo4j counts as down from the start of its stop until the product found it answering again
// (its probe may see it before LocalNeo4j.start returns). A request meets the outage when it is
// under way in that time; its wait is counted from the later of its start and the stop's.
const downFrom = milestones.stopBegan!;
const downUntil = milestones.productSawItBack ?? milestones.neo4jBack!;
const waitedInOutage = (answer: Answer): Answer => ({ ...answer, ms: answer.began + answer.ms - Math.max(answer.began, downFrom) });
const metOutage = timed.filter((answer) => answer.began < downUntil && answer.began + answer.ms > downFrom).map(waitedInOutage);
const toldDown = metOutage.filter((answer) => answer.outcome.includes("DATABASE_UNAVAILABLE"));
const afterBack = timed.filter((answer) => answer.began >= downUntil);
const failures = (tally: Tally) => Object.entries(tally).filter(([key]) => key !== "200 ok").reduce((sum, [, n]) => sum + n, 0);
const failedCodes: Tally = {};
for (const code of failed.values()) count(failedCodes, code);
const report = {
  neo4jStop: kill ? "SIGKILL" : "clean stop",
  timelineS: {
    stopBegan: seconds(milestones.stopBegan),
    neo4jDown: seconds(milestones.neo4jDown),
    restartBegan: seconds(milestones.restartBegan),
    neo4jBack: seconds(milestones.neo4jBack),
    productSawItBack: seconds(milestones.productSawItBack),
    readsBack: seconds(milestones.readsBack),
    writesBack: seconds(milestones.writesBack),
  },
  secondsToRecoverAfterNeo4jBack: {
    product: seconds(since(milestones.neo4jBack, milestones.productSawItBack)),
    reads: seconds(since(milestones.neo4jBack, milestones.readsBack)),
    writes: seconds(since(milestones.neo4jBack, milestones.writesBack)),
  },
  reads: {
    total: timed.length,
    answersBefore: answers.before,
    answersDuringOutage: answers.outage,
    answersAfter: answers.after,
    errorsBefore: failures(answers.before),
    errorsDuringOutage: failures(answers.outage),
    errorsAfter: failures(answers.after),
    unexpected5xx: [answers.before, answers.outage, answers.after]
      .flatMap((tally) => Object.entries(tally))
      .filter(([key]) => /^5/.test(key) && !key.startsWith("503 DATABASE_UNAVAILABLE"))
      .reduce((sum, [, n]) => sum + n, 0),
    latencyMs: { p50: percentile(timed, 0.5), p99: percentile(timed, 0.99), max: percentile(timed, 1) },
    /** The longest any request under way while Neo4j was down waited for its answer, counted from the stop at the earliest. */
    longestWaitInOutageMs: percentile(metOutage, 1),
    /** The longest any request waited to be told DATABASE_UNAVAILABLE. */
    longestWaitToLearnDownMs: percentile(toldDown, 1),
    /** The cold engine right after the restart: the longest answer of a request begun after Neo4j was back. */
    longestAfterRestartMs: percentile(afterBack, 1),
  },
  writes: {
    attempted: acknowledged.size + failed.size,
    acknowledged: acknowledged.size,
    refused: failed.size,
    refusedBy: failedCodes,
    lost: lost.length,
    halfApplied,
    refusedButCommitted: failedButCommitted,
  },
};
console.log(`
Fault test: Neo4j ${report.neo4jStop} at ${report.timelineS.stopBegan} s, down at ${report.timelineS.neo4jDown} s, restarted at ${report.timelineS.restartBegan} s, back at ${report.timelineS.neo4jBack} s

| measure | value |
| --- | --- |
| reads (GraphQL over HTTP) | ${report.reads.total} |
| errors before / during the outage / after | ${report.reads.errorsBefore} / ${report.reads.errorsDuringOutage} / ${report.reads.errorsAfter} |
| 5xx other than 503 DATABASE_UNAVAILABLE | ${report.reads.unexpected5xx} |
| answers during the outage | ${Object.entries(answers.outage).map(([key, n]) => `${key}: ${n}`).join(", ")} |
| latency p50 / p99 / max (whole run) | ${report.reads.latencyMs.p50} / ${report.reads.latencyMs.p99} / ${report.reads.latencyMs.max} ms |
| longest wait of a request that met the outage (from the stop at the earliest) | ${report.reads.longestWaitInOutageMs} ms |
| longest wait to be told DATABASE_UNAVAILABLE | ${report.reads.longestWaitToLearnDownMs} ms |
| longest answer once the product saw Neo4j back (cold engine) | ${report.reads.longestAfterRestartMs} ms |
| longest wait of a write to be told DATABASE_UNAVAILABLE | ${longestRefusedWrite} ms |
| seconds to recover after Neo4j was back | the product's probe ${report.secondsToRecoverAfterNeo4jBack.product} s; first GraphQL read ${report.secondsToRecoverAfterNeo4jBack.reads} s; first write ${report.secondsToRecoverAfterNeo4jBack.writes} s |
| answers after recovery | ${Object.entries(answers.after).map(([key, n]) => `${key}: ${n}`).join(", ")} |
| writes attempted / acknowledged / refused | ${report.writes.attempted} / ${report.writes.acknowledged} / ${report.writes.refused} (${Object.entries(failedCodes).map(([key, n]) => `${key}: ${n}`).join(", ")}) |
| writes lost (acknowledged, not in the graph) | ${report.writes.lost} |
| writes half-applied | ${report.writes.halfApplied} |
| refused but committed (ambiguous commits, complete) | ${report.writes.refusedButCommitted} |
`);
const verdict = (met: boolean) => (met ? "met" : "MISSED");
const back = [since(milestones.neo4jBack, milestones.readsBack), since(milestones.neo4jBack, milestones.writesBack)];
console.log(`Targets (issue 17): reads and writes back within 3 s of Neo4j's return: ${verdict(back.every((ms) => ms !== undefined && ms <= 3_000))}; \
no request or write waits more than 2 s to be told DATABASE_UNAVAILABLE: ${verdict((report.reads.longestWaitToLearnDownMs ?? 0) <= 2_000 && longestRefusedWrite <= 2_000)}; \
0 writes lost or half-applied: ${verdict(report.writes.lost === 0 && report.writes.halfApplied === 0)}
`);
console.log(JSON.stringify(report));
if (process.env.OUTAGE_VERBOSE) {
  console.log(`the product found Neo4j unreachable at ${productSawItDown.map((ms) => seconds(ms)).join(", ")} s`);
  for (const answer of timed.filter((entry) => entry.ms > 1_500)) console.log(`slow: began ${seconds(answer.began)} s, ${answer.ms} ms, ${answer.outcome}`);
}
// Failure: a write lost or half-applied, or a 5xx other than the outage's 503 (slow answers of a
// cold Neo4j right after the restart, QUERY_TIMEOUT, are reported above but not failures).
process.exitCode = report.writes.lost === 0 && report.writes.halfApplied === 0 && report.reads.unexpected5xx === 0 ? 0 : 1;
