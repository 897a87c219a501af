import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { generateApiKey, hashApiKey } from "../src/auth/api-keys.js";
import { CommitCuttingProxy } from "./bolt-proxy.js";
import { testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * A retried create must not make a duplicate. The product reaches its (writable, unseeded)
 * engine through a proxy that can lose a commit's answer: the write commits in Neo4j, the
 * product hears only that the connection broke. A retry with the same Idempotency-Key answers
 * the first result and writes nothing.
 */
const keys = { editor: generateApiKey(), editor2: generateApiKey() };
let engine: WritableEngine;
let proxy: CommitCuttingProxy;
let app: RunningApp;
let driver: Driver;

beforeAll(async () => {
  engine = await acquireWritableEngine();
  proxy = await CommitCuttingProxy.start({ host: "127.0.0.1", port: engine.boltPort });
  app = await startApp(
    testConfig({
      ...engine.env,
      NEO4J_URI: proxy.uri,
      SEED_ON_EMPTY: "false",
      MVGRAPH_API_KEYS: `editor:editor:${hashApiKey(keys.editor)},editor2:editor:${hashApiKey(keys.editor2)}`,
    }),
    testLog,
  );
  await app.prepared;
  driver = neo4j.driver(engine.uri, neo4j.auth.basic(engine.username, engine.password));
  const document = await post(keys.editor, undefined, `mutation { createDocument(input: { id: "idem-source", kind: CIRCULAR, title: "Idempotency test source" }) { key } }`);
  expect(document.body.errors).toBeUndefined();
}, 300_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await driver?.close();
  await engine?.release();
});

const CREATE = `mutation Create($name: String!) {
  createOrganization(input: { name: $name, kind: CONSORTIUM }, source: { document: "idem-source" }) { key name version }
}`;

interface Answer {
  status: number;
  body: { data?: { createOrganization?: { key: string; name: string } } | null; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
}

async function post(credential: string, idempotencyKey: string | undefined, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${app.http.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: `Bearer ${credential}`,
      ...(idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/** Sends the request again until the product answers something other than DATABASE_UNAVAILABLE (it may first probe Neo4j's return). */
async function retried(send: () => Promise<Answer>): Promise<Answer> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await send();
    const unavailable = answer.body.errors?.some((error) => error.extensions?.code === "DATABASE_UNAVAILABLE");
    if (!unavailable || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function count(cypher: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params);
  return Number(records[0]!.get(0));
}
const organizationsNamed = (name: string) => count("MATCH (o:Organization {name: $name}) RETURN count(o)", { name });
const changes = () => count("MATCH (c:Change) RETURN count(c)", {});

describe("a retried create with an Idempotency-Key", { timeout: 180_000 }, () => {
  it("answers the first result and writes nothing the second time", async () => {
    const name = "Idempotent Consortium A";
    const first = await post(keys.editor, "key-a", CREATE, { name });
    expect(first.body.errors).toBeUndefined();
    const changesAfterFirst = await changes();
    const second = await post(keys.editor, "key-a", CREATE, { name });
    expect(second).toEqual(first);
    expect(await organizationsNamed(name)).toBe(1);
    expect(await changes()).toBe(changesAfterFirst);
    // The key is kept beside the change record it made, with its expiry.
    const kept = await driver.executeQuery("MATCH (k:IdempotencyKey {key: 'key-a'})-[:RECORDED]->(c:Change) RETURN c.entityKey AS entity, k.expiresAt > k.at AS expires");
    expect(kept.records.map((record) => [record.get("entity"), record.get("expires")])).toEqual([[first.body.data!.createOrganization!.key, true]]);
  });

  it("refuses the same key with other variables (CONFLICT naming Idempotency-Key), writing nothing", async () => {
    const first = await post(keys.editor, "key-b", CREATE, { name: "Idempotent Consortium B" });
    expect(first.body.errors).toBeUndefined();
    const other = await post(keys.editor, "key-b", CREATE, { name: "Idempotent Consortium B2" });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key" });
    expect(other.body.errors?.[0]?.message).toMatch(/was used for a different request/);
    expect(await organizationsNamed("Idempotent Consortium B2")).toBe(0);
  });

  it("keeps each user's keys apart, and refuses a malformed key with 400", async () => {
    const name = "Idempotent Consortium C";
    const mine = await post(keys.editor, "key-c", CREATE, { name });
    const theirs = await post(keys.editor2, "key-c", CREATE, { name });
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data!.createOrganization!.key).not.toBe(mine.body.data!.createOrganization!.key);
    const malformed = await post(keys.editor, "bad key with spaces", CREATE, { name: "Never written" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_REQUEST", field: "Idempotency-Key" });
    expect(await organizationsNamed("Never written")).toBe(0);
  });

  it("a commit whose answer is lost, retried with the same key: one organization, the same answer", async () => {
    const name = "Idempotent Consortium Lost Answer";
    const cutsBefore = proxy.cuts;
    proxy.armCommitCut();
    const lost = await post(keys.editor, "key-lost", CREATE, { name });
    expect(proxy.cuts, `the proxy saw:\n${proxy.recent.join("\n")}`).toBe(cutsBefore + 1);
    // Neo4j committed it, whatever the product answered (DATABASE_UNAVAILABLE, or the answer of
    // the driver's own retry of the transaction, which the stored key turns into a replay).
    expect(await organizationsNamed(name)).toBe(1);
    const [stored] = (await driver.executeQuery("MATCH (o:Organization {name: $name}) RETURN o.id AS key", { name })).records;
    const retry = await retried(() => post(keys.editor, "key-lost", CREATE, { name }));
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data!.createOrganization).toMatchObject({ key: stored!.get("key"), name });
    if (!lost.body.errors) expect(lost.body).toEqual(retry.body);
    expect(await organizationsNamed(name)).toBe(1);
  });

  it("without a key, the same lost answer and retry make a duplicate (what the key prevents)", async () => {
    const name = "Unkeyed Consortium Lost Answer";
    const cutsBefore = proxy.cuts;
    proxy.armCommitCut();
    await post(keys.editor, undefined, CREATE, { name });
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(await organizationsNamed(name)).toBeGreaterThanOrEqual(1);
    await retried(() => post(keys.editor, undefined, CREATE, { name }));
    expect(await organizationsNamed(name)).toBeGreaterThanOrEqual(2);
  });
});
