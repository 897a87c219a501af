import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startWritableApp, uniqueId, type GraphQLResponse, type WritableApp } from "./writable-app.js";

/**
 * Issue 15, the questions an analyst asks about records an editor made through the API. These
 * write, so they run on an engine of their own (spare index 1), seeded like the shared one.
 */
let w: WritableApp;
beforeAll(async () => {
  w = await startWritableApp(1);
});
afterAll(async () => {
  await w?.stop();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const today = new Date().toISOString().slice(0, 10);

function ok(response: GraphQLResponse): Json {
  if (response.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as Json;
}
const editor = async (query: string, variables?: Record<string, unknown>) => ok(await gql(w.url, w.credentials.editor, query, variables));
const analyst = async (query: string, variables?: Record<string, unknown>) => ok(await gql(w.url, w.credentials.analyst, query, variables));

describe("lastConfirmed of records created through the API", () => {
  it("a body and its chair recorded by an editor from the 2nd JCA-MV circular (2026) are confirmed by that circular, not unconfirmed and not stale", async () => {
    const org = uniqueId("probe-group");
    const person = uniqueId("probe-person");
    const source = { document: "tsb-circular-jca-mv-2", locator: "p1" };
    const created = await editor(
      `mutation($org: OrganizationInput!, $person: PersonInput!, $source: SourceInput!) {
        createOrganization(input: $org, source: $source) { key lastConfirmed }
        createPerson(input: $person, source: $source) { key }
      }`,
      { org: { id: org, name: `Probe group ${org}`, kind: "WORKING_GROUP", partOf: "jca-mv" }, person: { id: person, name: `Probe Person ${person}` }, source },
    );
    // The circular is dated only "2026": confirmed on its first day, as the seed computes it.
    expect(created.createOrganization).toEqual({ key: org, lastConfirmed: "2026-01-01" });
    const role = (await editor(
      `mutation($input: StartRoleInput!, $source: SourceInput!) { startRole(input: $input, source: $source) { key lastConfirmed unconfirmed } }`,
      { input: { person, organization: org, role: "CHAIR", since: "2026" }, source },
    )).startRole;
    expect(role).toMatchObject({ lastConfirmed: "2026-01-01", unconfirmed: false });

    const { contacts, stale } = await analyst(
      `query($org: String!) {
        contacts(organizations: [$org], asOf: "2026-06-01") { contacts { person { key } role lastConfirmed unconfirmed } }
        stale(asOf: "2026-06-01", first: 500) { facts { key } }
      }`,
      { org },
    );
    expect(contacts.contacts).toEqual([{ person: { key: person }, role: "CHAIR", lastConfirmed: "2026-01-01", unconfirmed: false }]);
    expect(stale.facts.map((f: Json) => f.key)).not.toContain(role.key);

    // …and like every fact, it needs checking once no document has confirmed it for the limit (730 days).
    const later = await analyst(`query($org: String!) {
      contacts(organizations: [$org], asOf: "2028-06-01") { contacts { unconfirmed } }
      stale(asOf: "2028-06-01", kinds: ["ROLE"], first: 500) { facts { key lastConfirmed } }
    }`, { org });
    expect(later.contacts.contacts).toEqual([{ unconfirmed: true }]);
    expect(later.stale.facts).toContainEqual({ key: role.key, lastConfirmed: "2026-01-01" });
  });

  it("a record whose source document has no date is confirmed on the day of the edit; an update never moves the date back", async () => {
    const org = uniqueId("probe-forum");
    const created = (await editor(
      `mutation($input: OrganizationInput!, $source: SourceInput!) { createOrganization(input: $input, source: $source) { key version lastConfirmed } }`,
      { input: { id: org, name: `Probe forum ${org}`, kind: "INDUSTRY_FORUM" }, source: { newDocument: { kind: "WEB_PAGE", title: `Undated page ${org}`, url: "https://example.org/undated" } } },
    )).createOrganization;
    expect(created).toMatchObject({ key: org, lastConfirmed: today });
    // An update citing a 2022 document keeps the later confirmation.
    const updated = (await editor(
      `mutation($key: String!, $source: SourceInput!) { updateOrganization(key: $key, version: 1, patch: { description: "Probe" }, source: $source) { lastConfirmed } }`,
      { key: org, source: { document: "tsag-ls-fg-mv" } },
    )).updateOrganization;
    expect(updated.lastConfirmed).toBe(today);
  });
});
