import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { NO_WINDOW } from "../src/db/paging.js";
import { createContext } from "../src/context.js";
import { listOrganizations, NO_LOOK_AHEAD } from "../src/organization/organization.repository.js";
import { listOrganizationsLookingAhead } from "../src/organization/organization.service.js";
import { testDatabase, useSeedGraphApp, type Json } from "./helpers.js";

/**
 * A listing or lookup reads only the properties its selection needs, of the bodies and of the
 * nodes it reaches. A slim row serves only the fields it was read for: another field of the same
 * request that selects more of the same body, person or topic gets everything it asks for.
 */
const product = useSeedGraphApp();
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Every body's stored description, mandate and sources, by readable id. */
async function storedBodies(): Promise<Map<string, { description: string | null; mandate: string | null; sources: string[] }>> {
  const rows = await db.read(`MATCH (n:Organization) RETURN n.id AS id, n.description AS description, n.mandate AS mandate, n.sources AS sources`);
  return new Map(rows.map((row) => [row.id as string, { description: row.description as string | null, mandate: row.mandate as string | null, sources: row.sources as string[] }]));
}

/** Everything the tests compare of a body, as GraphQL gives it: its own properties and what it reaches. */
const WHOLE_BODY = /* GraphQL */ `
  key name acronym description mandate sources { ref }
  parent { key name description }
  subGroups { key mandate }
  roles { role title person { key name identityNote aliases } }
  topics { evidence sources { ref } topic { key name description aliases } }
  deliverables(first: 5) { totalCount nodes { code title status description } }`;

