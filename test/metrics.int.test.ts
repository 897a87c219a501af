import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { generateApiKey, hashApiKey } from "../src/auth/api-keys.js";
import { startTestApp } from "./helpers.js";

const ADMIN_KEY = generateApiKey();
const ANALYST_KEY = generateApiKey();
const API_KEYS = `ada:admin:${hashApiKey(ADMIN_KEY)},ann:analyst:${hashApiKey(ANALYST_KEY)}`;

/** One sample's value from a Prometheus text exposition, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function graphql(url: string, query: string, operationName?: string) {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, operationName }),
  });
}

describe("GET /metrics on the product's port", () => {
  let app: RunningApp;
  const metrics = async (key?: string) => fetch(`${app.http.url}/metrics`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  beforeAll(async () => {
    app = await startTestApp({ MVGRAPH_API_KEYS: API_KEYS, RATE_LIMIT_MAX: "0" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("is not public: 401 without a credential, 403 for an analyst", async () => {
    const anonymous = await metrics();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    expect((await metrics(ANALYST_KEY)).status).toBe(403);
  });

  it("counts requests by operation and outcome, their latency, errors by code, Neo4j work, pool use and exports", async () => {
    expect((await graphql(app.http.url, "query OrgCount { organizations { totalCount } }")).status).toBe(200);
    expect((await graphql(app.http.url, "query OrgCount { organizations { totalCount } }")).status).toBe(200);
    expect((await graphql(app.http.url, "query Broken { noSuchField }")).status).toBe(400);
    expect((await fetch(`${app.http.url}/export/roadmap.csv`)).status).toBe(200);
    expect((await fetch(`${app.http.url}/export/roadmap.csv?from=yesterday`)).status).toBe(400);

    // Every session is handed back. The answer leaves before its read transaction's COMMIT
    // returns, so the last request's session may still be closing for a moment.
    await expect
      .poll(async () => sample(await (await metrics(ADMIN_KEY)).text(), "mvgraph_neo4j_sessions_in_use"), { timeout: 5_000 })
      .toBe(0);
    const response = await metrics(ADMIN_KEY);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    // Each series with its value after the requests above: exactly, or at least (Neo4j work).
    const expected: Array<[series: string, value: number | { atLeast: number }]> = [
      ['mvgraph_graphql_requests_total{operation="OrgCount",outcome="ok"}', 2],
      ['mvgraph_graphql_requests_total{operation="invalid",outcome="error"}', 1],
      ['mvgraph_graphql_request_duration_seconds_count{operation="OrgCount"}', 2],
      ['mvgraph_graphql_request_duration_seconds_bucket{le="+Inf",operation="OrgCount"}', 2],
      ['mvgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}', 1],
      ["mvgraph_neo4j_transactions_total", { atLeast: 3 }],
      ["mvgraph_neo4j_round_trips_total", { atLeast: 3 }],
      ['mvgraph_neo4j_transaction_duration_seconds_count{mode="read"}', { atLeast: 3 }],
      ["mvgraph_neo4j_connection_pool_max", 100],
      ["mvgraph_neo4j_available", 1],
      ['mvgraph_exports_total{file="/export/roadmap.csv",outcome="ok"}', 1],
      ['mvgraph_exports_total{file="/export/roadmap.csv",outcome="BAD_USER_INPUT"}', 1],
      ["mvgraph_process_resident_memory_bytes", { atLeast: 1 }],
    ];
    for (const [series, value] of expected) {
      if (typeof value === "number") expect(sample(text, series), series).toBe(value);
      else expect(sample(text, series), series).toBeGreaterThanOrEqual(value.atLeast);
    }
    expect(text).toMatch(/^# HELP mvgraph_imports_total /m);
  });
});

describe("GET /metrics on a port of its own (METRICS_PORT)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ MVGRAPH_API_KEYS: API_KEYS, METRICS_PORT: "0" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("answers there without a credential, and not at all on the API's port", async () => {
    expect(app.http.metricsPort).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${app.http.metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^# HELP mvgraph_graphql_requests_total /m);
    expect((await fetch(`${app.http.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).status).toBe(404);
  });
});
