import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrations.js";
import { LocalNeo4j, projectRoot } from "../../src/db/neo4j-local.js";
import type { Logger } from "../../src/logger.js";
import { readSeedWithLayers } from "../../src/seed/layers.js";
import { loadSeed } from "../../src/seed/loader.js";
import { toGraph, type GraphRows } from "../../src/seed/to-graph.js";
import { defaultSeedDir } from "../../src/seed/validate.js";
import { wipeGraph } from "./graph-load.js";

/**
 * The graph `npm start` makes on an empty Neo4j (the seed and the default layers, SEED_LAYERS,
 * through the product's own loader), for the benchmarks that measure the realistic mix on it:
 * `npm run load`, bench/profile-mix.ts, bench/mix-answers.ts and `npm run bench`'s mix.
 */

/** The layers `npm start` loads over the seed: the config's SEED_LAYERS (default: landscape). */
export const defaultSeedLayers = (): string[] => loadConfig(process.env).seedLayers;

/** "the seed + landscape", or "the seed alone". */
export const graphName = (layers: readonly string[]): string => (layers.length ? `the seed + ${layers.join(" + ")}` : "the seed alone");

/** The rows the loader writes for the seed with `layers` over it (validated, as `npm start` loads them). */
export function seedRows(layers: readonly string[], dir: string = defaultSeedDir): GraphRows {
  return toGraph(readSeedWithLayers(dir, layers));
}

/**
 * A content hash of the rows a load writes: equal rows, equal fingerprint, whatever the order of
 * each row's properties; a changed fact anywhere (a seed file, a layer, or the code that turns them
 * into rows) gives another. Neo4j values (dates, integers) are hashed as their fields.
 */
export function graphFingerprint(graph: GraphRows): string {
  return createHash("sha256").update(JSON.stringify(canonical(graph))).digest("hex");
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().filter((key) => record[key] !== undefined).map((key) => [key, canonical(record[key])]));
}

/** What a measured graph holds. */
export interface GraphCounts { bodies: number; deliverables: number; nodes: number; relationships: number }

const CountsRow = z.object({ bodies: z.number(), deliverables: z.number(), nodes: z.number(), relationships: z.number() });
const GRAPH_COUNTS = /* cypher */ `
RETURN COUNT { MATCH (:Organization) } AS bodies,
  COUNT { MATCH (:Deliverable) } AS deliverables,
  COUNT { MATCH (n) WHERE NOT n:Migration } AS nodes,
  COUNT { MATCH ()-[]->() } AS relationships`;

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.readRows(GRAPH_COUNTS, {}, CountsRow);
  return row!;
}

/** The graph a benchmark measured: which layers over the seed, its fingerprint, what it holds, and whether it was (re)seeded now. */
export interface MeasuredGraph {
  layers: string[];
  fingerprint: string;
  counts: GraphCounts;
  seededNow: boolean;
}

export const describeGraph = (graph: Pick<MeasuredGraph, "layers" | "counts"> & Partial<MeasuredGraph>): string =>
  `${graphName(graph.layers)}: ${graph.counts.bodies} bodies, ${graph.counts.deliverables} deliverables (${graph.counts.nodes} nodes, ${graph.counts.relationships} relationships)` +
  `${graph.fingerprint ? `, seed fingerprint ${graph.fingerprint.slice(0, 12)}` : ""}${graph.seededNow === undefined ? "" : graph.seededNow ? ", seeded now" : ", seeded earlier"}`;

/** What the seeded data directory was loaded with (kept beside the store, in the data directory). */
const Marker = z.object({ fingerprint: z.string(), layers: z.array(z.string()), bodies: z.number(), deliverables: z.number(), seededAt: z.string() });

/**
 * The graph of a Neo4j whose data directory is kept between runs (`npm run load`'s
 * .neo4j/load-<port>) made equal to `npm start`'s: the seed and the default layers as this tree
 * loads them. The fingerprint of what was loaded is kept in the data directory; when the seed,
 * a layer or the loader's rows changed since, or the graph does not hold what was loaded (an
 * interrupted load, writes through the API), the graph is emptied and loaded again.
 */
export async function ensureSeedGraph(db: Database, log: Logger, dataDir: string, layers: readonly string[] = defaultSeedLayers()): Promise<MeasuredGraph> {
  const markerFile = path.join(path.resolve(projectRoot, dataDir), "seeded.json");
  const rows = seedRows(layers);
  const fingerprint = graphFingerprint(rows);
  const expected = { bodies: rows.nodes.Organization.length, deliverables: rows.nodes.Deliverable.length };
  await migrate(db, log);
  const marker = readMarker(markerFile);
  let counts = await graphCounts(db);
  const current = marker?.fingerprint === fingerprint && counts.bodies === expected.bodies && counts.deliverables === expected.deliverables;
  if (!current) {
    // The marker goes first: a load interrupted after it leaves a graph that is reseeded next time.
    rmSync(markerFile, { force: true });
    await wipeGraph(db);
    await loadSeed(db, log, undefined, { layers });
    counts = await graphCounts(db);
    writeFileSync(markerFile, `${JSON.stringify({ fingerprint, layers, ...expected, seededAt: new Date().toISOString() }, null, 2)}\n`);
  }
  return { layers: [...layers], fingerprint, counts, seededNow: !current };
}

/** The record of what the data directory was loaded with; none when missing or unreadable (then the graph is loaded again). */
function readMarker(file: string): z.infer<typeof Marker> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = Marker.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The load test's own Neo4j (Bolt `port`, data in .neo4j/load-<port>) holding `npm start`'s graph
 * (see `ensureSeedGraph`), and a connection to it as the product's user.
 */
export async function startSeededNeo4j(port: number, log: Logger): Promise<{ neo4j: LocalNeo4j; db: Database; graph: MeasuredGraph }> {
  const dataDir = `.neo4j/load-${port}`;
  const startTimeoutMs = loadConfig(process.env).localNeo4j.startTimeoutMs; // NEO4J_LOCAL_START_TIMEOUT_MS, as the product
  const neo4j = await LocalNeo4j.start({ boltPort: port, dataDir, heap: "1g", log, startTimeoutMs });
  const db = Database.connect(neo4j.uri, neo4j.credentials.username, neo4j.credentials.password, { database: undefined, txTimeoutMs: 60_000, log });
  try {
    return { neo4j, db, graph: await ensureSeedGraph(db, log, dataDir) };
  } catch (error) {
    await db.close();
    await neo4j.stop();
    throw error;
  }
}
