import { Database } from "../../src/db/database.js";
import { LocalNeo4j } from "../../src/db/neo4j-local.js";
import type { Logger } from "../../src/logger.js";

/** Where the benchmark's graph lives, for this process and for the servers it starts. */
export interface BenchNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** The engine's process when the benchmark started it (its CPU time is measured), else undefined. */
  pid: number | undefined;
  db: Database;
  stop(): Promise<void>;
}

/**
 * The benchmark's own Neo4j 5.26 (bolt 127.0.0.1:7690, data in .neo4j/bench), or the server
 * BENCH_NEO4J_URI names. Long transaction timeout: bulk loads and PROFILEs at ×1000 take time.
 */
export async function benchNeo4j(log: Logger): Promise<BenchNeo4j> {
  const local = process.env.BENCH_NEO4J_URI
    ? undefined
    : await LocalNeo4j.start({
        boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7690), dataDir: ".neo4j/bench", heap: process.env.BENCH_NEO4J_HEAP ?? "6g", log,
      });
  const uri = process.env.BENCH_NEO4J_URI ?? local!.uri;
  const username = local ? local.credentials.username : process.env.BENCH_NEO4J_USERNAME ?? "neo4j";
  const password = local ? local.credentials.password : process.env.BENCH_NEO4J_PASSWORD ?? "";
  const database = process.env.BENCH_NEO4J_DATABASE;
  const db = Database.connect(uri, username, password, { database, txTimeoutMs: 3_600_000, log });
  return {
    uri, username, password, database, db, pid: local?.pid,
    async stop() {
      await db.close();
      await local?.stop();
    },
  };
}

/**
 * What a server the benchmark starts (the product, the HTTP floor, the peer) is told: where the
 * benchmark's Neo4j is, no seeding, no rate limit, and `home` as us (the generated graphs name
 * their own; on `npm start`'s graph the product's default). bench/run.ts and
 * bench/profile-http.ts start their servers with it.
 */
export function benchServerEnv(neo4j: Pick<BenchNeo4j, "uri" | "username" | "password" | "database">, home?: string): Record<string, string> {
  return {
    NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
    SEED_ON_EMPTY: "false", RATE_LIMIT_MAX: "0", ...(home ? { HOME_ORGANIZATION: home } : {}), LOG_LEVEL: "warn",
  };
}

/**
 * The HTTP port of each next server the benchmark starts: from BENCH_HTTP_PORT on, one more each
 * time (so checkouts benchmarked side by side on one machine can keep to their own ports), or any
 * free port ("0") when it is not set.
 */
export function benchHttpPorts(): () => string {
  const first = process.env.BENCH_HTTP_PORT;
  if (first === undefined || first === "") return () => "0";
  let next = Number(first);
  if (!Number.isInteger(next) || next < 1 || next > 65535) throw new Error(`BENCH_HTTP_PORT must be a port number, not "${first}"`);
  return () => String(next++);
}
