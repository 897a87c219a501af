import { exportJWK, generateKeyPair, SignJWT } from "jose";
import neo4j, { type AuthToken } from "neo4j-driver";
import { statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { localNeo4jPassword, PASSWORD_FILE_NAME, PRODUCT_NEO4J_USER, PRODUCT_PASSWORD_FILE_NAME, projectRoot } from "../src/db/neo4j-local.js";
import { postGraphQL, startTestApp, testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/** What Neo4j answers a driver that logs in with `auth` (undefined: the query's value). */
async function loginOutcome(uri: string, auth: AuthToken | undefined): Promise<string | number> {
  const driver = auth ? neo4j.driver(uri, auth) : neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    return (records[0]!.get("one") as { toNumber(): number }).toNumber();
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await driver.close();
  }
}

describe("the local Neo4j engine is locked", { timeout: 240_000 }, () => {
  // A local engine started by the test run on a new data directory, as `npm start` starts one.
  let engine: WritableEngine;
  beforeAll(async () => {
    engine = await acquireWritableEngine();
  });
  afterAll(async () => {
    await engine?.release();
  });

  it("made random passwords on first start, the admin's and the product user's, each in a file only its owner can read (0600)", () => {
    for (const name of [PASSWORD_FILE_NAME, PRODUCT_PASSWORD_FILE_NAME]) expect([name, statSync(path.join(projectRoot, engine.dataDir, name)).mode & 0o777]).toEqual([name, 0o600]);
    // The product connects as its own user, never as the admin `neo4j`.
    expect(engine.username).toBe(PRODUCT_NEO4J_USER);
    expect(engine.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(localNeo4jPassword(engine.dataDir)).not.toBe(engine.password);
  });

  it("refuses a Bolt connection without the password, with a wrong one and with Neo4j's default", async () => {
    expect(await loginOutcome(engine.uri, undefined)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await loginOutcome(engine.uri, neo4j.auth.basic("neo4j", "not-the-password"))).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await loginOutcome(engine.uri, neo4j.auth.basic("neo4j", "neo4j"))).toBe("Neo.ClientError.Security.Unauthorized");
  });

  it("accepts the password from the file", async () => {
    expect(await loginOutcome(engine.uri, neo4j.auth.basic(engine.username, engine.password))).toBe(1);
    expect(await loginOutcome(engine.uri, neo4j.auth.basic("neo4j", localNeo4jPassword(engine.dataDir)))).toBe(1);
  });

  // Issue 28 item 17: Neo4j's default locks a user for 5 s after 3 wrong logins, so any local
  // process could lock the product out. The product has its own user, and the local engine locks
  // no user (its passwords are random, 192 bits: a lock would protect nothing).
  it("wrong logins, as `neo4j` or as the product's user, lock neither out: a right login straight after them succeeds", async () => {
    const wrong = (user: string) => loginOutcome(engine.uri, neo4j.auth.basic(user, "not-the-password"));
    for (let round = 0; round < 5; round += 1) {
      expect(await Promise.all([1, 2, 3, 4].flatMap(() => [wrong("neo4j"), wrong(PRODUCT_NEO4J_USER)]))).toEqual(Array(8).fill("Neo.ClientError.Security.Unauthorized"));
      expect(await loginOutcome(engine.uri, neo4j.auth.basic(engine.username, engine.password))).toBe(1);
      expect(await loginOutcome(engine.uri, neo4j.auth.basic("neo4j", localNeo4jPassword(engine.dataDir)))).toBe(1);
    }
  });

  it("while a loop makes wrong logins as `neo4j`, GraphQL requests through the product keep answering", async () => {
    // Bounded: 400 wrong logins at most, and it stops once the requests are done.
    let attacking = true;
    let attempts = 0;
    const refusals = new Set<string | number>();
    const attack = (async () => {
      while (attacking && attempts < 400) {
        attempts += 1;
        refusals.add(await loginOutcome(engine.uri, neo4j.auth.basic("neo4j", `wrong-${attempts}`)));
      }
    })();
    // The app starts during the attack, so every connection it opens logs in while `neo4j` is
    // being refused, as a product restarted under attack would.
    const app = await startApp(testConfig({ ...engine.env, SEED_ON_EMPTY: "false" }), testLog);
    try {
      await app.prepared;
      const codes: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        const { status, body } = await postGraphQL(app.http.url, "{ organizations { totalCount } }");
        codes.push(body.errors ? `${status} ${String(body.errors[0]?.extensions?.code)}` : `${status} data`);
      }
      expect(codes).toEqual(Array(20).fill("200 data"));
    } finally {
      attacking = false;
      await attack;
      await app.stop();
    }
    expect(attempts).toBeGreaterThan(0);
    expect([...refusals]).toEqual(["Neo.ClientError.Security.Unauthorized"]);
  });
});

