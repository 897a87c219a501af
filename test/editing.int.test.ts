import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startWritableApp, uniqueId, type WritableApp } from "./writable-app.js";

let w: WritableApp;
beforeAll(async () => {
  w = await startWritableApp(8);
});
afterAll(async () => {
  await w?.stop();
});

const SOURCE = { document: "tsb-circular-60", locator: "annex-a" };
const editor = (query: string, variables?: Record<string, unknown>) => gql(w.url, w.credentials.editor, query, variables);

describe("smoke", () => {
  it("creates, updates, and shows history", async () => {
    const id = uniqueId("org");
    const created = await editor(
      `mutation($input: OrganizationInput!, $source: SourceInput!) { createOrganization(input: $input, source: $source) { key name version sources { ref } parent { key } } }`,
      { input: { id, name: "Probe body", kind: "OTHER", partOf: "itu-t" }, source: SOURCE },
    );
    console.log(JSON.stringify(created.body));
    const updated = await editor(
      `mutation($key: String!, $source: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { acronym: "PB", mailbox: "pb@example.org" }, source: $source) { key acronym version mailbox } }`,
      { key: id, source: { document: "tsb-circular-60" } },
    );
    console.log(JSON.stringify(updated.body));
    const stale = await editor(
      `mutation($key: String!, $source: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { acronym: "X" }, source: $source) { key } }`,
      { key: id, source: SOURCE },
    );
    console.log(JSON.stringify(stale.body));
    const history = await gql(w.url, undefined, `query($id: ID!) { history(id: $id) { totalCount nodes { sequence action entityKey fields { field before after } source { ref } } } }`, { id: created.body.data!.createOrganization ? Buffer.from(`Organization:${id}`).toString("base64url") : "" });
    console.log(JSON.stringify(history.body, null, 1));
    expect(created.body.errors).toBeUndefined();
  });
});
