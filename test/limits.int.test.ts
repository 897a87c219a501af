import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { DatabaseTimeoutError } from "../src/errors.js";
import { createContext } from "../src/context.js";
import { hashApiKey } from "../src/auth/api-keys.js";
import { startTestApp, testDatabase } from "./helpers.js";

/** Two analysts' API keys: the rate limit counts per credential. */
const ALICE_KEY = "mvg_alice-rate-limit-test-key-0123456789abcdef";
const BOB_KEY = "mvg_bob-rate-limit-test-key-0123456789abcdef";
import { postJson, rawRequest } from "./raw-http.js";

/**
 * The protective limits as a client meets them over HTTP, with the default configuration and
 * with a few tightened ones (each in its own app on the shared Neo4j).
 */
let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const nested = (levels: number) => `{ organization(ref: "fg-mv") { ${"subGroups { ".repeat(levels)}key${" }".repeat(levels)} } }`;

describe("query shape and cost (default limits)", () => {
  it("a query deeper than the limit is refused before it runs: 400, GRAPHQL_VALIDATION_FAILED, limit depth", async () => {
    const trips = app.db.roundTrips;
    const response = await postJson(app.http.url, { query: nested(20) });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [
        expect.objectContaining({
          message: "The query is nested too deeply (limit 12, found 22).",
          extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", max: 12, found: 22 },
        }),
      ],
    });
    expect(app.db.roundTrips).toBe(trips);
  });

  it("the cost counts `first` as sent in the variables; the estimate comes back in X-Query-Cost", async () => {
    const query =
      "query($n: Int) { organizations(first: $n) { nodes { key roles { person { affiliations { organization { subGroups { roles { person { name } } } } } } } } } }";
    const small = await postJson(app.http.url, { query, variables: { n: 1 } });
    expect(small.status).toBe(200);
    expect(small.json?.errors).toBeUndefined();
    // With unpaged lists taken as 5 items: person 1, roles 1 + 5×1, subGroups 1 + 5×6, organization
    // 1 + 31, affiliations 1 + 5×32, person 1 + 161, roles 1 + 5×162, nodes 1 + 811 (the page's list
    // is counted by `first`), organizations 1 + n×812.
    expect(Number(small.headers.get("x-query-cost"))).toBe(1 + 1 * 812);

    const big = await postJson(app.http.url, { query, variables: { n: 100 } });
    expect(big.status).toBe(400);
    expect(big.json?.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost", max: 50_000, found: 1 + 100 * 812 });
    expect(big.json?.errors?.[0]?.message).toMatch(/estimated cost is too high/);
  });

  it("more aliases than the limit are refused", async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `o${i}: organization(ref: "fg-mv") { key }`).join(" ")} }`;
    const response = await postJson(app.http.url, { query });
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions).toMatchObject({ limit: "aliases", max: 15, found: 16 });
  });

  it("a document with more tokens than the limit is not even parsed: 400 GRAPHQL_PARSE_FAILED", async () => {
    const query = `{ ${"__typename ".repeat(5_000)} }`;
    const response = await postJson(app.http.url, { query });
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Document contains more (than|that) 4000 tokens/), // graphql-js writes "more that"
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
  });

  it("a page larger than 100 items is a BAD_USER_INPUT error naming `first`", async () => {
    const response = await postJson(app.http.url, { query: "{ organizations(first: 101) { totalCount } }" });
    expect(response.json?.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });
});

describe("HTTP limits (default limits)", () => {
  it("a body over 100 KiB is refused with 413 PAYLOAD_TOO_LARGE, as JSON", async () => {
    const response = await postJson(app.http.url, { query: "{ __typename }", variables: { padding: "x".repeat(110_000) } });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.json).toEqual({
      errors: [{ message: "The request body is larger than the limit of 102400 bytes.", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("invalid JSON is 400 BAD_REQUEST, with no stack trace or HTML", async () => {
    const response = await rawRequest(app.http.url, { body: '{"query": "{ __typename }",' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("batched requests are refused while GRAPHQL_MAX_BATCH is 1", async () => {
    const response = await postJson(app.http.url, [{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
  });
});

describe("with GRAPHQL_MAX_BATCH=3", () => {
  let batching: RunningApp;
  beforeAll(async () => {
    batching = await startTestApp({ GRAPHQL_MAX_BATCH: "3" });
  });
  afterAll(async () => {
    await batching?.stop();
  });

  it("a batch of 3 operations gets 3 results; a batch of 4 is refused with 400 BAD_REQUEST", async () => {
    const operation = { query: '{ organization(ref: "fg-mv") { key } }' };
    const ok = await postJson(batching.http.url, [operation, operation, operation]);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual([1, 2, 3].map(() => ({ data: { organization: { key: "fg-mv" } } })));

    const tooMany = await postJson(batching.http.url, [operation, operation, operation, operation]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toEqual({ errors: [{ message: "A batch may hold at most 3 operations (got 4).", extensions: { code: "BAD_REQUEST" } }] });
  });
});

describe("with RATE_LIMIT_MAX=3 per minute", () => {
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await startTestApp({ RATE_LIMIT_MAX: "3", RATE_LIMIT_WINDOW_MS: "60000", MVGRAPH_API_KEYS: `alice:analyst:${hashApiKey(ALICE_KEY)},bob:analyst:${hashApiKey(BOB_KEY)}` });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it("the 4th request from one address is refused with 429 RATE_LIMITED and Retry-After", async () => {
    for (let i = 0; i < 3; i += 1) expect((await postJson(limited.http.url, { query: "{ __typename }" })).status).toBe(200);
    const refused = await postJson(limited.http.url, { query: "{ __typename }" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-policy")).toMatch(/q=3/);
    expect(refused.json?.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED" });
  });

  it("each credential has its own budget, and health checks are never limited", async () => {
    const asAlice = { authorization: `Bearer ${ALICE_KEY}` };
    for (let i = 0; i < 3; i += 1) expect((await postJson(limited.http.url, { query: "{ __typename }" }, asAlice)).status).toBe(200);
    expect((await postJson(limited.http.url, { query: "{ __typename }" }, asAlice)).status).toBe(429);
    expect((await postJson(limited.http.url, { query: "{ __typename }" }, { authorization: `Bearer ${BOB_KEY}` })).status).toBe(200);
    expect((await rawRequest(limited.http.url, { method: "GET", path: "/healthz" })).status).toBe(200);
    expect((await rawRequest(limited.http.url, { method: "GET", path: "/readyz" })).status).toBe(200);
  });
});

describe("with GRAPHQL_INTROSPECTION=false (production)", () => {
  let production: RunningApp;
  beforeAll(async () => {
    production = await startTestApp({ GRAPHQL_INTROSPECTION: "false" });
  });
  afterAll(async () => {
    await production?.stop();
  });

  it("introspection is refused, and error messages suggest no field names", async () => {
    const introspection = await postJson(production.http.url, { query: "{ __schema { types { name } } }" });
    expect(introspection.status).toBe(400);
    expect(introspection.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const typo = await postJson(production.http.url, { query: '{ organization(ref: "fg-mv") { nme } }' });
    expect(typo.json?.errors?.[0]?.message).toBe('Cannot query field "nme" on type "Organization".');
    const withIntrospection = await postJson(app.http.url, { query: '{ organization(ref: "fg-mv") { nme } }' });
    expect(withIntrospection.json?.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });

  it("queries still work", async () => {
    const response = await postJson(production.http.url, { query: '{ organization(ref: "fg-mv") { key } }' });
    expect(response.json).toEqual({ data: { organization: { key: "fg-mv" } } });
  });
});

describe("the request deadline (REQUEST_TIMEOUT_MS)", () => {
  const db = testDatabase();
  afterAll(() => db.close());
  const slowCypher = "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

  it("a transaction gets only what the request has left: Neo4j stops a slow statement at the deadline", async () => {
    const started = Date.now();
    const request = createContext(db, { deadline: Date.now() + 300 });
    await expect(request.db.read(slowCypher)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    await request.db.end();
    expect(Date.now() - started).toBeLessThan(20_000); // not the 30 s transaction timeout of this connection
  });

  it("once the deadline has passed, no transaction starts", async () => {
    const trips = db.roundTrips;
    const request = createContext(db, { deadline: Date.now() - 1 });
    await expect(request.db.read("RETURN 1")).rejects.toMatchObject({ extensions: { code: "QUERY_TIMEOUT" } });
    await request.db.end();
    expect(db.roundTrips).toBe(trips);
  });
});
