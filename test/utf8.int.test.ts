import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { generateApiKey, hashApiKey } from "../src/auth/api-keys.js";
import { startTestApp } from "./helpers.js";
import { rawRequest } from "./raw-http.js";

/**
 * Bytes that are not UTF-8 in a request's text are refused with 400 naming the field, never
 * stored as U+FFFD. Raw bytes over HTTP, on the shared seed graph: every request here is refused
 * before anything runs (the person read back proves nothing was written). The mutations name a
 * stale version, so that even a regression cannot edit the shared graph (it would be CONFLICT).
 */
const editorKey = generateApiKey();
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ MVGRAPH_API_KEYS: `utf8-editor:editor:${hashApiKey(editorKey)}` });
});
afterAll(async () => {
  await app?.stop();
});

const url = () => app.http.url;
const headers = { "content-type": "application/json", accept: "application/graphql-response+json, application/json", authorization: `Bearer ${editorKey}` };

/** A JSON body whose text holds `bad` (raw bytes) where the marker "@BAD@" stands. */
function bodyWith(payload: unknown, bad: number[]): Uint8Array {
  const [before, after] = JSON.stringify(payload).split("@BAD@") as [string, string];
  return Buffer.concat([Buffer.from(before, "utf8"), Buffer.from(bad), Buffer.from(after, "utf8")]);
}

const rename = `mutation Rename($name: String!) {
  updatePerson(key: "shin-gak-kang", version: 999, patch: { name: $name }, source: { document: "tsb-circular-60" }) { name }
}`;

async function shinGakKangName(): Promise<string> {
  const answer = await rawRequest(url(), { headers, body: JSON.stringify({ query: '{ person(ref: "shin-gak-kang") { name } }' }) });
  return (answer.json?.data as { person: { name: string } }).person.name;
}

describe("text that is not UTF-8", () => {
  it("an updatePerson whose new name holds a lone 0xFF byte is refused with 400 naming variables.name, and writes nothing", async () => {
    const before = await shinGakKangName();
    const answer = await rawRequest(url(), { headers, body: bodyWith({ query: rename, variables: { name: "Shin-Gak @BAD@Kang" } }, [0xff]) });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_REQUEST", field: "variables.name" });
    expect(answer.json?.errors?.[0]?.message).toBe("variables.name: the text is not valid UTF-8");
    expect(await shinGakKangName()).toBe(before);
  });

  it("names a field nested in an input object, and a string inlined in the query", async () => {
    const nested = await rawRequest(url(), {
      headers,
      body: bodyWith({ query: "mutation P($patch: PersonPatch!) { updatePerson(key: \"shin-gak-kang\", version: 999, patch: $patch, source: { document: \"tsb-circular-60\" }) { name } }", variables: { patch: { title: "x@BAD@" } } }, [0xc3, 0x28]),
    });
    expect(nested.status).toBe(400);
    expect(nested.json?.errors?.[0]?.extensions?.field).toBe("variables.patch.title");
    // A UTF-16 surrogate encoded as UTF-8 (ED A0 80) is not UTF-8 either.
    const inline = await rawRequest(url(), { headers, body: bodyWith({ query: '{ search(text: "a@BAD@b") { score } }' }, [0xed, 0xa0, 0x80]) });
    expect(inline.status).toBe(400);
    expect(inline.json?.errors?.[0]?.extensions?.field).toBe("query");
  });

  it("the same request in valid UTF-8 runs (accents and a real U+FFFD included)", async () => {
    const answer = await rawRequest(url(), { headers, body: Buffer.from(JSON.stringify({ query: "query S($t: NonEmptyString!) { search(text: $t) { score } }", variables: { t: "Fröjdh \uFFFD" } }), "utf8") });
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
  });

  it("query-string parameters that are not UTF-8 are refused naming the parameter (GET /graphql, exports)", async () => {
    const get = await rawRequest(url(), {
      method: "GET",
      path: `/graphql?query=${encodeURIComponent("query S($t: NonEmptyString!) { search(text: $t) { score } }")}&variables=%7B%22t%22%3A%22a%FFb%22%7D`,
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(400);
    expect(get.json?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_REQUEST", field: "variables" });
    const exported = await rawRequest(url(), { method: "GET", path: "/export/roadmap.csv?org=jca-mv&topic=x%C3", headers: {} });
    expect(exported.status).toBe(400);
    expect(exported.json?.errors?.[0]?.extensions?.field).toBe("topic");
    const valid = await rawRequest(url(), { method: "GET", path: "/export/roadmap.csv?org=jca-mv&topic=%C3%A9t%C3%A9", headers: {} });
    expect(valid.status).not.toBe(500);
    expect(valid.text).not.toContain("not valid UTF-8");
  });
});
