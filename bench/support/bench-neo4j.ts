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
