import { SignJWT } from "jose";
import neo4j from "neo4j-driver";
import { inject } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { generateApiKey, hashApiKey } from "../src/auth/api-keys.js";
import { testConfig, testLog } from "./helpers.js";
import type { WritableEngineInfo } from "./writable-engines.js";

/**
 * Tests that edit the graph run on a writable engine, never on the shared one, whose checksum
 * other tests compare. Each vitest worker has one (kept by the run, see writable-engines.ts); a
 * file leases its worker's engine for its whole run and finds it empty, as a new engine: no node,
 * no index, no constraint.
 */
export interface WritableEngine extends WritableEngineInfo {
  /** How a product instance or a command-line tool reaches this engine (its URI and password). */
  env: { NEO4J_URI: string; NEO4J_USERNAME: string; NEO4J_PASSWORD: string };
  /** Gives the engine back for the worker's next file. */
  release(): Promise<void>;
}

/** This file's writable engine, leased to it alone and emptied. */
export async function acquireWritableEngine(): Promise<WritableEngine> {
  const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
  const leaseUrl = `${inject("writableEnginesUrl")}/engines/${poolId}/lease/${process.pid}`;
  // A worker slot is free only once its last file has finished; its process may still be ending.
  const deadline = Date.now() + 60_000;
  let response = await fetch(leaseUrl, { method: "POST" });
  while (response.status === 409 && Date.now() < deadline) {
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 500));
    response = await fetch(leaseUrl, { method: "POST" });
  }
  const body = (await response.json()) as WritableEngineInfo & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `lease refused (${response.status})`);
  const release = async () => {
    await (await fetch(leaseUrl, { method: "DELETE" })).body?.cancel();
  };
  try {
    await emptyEngine(body);
  } catch (error) {
    await release();
    throw error;
  }
  const { uri, username, password, dataDir, boltPort, holderPid } = body;
  return { uri, username, password, dataDir, boltPort, holderPid, env: { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password }, release };
}

/** Deletes every node, constraint and index (but Neo4j's own lookup indexes), and checks that none is left. */
async function emptyEngine({ uri, username, password }: WritableEngineInfo): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  const names = async (show: string) => (await driver.executeQuery(show)).records.map((record) => record.get("name") as string);
  const quoted = (name: string) => `\`${name.replaceAll("`", "``")}\``;
  try {
    // Schema names cannot be parameters: these come from the engine itself.
    for (const name of await names("SHOW CONSTRAINTS YIELD name")) await driver.executeQuery(`DROP CONSTRAINT ${quoted(name)} IF EXISTS`);
    const userIndexes = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name";
    for (const name of await names(userIndexes)) await driver.executeQuery(`DROP INDEX ${quoted(name)} IF EXISTS`);
    const session = driver.session();
    try {
      await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"); // needs an auto-commit transaction
    } finally {
      await session.close();
    }
    const [left] = (await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes")).records;
    const leftOver = { nodes: Number(left!.get("nodes")), constraints: (await names("SHOW CONSTRAINTS YIELD name")).length, indexes: (await names(userIndexes)).length };
    if (leftOver.nodes + leftOver.constraints + leftOver.indexes > 0) throw new Error(`the writable engine is not empty: ${JSON.stringify(leftOver)}`);
  } finally {
    await driver.close();
  }
}

export interface WritableApp {
  app: RunningApp;
  url: string;
  /** How a command-line tool reaches this app's engine (its URI and generated password). */
  neo4jEnv: Record<string, string>;
  /** The engine itself (its data directory, and the process that holds it). */
  engine: WritableEngine;
  /** One credential per role: API keys for analyst, editor and admin, a second editor, and an admin JWT. */
  credentials: { analyst: string; editor: string; editor2: string; admin: string; adminJwt: string };
  stop(): Promise<void>;
}

export const JWT_SECRET = "a-test-secret-that-is-long-enough-for-hs256!";

/**
 * The product on this file's writable engine, started as on a new engine: migrations, then the
 * seed (the graph is empty). With `routing`, it reaches the engine by neo4j:// instead of bolt://;
 * `env` sets other configuration.
 */
export async function startWritableApp(options: { routing?: boolean; env?: Record<string, string> } = {}): Promise<WritableApp> {
  const engine = await acquireWritableEngine();
  const keys = { analyst: generateApiKey(), editor: generateApiKey(), editor2: generateApiKey(), admin: generateApiKey() };
  const roleOf = { analyst: "analyst", editor: "editor", editor2: "editor", admin: "admin" } as const;
  const apiKeys = Object.entries(keys).map(([name, key]) => `${name}:${roleOf[name as keyof typeof keys]}:${hashApiKey(key)}`).join(",");
  let app: RunningApp | undefined;
  try {
    app = await startApp(testConfig({ ...engine.env, ...(options.routing ? { NEO4J_URI: engine.uri.replace(/^bolt:/, "neo4j:") } : {}), MVGRAPH_API_KEYS: apiKeys, MVGRAPH_JWT_SECRET: JWT_SECRET, ...options.env }), testLog);
    await app.prepared; // migrations, then the seed (the graph is empty)
  } catch (error) {
    await app?.stop().catch(() => undefined);
    await engine.release();
    throw error;
  }
  const running = app;
  const adminJwt = await new SignJWT({ mvgraph_role: "admin" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("jwt-admin")
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(JWT_SECRET));
  return {
    app: running,
    url: running.http.url,
    neo4jEnv: { ...engine.env },
    engine,
    credentials: { ...keys, adminJwt },
    async stop() {
      try {
        await running.stop();
      } finally {
        await engine.release();
      }
    },
  };
}

export type GraphQLResponse = {
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** POSTs a GraphQL operation, with `Authorization: Bearer <credential>` when one is given. */
export async function gql(url: string, credential: string | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] };
}

let counter = 0;
/** A readable id no other test uses. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}
