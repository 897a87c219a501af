import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startWritableApp, uniqueId, type WritableApp } from "./writable-app.js";

const SOURCE = { document: "tsb-circular-60" };

/**
 * The product on `NEO4J_URI=neo4j://…`, the routing scheme a cluster (or AuraDB) is reached by:
 * the driver asks the server for its routing table and sends reads and writes to the members it
 * names. Here the cluster is the local engine alone, which answers routing like a cluster of one.
 */
describe("through neo4j:// (routing), the core paths work end to end", { timeout: 240_000 }, () => {
  let w: WritableApp;
  beforeAll(async () => {
    w = await startWritableApp({ routing: true });
  });
  afterAll(async () => {
    await w?.stop();
  });

  it("connects with the routing scheme", () => {
    expect(w.app.db.driver.getServerInfo).toBeDefined();
    expect(w.app.localNeo4j).toBeUndefined(); // the app was given a NEO4J_URI
  });

  it("reads: a lookup by any name, a nested list, a coordination query", async () => {
    const { status, body } = await gql(w.url, undefined, `{
      organization(ref: "SC 27") { key acronym parent { key } }
      organizations(first: 3) { totalCount edges { node { key } } }
      liaisons(of: "jca-mv", first: 5) { total }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.organization).toMatchObject({ key: "jtc1-sc27", parent: { key: "jtc1" } });
    expect(body.data!.organizations.totalCount).toBeGreaterThan(10);
    expect(body.data!.liaisons.total).toBeGreaterThan(0);
  });

  it("a mutation, then a read in the next request sees it (the bookmark of the write precedes the read)", async () => {
    const name = `Routing probe ${uniqueId("t")}`;
    const before = w.app.db.bookmarks.getBookmarks();
    const created = await gql(w.url, w.credentials.editor, "mutation($s: SourceInput!, $n: String!) { createTopic(input: { name: $n }, source: $s) { key name } }", { s: SOURCE, n: name });
    expect(created.body.errors).toBeUndefined();
    const key = created.body.data!.createTopic.key as string;
    // The write's bookmark is now what every later transaction of this process waits for.
    const after = [...(await w.app.db.bookmarks.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual([...(await before)]);
    const read = await gql(w.url, undefined, "query($k: String!) { topic(ref: $k) { key name } }", { k: key });
    expect(read.body.data!.topic).toEqual({ key, name });
  });

  it("a read in another session after a write sees the write", async () => {
    const id = uniqueId("routing-marker");
    await w.app.db.write("CREATE (:RoutingMarker {id: $id})", { id });
    const rows = await w.app.db.read("MATCH (m:RoutingMarker {id: $id}) RETURN m.id AS id", { id });
    expect(rows).toEqual([{ id }]);
    await w.app.db.write("MATCH (m:RoutingMarker {id: $id}) DELETE m", { id });
  });

  it("an export (the roadmap as CSV, and contacts for an analyst)", async () => {
    const roadmap = await fetch(`${w.url}/export/roadmap.csv?org=jca-mv`);
    expect(roadmap.status).toBe(200);
    expect((await roadmap.text()).split("\r\n")[0]).toMatch(/^date,date_kind,/);
    const contacts = await fetch(`${w.url}/export/contacts.csv?org=jca-mv`, { headers: { authorization: `Bearer ${w.credentials.analyst}` } });
    expect(contacts.status).toBe(200);
    expect(Number(contacts.headers.get("x-export-count"))).toBeGreaterThan(0);
  });
});