describe("a slim listing and a larger selection of the same nodes, in one request", () => {
  it("a listing asking only `key` and a lookup of one of its bodies asking description, mandate and sources: both answers whole and right", async () => {
    const stored = await storedBodies();
    const [id, body] = [...stored].find(([, b]) => b.description && b.mandate)!;
    const data = await product.query(`query($ref: String!) {
      organizations(first: 100) { nodes { key } }
      organization(ref: $ref) { key description mandate sources { ref } }
      alias: organization(ref: $ref) { key description mandate sources { ref } parent { key } }
    }`, { ref: id });
    expect(data.organizations.nodes).toContainEqual({ key: id });
    const expected = { key: id, description: body.description, mandate: body.mandate, sources: body.sources.map((ref) => ({ ref })) };
    expect(data.organization).toEqual(expected);
    expect(data.alias).toMatchObject(expected);
  });

  it("a body reached again deeper in the request (a role's organization, a topic work's organization) is whole, though the listing read it slim", async () => {
    const reference = await product.query(`{ organizations(first: 100) { nodes { ${WHOLE_BODY} } } }`);
    const whole = new Map<string, Json>(reference.organizations.nodes.map((body: Json) => [body.key, body]));
    // The reference itself is the stored graph.
    const stored = await storedBodies();
    for (const [key, body] of whole) expect({ description: body.description ?? null, mandate: body.mandate ?? null }).toEqual({ description: stored.get(key)!.description, mandate: stored.get(key)!.mandate });

    const data = await product.query(`{
      organizations(first: 100) {
        nodes {
          key parent { key } subGroups { key } deliverables(first: 5) { nodes { code } }
          roles { role person { key } organization { ${WHOLE_BODY} } }
          topics { topic { key } organization { ${WHOLE_BODY} } }
        }
      }
    }`);
    let compared = 0;
    for (const body of data.organizations.nodes as Json[]) {
      for (const reached of [...body.roles.map((role: Json) => role.organization), ...body.topics.map((work: Json) => work.organization)]) {
        expect(reached).toEqual(whole.get(reached.key));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20); // the seed's bodies have roles and topics: the comparison is not empty
  });

  it("a sub-group's parent asked for in full under a listing that read every parent slim is whole", async () => {
    const data = await product.query(`{
      organizations(first: 100) { nodes { key parent { key } subGroups { key parent { key description mandate } } } }
    }`);
    const stored = await storedBodies();
    const parents = (data.organizations.nodes as Json[]).flatMap((body) => body.subGroups.map((group: Json) => group.parent));
    expect(parents.length).toBeGreaterThan(5);
    for (const parent of parents) expect(parent).toEqual({ key: parent.key, description: stored.get(parent.key)!.description, mandate: stored.get(parent.key)!.mandate });
  });

  it("two lookups of one body with other selections of its people are one statement, each answer whole", async () => {
    const query = `{
      a: organization(ref: "fg-mv") { roles(includeEnded: true) { person { key name } } }
      b: organization(ref: "fg-mv") { roles(includeEnded: true) { person { key identityNote aliases } } }
    }`;
    const before = product.app.db.statements;
    const data = await product.query(query);
    expect(product.app.db.statements - before).toBe(1);
    const people = await db.read(`MATCH (:Organization {id: 'fg-mv'})<-[:HOLDS_ROLE]-(p:Person) RETURN p.id AS key, p.name AS name, p.identityNote AS identityNote, p.aliases AS aliases`);
    const byKey = new Map(people.map((p) => [p.key as string, p]));
    expect(data.a.roles.length).toBeGreaterThan(0);
    for (const role of data.a.roles as Json[]) expect(role.person).toEqual({ key: role.person.key, name: byKey.get(role.person.key)!.name });
    for (const role of data.b.roles as Json[]) {
      expect(role.person).toEqual({ key: role.person.key, identityNote: byKey.get(role.person.key)!.identityNote ?? null, aliases: byKey.get(role.person.key)!.aliases });
    }
  });
});

describe("the listing's statement", () => {
  it("reads only the selection's properties of each body and of the nodes it reaches, never the index properties", async () => {
    const page = await listOrganizations(db, {}, { by: "NAME", desc: false }, { ...NO_WINDOW, first: 100 }, {
      relations: ["parent", "subGroups", "roles", "topics"],
      deliverables: { includeSubGroups: false, statuses: null, window: { ...NO_WINDOW, first: 5 } },
      properties: ["name", "acronym", "formerNames"],
      relatedProperties: { parent: ["name"], subGroups: ["name"], roles: ["name"], topics: ["name"], topicWork: [], deliverablePage: ["code", "title", "status"] },
    });
    expect(page.items.length).toBeGreaterThan(0);
    const keysOf = (row: object) => Object.keys(row).sort();
    for (const { node, related } of page.items) {
      expect(keysOf(node)).toEqual(expect.arrayContaining(["id", "name"]));
      expect(keysOf(node).every((key) => ["id", "name", "acronym", "formerNames"].includes(key))).toBe(true);
      if (related.parent) expect(keysOf(related.parent).every((key) => ["id", "name"].includes(key))).toBe(true);
      for (const group of related.subGroups!) expect(keysOf(group).every((key) => ["id", "name"].includes(key))).toBe(true);
      for (const { node: person } of related.roles!) expect(keysOf(person).every((key) => ["id", "name"].includes(key))).toBe(true);
      for (const { node: topic, edge: work } of related.topics!) {
        expect(keysOf(topic).every((key) => ["id", "name"].includes(key))).toBe(true);
        expect(work).toEqual({});
      }
      for (const deliverable of related.deliverablePage!.items) expect(keysOf(deliverable).every((key) => ["id", "code", "title", "status"].includes(key))).toBe(true);
    }
    // The page reaches people and topics: the checks above are not empty.
    expect(page.items.some(({ related }) => related.roles!.length > 0)).toBe(true);
    expect(page.items.some(({ related }) => related.topics!.length > 0)).toBe(true);
  });

  it("without a projection reads each body whole, as the loaders do", async () => {
    const page = await listOrganizations(db, { kinds: ["STUDY_GROUP"] }, { by: "NAME", desc: false }, { ...NO_WINDOW, first: 5 }, NO_LOOK_AHEAD);
    expect(Object.keys(page.items[0]!.node)).toEqual(expect.arrayContaining(["id", "name", "kind", "sources", "searchKeys"]));
  });
});

describe("the request's loaders", () => {
  it("are never primed with a slim row: a later load of the same body, relationship or page reads it whole", async () => {
    const ctx = createContext(db);
    try {
      const page = await listOrganizationsLookingAhead(ctx, {}, { by: "NAME", desc: false }, { ...NO_WINDOW, first: 100 }, {
        relations: ["parent", "roles", "topics"],
        deliverables: { includeSubGroups: false, statuses: null, window: { ...NO_WINDOW, first: 5 } },
        properties: ["name"],
        // The topics' nodes whole, their WORKS_ON relationships slim: the relationship is slim all the same.
        relatedProperties: { parent: ["name"], roles: ["name"], topics: null, topicWork: [], deliverablePage: ["code"] },
      });
      const find = (found: (related: Json) => boolean) => page.items.find((body) => found(body.lookedAhead.related))!.node.id;
      const withParent = find((related) => related.parent !== null);
      const withRoles = find((related) => related.roles.length > 0);
      const withTopics = find((related) => related.topics.length > 0);
      const withDeliverables = find((related) => related.deliverablePage.items.length > 0);
      const loaders = ctx.loaders.organization;
      expect(await loaders.byId.load(withParent)).toHaveProperty("kind");
      expect(await loaders.parent.load(withParent)).toHaveProperty("kind");
      expect((await loaders.roles.load(withRoles))[0]!.node).toHaveProperty("sources");
      expect((await loaders.topics.load(withTopics))[0]!.edge).toHaveProperty("evidence");
      const deliverables = await loaders.deliverablePage.load({ id: withDeliverables, includeSubGroups: false, statuses: null, window: { ...NO_WINDOW, first: 5 } });
      expect(deliverables.items[0]).toHaveProperty("title");
    } finally {
      await ctx.db.end();
    }
  });
});
