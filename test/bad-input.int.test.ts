import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import type { Database } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { graphChecksum, startTestApp, testDatabase } from "./helpers.js";
import type { HostileRequest } from "./hostile/requests.js";
import { schemaRequests } from "./hostile/schema-requests.js";
import { abuseRequests, documentRequests, transportRequests } from "./hostile/written-requests.js";
import { rawRequest, type RawResponse } from "./raw-http.js";

/**
 * The bad-input corpus: malformed and hostile requests, written by hand (transport, documents,
 * abuse) and generated from the schema (injection into every string argument, wrong values for
 * every scalar and enum, invalid cursors for every paged list). Every one gets a clear 4xx or
 * GraphQL error (or plain data, for text that is merely odd); none gets a 5xx, a hang, a stack
 * trace or Cypher; and the graph is the same afterwards.
 */
const corpus: HostileRequest[] = [...transportRequests(), ...documentRequests(), ...abuseRequests(), ...schemaRequests(await createSchema())];

/** Codes a client may meet; anything else (INTERNAL_SERVER_ERROR above all) is a failure. */
const CLIENT_ERROR_CODES = new Set([
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "NOT_FOUND",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

let app: RunningApp;
let db: Database;
let checksumBefore: string;
beforeAll(async () => {
  // The rate limiter stays in the chain, with room for the whole corpus from one address.
  app = await startTestApp({ RATE_LIMIT_MAX: "1000000" });
  db = testDatabase();
  checksumBefore = await graphChecksum(db);
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe(`the bad-input corpus (${corpus.length} requests)`, () => {
  it("has hundreds of requests, each with its own name", () => {
    expect(corpus.length).toBeGreaterThan(500);
    expect(new Set(corpus.map((request) => request.name)).size).toBe(corpus.length);
  });
});

// A few at a time, as several clients would send them.
describe.concurrent("each request of the corpus gets a clear answer", () => {
  for (const request of corpus) {
    it(request.name, async () => {
      const response = await rawRequest(app.http.url, {
        method: request.method ?? "POST",
        ...(request.path ? { path: request.path } : {}),
        headers: request.headers ?? {},
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      expectClearAnswer(request, response);
    });
  }
});

describe("after the whole corpus", () => {
  it("leaves the graph exactly as it was, and the server healthy", async () => {
    expect(await graphChecksum(db)).toBe(checksumBefore);
    expect((await rawRequest(app.http.url, { method: "GET", path: "/readyz" })).status).toBe(200);
  });
});

function expectClearAnswer(request: HostileRequest, response: RawResponse): void {
  const context = `${response.status} ${response.text.slice(0, 500)}`;
  expect(response.status, context).toBeLessThan(500);

  const errors = response.json?.errors ?? [];
  const firstCode = errors[0]?.extensions?.code as string | undefined;
  if (response.status === 200) {
    expect(response.json, context).toBeDefined();
    expect(errors.length > 0 || response.json?.data !== undefined, context).toBe(true);
  } else if (response.json !== undefined && !Array.isArray(response.json)) {
    expect(errors.length, context).toBeGreaterThan(0);
  }
  for (const error of errors) {
    const code = error.extensions?.code as string | undefined;
    expect(code !== undefined && CLIENT_ERROR_CODES.has(code), `unexpected code ${code}: ${context}`).toBe(true);
    expect(error.extensions ?? {}, context).not.toHaveProperty("stacktrace");
    expect(error.message, context).not.toMatch(/\n\s+at |\.(ts|js):\d+|Neo4jError|Neo\.(Client|Transient|Database)Error/);
    for (const keyword of ["MATCH (", "UNWIND ", "RETURN ", "MERGE ", "WHERE "]) {
      if (error.message.includes(keyword)) expect(request.body ?? "", `Cypher in an error: ${context}`).toContain(keyword);
    }
  }

  const expected = request.expect ?? {};
  if (expected.status !== undefined) expect([expected.status].flat(), context).toContain(response.status);
  if (expected.code !== undefined) expect([expected.code].flat(), context).toContain(firstCode ?? "none");
  if (expected.field !== undefined) expect(errors[0]?.extensions?.field, context).toBe(expected.field);
  const data = response.json?.data;
  if (expected.data && data && typeof data === "object") expected.data(data as Record<string, unknown>);
}
