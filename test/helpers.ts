import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { loadConfig, type Config } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { createLogger, type Logger } from "../src/logger.js";

export const testLog: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");

/** Configuration for a product instance on the test run's Neo4j and a free HTTP port. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  // A generous transaction timeout (as the test database connections have): a test app that
  // loads the seed in one transaction must not time out when the machine is busy.
  return loadConfig({ NEO4J_TX_TIMEOUT_MS: "60000", ...process.env, ...sharedNeo4jEnv(), PORT: "0", ...overrides });
}

/** The test run's Neo4j as environment variables (address, user, password), for apps and CLIs. */
export function sharedNeo4jEnv(): { NEO4J_URI: string; NEO4J_USERNAME: string; NEO4J_PASSWORD: string } {
  return { NEO4J_URI: inject("neo4jUri"), NEO4J_USERNAME: inject("neo4jUsername"), NEO4J_PASSWORD: inject("neo4jPassword") };
}

export async function startTestApp(overrides: Record<string, string> = {}): Promise<RunningApp> {
  const app = await startApp(testConfig(overrides), testLog);
  await app.prepared;
  return app;
}

/**
 * For tests of the pages, which send several API requests at once from a browser on a machine
 * that other work keeps busy: a request may take up to 2 minutes (the product's default deadline
 * is 30 s) so the outcome does not depend on the machine's speed. Limits have tests of their own.
 */
export const PATIENT = { REQUEST_TIMEOUT_MS: "120000" };

/** A GraphQL answer's data, read loosely as tests do. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The product on the shared seed graph for the calling test file: started before its tests,
 * stopped after them. `query` asks it a GraphQL question and gives the data, failing on any error.
 */
export function useSeedGraphApp(): { readonly app: RunningApp; readonly url: string; query(text: string, variables?: Record<string, unknown>): Promise<Json> } {
  let started: RunningApp | undefined;
  beforeAll(async () => {
    started = await startTestApp();
  });
  afterAll(async () => {
    await started?.stop();
  });
  const app = () => {
    if (!started) throw new Error("the test app is not running (it starts in beforeAll)");
    return started;
  };
  return {
    get app() {
      return app();
    },
    get url() {
      return app().http.url;
    },
    async query(text, variables) {
      const { status, body } = await postGraphQL(app().http.url, text, variables);
      if (body.errors) throw new Error(`GraphQL errors (${status}): ${JSON.stringify(body.errors)}`);
      return body.data as Json;
    },
  };
}

export function testDatabase(): Database {
  const config = testConfig();
  return Database.connect(inject("neo4jUri"), config.neo4j.username, config.neo4j.password, {
    database: config.neo4j.database,
    txTimeoutMs: 30_000,
    log: testLog,
  });
}

export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** Polls until `check` returns true, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Waits until every thread of `pid` is stopped (after SIGSTOP), as the kernel reports it. The
 * signal only asks: a busy machine may leave threads of the process running, and answering,
 * for a while after `kill` returns.
 */
export async function untilStopped(pid: number, timeoutMs = 30_000): Promise<void> {
  await eventually(() => threadStates(pid).every((state) => "TtZX".includes(state)), timeoutMs, `every thread of process ${pid} to be stopped`);
}

/** The state letter of each thread of `pid` (Linux /proc; `ps` elsewhere, for the whole process). */
function threadStates(pid: number): string[] {
  if (existsSync(`/proc/${pid}/task`)) {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        // "tid (comm) S …": the command may hold spaces and parentheses; the state follows the last ")".
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        return [stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3)];
      } catch {
        return []; // the thread ended meanwhile
      }
    });
  }
  return [execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim().charAt(0)];
}

/**
 * Waits until the product itself has found Neo4j unreachable (it then answers
 * DATABASE_UNAVAILABLE at once), asking it to look as often as needed.
 */
export async function untilProductSeesDatabaseDown(app: RunningApp, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => !(await app.db.ping()) && !app.db.available, timeoutMs, "the product to find Neo4j unreachable");
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fingerprint of the whole graph (labels, properties, relationships), to prove that a
 * rejected operation changed nothing.
 */
export async function graphChecksum(db: Database): Promise<string> {
  const rows = await db.read(`
    MATCH (n) WHERE NOT n:Migration
    OPTIONAL MATCH (n)-[r]->(m)
    WITH n, collect([type(r), properties(r), m.id]) AS out
    RETURN labels(n) AS labels, properties(n) AS props, out
    ORDER BY labels(n)[0], n.id`);
  const { createHash } = await import("node:crypto");
  const stable = (value: unknown) => JSON.stringify(value, (_key, inner) => sortKeys(inner));
  const canonical = rows.map((row) => stable({ ...row, out: (row.out as unknown[]).map(stable).sort() }));
  return createHash("sha256").update(canonical.sort().join("\n")).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}