describe("security headers on every response", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MAX: "0", TRUST_PROXY: "loopback" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const graphql = (headers: Record<string, string> = {}) =>
    fetch(`${app.http.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: '{"query":"{ __typename }"}' });

  it("an API answer: no sniffing, no referrer, same-origin isolation, a CSP that allows nothing", async () => {
    const response = await graphql();
    expect(response.status).toBe(200);
    expect(Object.fromEntries(["x-content-type-options", "referrer-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "x-frame-options"].map((name) => [name, response.headers.get(name)]))).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-resource-policy": "same-origin",
      "x-frame-options": "SAMEORIGIN",
    });
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none';/);
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("no cache keeps a GraphQL answer (it may hold people's e-mail and phone): no-store, on answers and errors alike", async () => {
    expect((await graphql()).headers.get("cache-control")).toBe("no-store");
    const refused = await fetch(`${app.http.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ nothing }"}' });
    expect(((await refused.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("HSTS only when a trusted proxy says the client came over TLS", async () => {
    expect((await graphql()).headers.get("strict-transport-security")).toBeNull();
    expect((await graphql({ "x-forwarded-proto": "http" })).headers.get("strict-transport-security")).toBeNull();
    expect((await graphql({ "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("exports, probes and errors carry them too", async () => {
    for (const route of ["/export/roadmap.csv", "/healthz", "/no-such-page"]) {
      const response = await fetch(`${app.http.url}${route}`);
      expect([route, response.headers.get("x-content-type-options"), response.headers.get("referrer-policy")]).toEqual([route, "nosniff", "no-referrer"]);
    }
  });

  it("the pages keep their own Content-Security-Policy (scripts from this server only)", async () => {
    for (const page of ["/roadmap", "/graphiql"]) {
      const response = await fetch(`${app.http.url}${page}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy");
      expect([page, csp]).toEqual([page, expect.stringMatching(/^default-src 'self'; script-src 'self';/)]);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("exports go through the same guards as /graphql", () => {
  let app: RunningApp;
  let jwks: Server;
  let jwksDelayMs = 0;
  let analystToken: string;

  beforeAll(async () => {
    // An identity provider whose key set answers only when the test says so: a request that
    // waits for it has used up its deadline before the export reads the graph.
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256" };
    jwks = createServer((_req, res) => {
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })), jwksDelayMs);
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    analystToken = await new SignJWT({ mvgraph_role: "analyst" }).setProtectedHeader({ alg: "ES256", kid: "k1" }).setSubject("ann").setExpirationTime("1h").sign(privateKey);
    app = await startTestApp({
      RATE_LIMIT_MAX: "2",
      RATE_LIMIT_WINDOW_MS: "60000",
      REQUEST_TIMEOUT_MS: "100",
      MVGRAPH_JWT_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  it("the rate limit: the third export in the window is refused with 429 RATE_LIMITED", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${app.http.url}/export/roadmap.csv`)).status);
    expect(statuses.slice(0, 2)).not.toContain(429);
    const refused = await fetch(`${app.http.url}/export/calendar.ics`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
  });

  it("the request deadline: an export and a GraphQL query whose time ran out (waiting for the key set) read nothing and answer QUERY_TIMEOUT", async () => {
    jwksDelayMs = 400; // four times REQUEST_TIMEOUT_MS
    const authorization = `Bearer ${analystToken}`;
    // Sent together: both wait for the same key set (the next request would find it cached).
    const [exported, queried] = await Promise.all([
      fetch(`${app.http.url}/export/contacts.csv?org=jca-mv`, { headers: { authorization } }),
      fetch(`${app.http.url}/graphql`, {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ query: '{ organization(ref: "jca-mv") { key } }' }),
      }),
    ]);
    expect(exported.status).toBe(503);
    expect(await exported.json()).toMatchObject({ error: { code: "QUERY_TIMEOUT" } });
    const answer = (await queried.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TIMEOUT"]);
    expect(answer.data).toEqual({ organization: null });
  });
});
