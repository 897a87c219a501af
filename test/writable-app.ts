import { rmSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { startApp, type RunningApp } from "../src/app.js";
import { generateApiKey, hashApiKey } from "../src/auth/api-keys.js";
import { LocalNeo4j, projectRoot } from "../src/db/neo4j-local.js";
import { testConfig, testLog } from "./helpers.js";
import { testPorts } from "./ports.js";

/**
 * Tests that edit the graph run on a Neo4j of their own (seeded like the shared one), so the
 * shared graph, whose checksum other tests compare, never changes under them. Each file passes
 * its own spare port index.
 */
export interface WritableApp {
  app: RunningApp;
  url: string;
  /** How a command-line tool reaches this app's engine (its URI and generated password). */
  neo4jEnv: Record<string, string>;
  /** One credential per role: API keys for analyst, editor and admin, a second editor, and an admin JWT. */
  credentials: { analyst: string; editor: string; editor2: string; admin: string; adminJwt: string };
  stop(): Promise<void>;
}

export const JWT_SECRET = "a-test-secret-that-is-long-enough-for-hs256!";

export async function startWritableApp(spareIndex: number, options: { routing?: boolean } = {}): Promise<WritableApp> {
  const boltPort = testPorts.spare(spareIndex);
  const dataDir = `.neo4j/test-writable-${boltPort}`;
  rmSync(path.join(projectRoot, dataDir), { recursive: true, force: true });
  const neo4j = await LocalNeo4j.start({ boltPort, dataDir, heap: "512m", log: testLog });
  const keys = { analyst: generateApiKey(), editor: generateApiKey(), editor2: generateApiKey(), admin: generateApiKey() };
  const roleOf = { analyst: "analyst", editor: "editor", editor2: "editor", admin: "admin" } as const;
  const apiKeys = Object.entries(keys).map(([name, key]) => `${name}:${roleOf[name as keyof typeof keys]}:${hashApiKey(key)}`).join(",");
  let app: RunningApp;
  try {
    app = await startApp(testConfig({ ...neo4j.env, ...(options.routing ? { NEO4J_URI: neo4j.uri.replace(/^bolt:/, "neo4j:") } : {}), MVGRAPH_API_KEYS: apiKeys, MVGRAPH_JWT_SECRET: JWT_SECRET }), testLog);
    await app.prepared; // migrations, then the seed (the graph is empty)
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  const adminJwt = await new SignJWT({ mvgraph_role: "admin" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("jwt-admin")
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(JWT_SECRET));
  return {
    app,
    url: app.http.url,
    neo4jEnv: { ...neo4j.env },
    credentials: { ...keys, adminJwt },
    async stop() {
      await app.stop();
      await neo4j.stop();
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
