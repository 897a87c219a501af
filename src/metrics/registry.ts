import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The product's Prometheus metrics (GET /metrics), one registry per process. Modules count what
 * they do through the small functions here (countExport, countImport, …); nothing else in the
 * code base touches prom-client.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "mvgraph_" });

export const graphqlRequests = new Counter({
  name: "mvgraph_graphql_requests_total",
  help: "GraphQL requests by operation name and outcome (ok, partial: data with errors, error: no data)",
  labelNames: ["operation", "outcome"] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: "mvgraph_graphql_request_duration_seconds",
  help: "Time from the start of a GraphQL request to its answer, by operation name",
  labelNames: ["operation"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: "mvgraph_graphql_errors_total",
  help: "Errors in GraphQL answers, by extensions.code",
  labelNames: ["code"] as const,
  registers: [registry],
});

export const neo4jSessionsInUse = new Gauge({
  name: "mvgraph_neo4j_sessions_in_use",
  help: "Neo4j sessions open now (each holds a connection of the driver's pool while it runs)",
  registers: [registry],
});

export const neo4jPoolSize = new Gauge({
  name: "mvgraph_neo4j_connection_pool_max",
  help: "The driver's connection pool size per server",
  registers: [registry],
});

export const neo4jTransactionDuration = new Histogram({
  name: "mvgraph_neo4j_transaction_duration_seconds",
  help: "Time a Neo4j session was held for its transaction (read or write), round trips included",
  labelNames: ["mode"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers: [registry],
});

/** What every Database instance counts itself; summed over instances when scraped. */
export interface DatabaseCounts {
  transactions: number;
  roundTrips: number;
  statements: number;
  available: boolean;
}
const databases = new Set<DatabaseCounts>();

/** Reports this database door's counts in /metrics until `untrack` (when it closes). */
export function trackDatabase(db: DatabaseCounts): () => void {
  databases.add(db);
  return () => databases.delete(db);
}

const sum = (field: "transactions" | "roundTrips" | "statements") => [...databases].reduce((total, db) => total + db[field], 0);

new Counter({
  name: "mvgraph_neo4j_transactions_total",
  help: "Neo4j transactions run (managed, per-request reads and auto-commit)",
  registers: [registry],
  collect() {
    this.reset();
    this.inc(sum("transactions"));
  },
});

new Counter({
  name: "mvgraph_neo4j_round_trips_total",
  help: "Round trips to Neo4j (a pipelined batch of statements is one)",
  registers: [registry],
  collect() {
    this.reset();
    this.inc(sum("roundTrips"));
  },
});

new Counter({
  name: "mvgraph_neo4j_statements_total",
  help: "Cypher statements sent to Neo4j",
  registers: [registry],
  collect() {
    this.reset();
    this.inc(sum("statements"));
  },
});

new Gauge({
  name: "mvgraph_neo4j_available",
  help: "1 while Neo4j answers, 0 from the moment it was found unreachable until it answers again",
  registers: [registry],
  collect() {
    this.set([...databases].every((db) => db.available) ? 1 : 0);
  },
});

/** What the pool of heavy work (imports' reading, syncs' planning) holds now. */
export interface HeavyWorkLoad {
  running: number;
  waiting: number;
  workers: number;
}
let heavyWork: (() => HeavyWorkLoad) | undefined;

/** Reports the heavy-work pool's load in /metrics (the pool registers itself once). */
export function trackHeavyWork(load: () => HeavyWorkLoad): void {
  heavyWork = load;
}

new Gauge({
  name: "mvgraph_heavy_work_tasks",
  help: "Heavy tasks (reading an imported file, planning a catalogue sync) off the request thread, by state: running, or waiting for a worker",
  labelNames: ["state"] as const,
  registers: [registry],
  collect() {
    const load = heavyWork?.() ?? { running: 0, waiting: 0, workers: 0 };
    this.set({ state: "running" }, load.running);
    this.set({ state: "waiting" }, load.waiting);
  },
});

new Gauge({
  name: "mvgraph_heavy_work_workers",
  help: "Worker threads alive for heavy work (they stop when idle; IMPORT_WORKERS bounds them)",
  registers: [registry],
  collect() {
    this.set(heavyWork?.().workers ?? 0);
  },
});

const exportsTotal = new Counter({
  name: "mvgraph_exports_total",
  help: "Exports served (HTTP), by file and outcome (ok, or the error code)",
  labelNames: ["file", "outcome"] as const,
  registers: [registry],
});

const importsTotal = new Counter({
  name: "mvgraph_imports_total",
  help: "Document imports, by outcome: stored, already_imported, rejected (a file or input refused), failed (an error), applied, apply_rejected, apply_failed",
  labelNames: ["outcome"] as const,
  registers: [registry],
});

const importChanges = new Counter({
  name: "mvgraph_import_changes_total",
  help: "Changes proposed or applied by imports, by outcome",
  labelNames: ["outcome"] as const,
  registers: [registry],
});

export function countExport(file: string, outcome: string): void {
  exportsTotal.inc({ file, outcome });
}

/** For the importer: one call per imported document, with the number of changes it proposed or applied. */
export function countImport(outcome: string, changes = 0): void {
  importsTotal.inc({ outcome });
  if (changes > 0) importChanges.inc({ outcome }, changes);
}
