import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { createContext } from "../src/context.js";
import type { Database } from "../src/db/database.js";
import { NO_LOOK_AHEAD } from "../src/organization/organization.repository.js";
import { resolveOrganizationRefLookingAhead } from "../src/organization/organization.service.js";
import { resolveRef } from "../src/refs/resolve-ref.js";
import { searchKeys } from "../src/search/search-keys.js";
import { postGraphQL, testDatabase, useSeedGraphApp, type Json } from "./helpers.js";
import { startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * `organization(ref:)` resolves its ref inside the statement that reads the body (and what the
 * selection asks of it, the documents its sources cite included): a lookup by any ref, id, name,
 * acronym, alias or designation, is one statement in one round trip. The resolution is the
 * standalone one's (same Cypher clauses, same rule), so the answers and errors are the same.
 */
const seedGraph = useSeedGraphApp();
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The answer to `query` and what it cost the database door. */
async function answerAndCost(query: string, variables?: Record<string, unknown>) {
  const { app } = seedGraph;
  const before = { transactions: app.db.transactions, statements: app.db.statements, roundTrips: app.db.roundTrips };
  const { body } = await postGraphQL(seedGraph.url, query, variables);
  return {
    body,
    cost: { transactions: app.db.transactions - before.transactions, statements: app.db.statements - before.statements, roundTrips: app.db.roundTrips - before.roundTrips },
  };
}

const FIND_COMMITTEE = /* GraphQL */ `query($ref: String!) {
  organization(ref: $ref) {
    key name mandate aliases
    partOf { key name }
    parentGroup { key name }
    subGroups { key name }
    topics { evidence topic { name } }
    sources { ref document { key title } }
  }
}`;

describe("looking up one organization by any of its names", () => {
  it("looking up SC 27 by its alias answers in one statement with its sources, the same answer as by its id", async () => {
    const byAlias = await answerAndCost(FIND_COMMITTEE, { ref: "SC 27" });
    expect(byAlias.body.errors).toBeUndefined();
    expect(byAlias.cost).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    const answer = (byAlias.body.data as Json).organization;
    expect(answer.key).toBe("jtc1-sc27");
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.some((source: Json) => source.document !== null)).toBe(true);

    const byId = await answerAndCost(FIND_COMMITTEE, { ref: "jtc1-sc27" });
    expect((byId.body.data as Json).organization).toEqual(answer);
    expect(byId.cost).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
  });

  it("the documents its sources cite are those the documents' own lookup gives (the loader the lookup primed is not another answer)", async () => {
    const { body } = await answerAndCost(FIND_COMMITTEE, { ref: "SC 27" });
    for (const source of (body.data as Json).organization.sources as Json[]) {
      const key = String(source.ref).split("#")[0];
      const alone = await seedGraph.query("query($key: String!) { document(key: $key) { key title } }", { key });
      expect(source.document).toEqual(alone.document);
    }
  });

  it("every spelling of JCA-MV, FG-MV and SC 27 in the examples is one statement", async () => {
    for (const ref of ["SC 27", "SC27", "ISO/IEC JTC1/SC27", "sc27", "JCA-MV", "FG-MV", "fg-mv", "jca-mv"]) {
      const { body, cost } = await answerAndCost(`query($ref: String!) { organization(ref: $ref) { key name sources { document { title } } subGroups { key } } }`, { ref });
      expect(body.errors, ref).toBeUndefined();
      expect((body.data as Json).organization, ref).not.toBeNull();
      expect(cost, ref).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    }
  });

  it("two lookups of the level (GoverningInstruments' jca and fg) share one statement", async () => {
    const { body, cost } = await answerAndCost(`{
      jca: organization(ref: "JCA-MV") { key operatesUnder { deliverable { code } } }
      fg: organization(ref: "FG-MV") { key operatesUnder { deliverable { code } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ jca: { key: "jca-mv" }, fg: { key: "fg-mv" } });
    expect(cost).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
  });

  it("an unknown name is still no organization (null), not an error, and costs one statement", async () => {
    const { body, cost } = await answerAndCost(FIND_COMMITTEE, { ref: "No Such Committee 99" });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ organization: null });
    expect(cost.statements).toBe(1);
  });

  it("every name, acronym and alias of every body resolves as the standalone resolution resolves it", async () => {
    const rows = await db.read("MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.acronym AS acronym, coalesce(n.aliases, []) AS aliases");
    const refs = new Set<string>(["no such body", "SC", "ITU", "sg"]);
    for (const row of rows) for (const ref of [row.id, row.name, row.acronym, ...(row.aliases as string[])]) if (typeof ref === "string") refs.add(ref);
    expect(refs.size).toBeGreaterThan(300);
    const outcome = async <T>(work: () => Promise<T>) => work().then((value) => ({ value }), (error: Error) => ({ error: error.message }));
    const compare = async (ref: string) => {
      const ctx = createContext(db);
      try {
        const standalone = await outcome(async () => (await resolveRef({ db }, "Organization", ref))?.id ?? null);
        const folded = await outcome(async () => (await resolveOrganizationRefLookingAhead(ctx, ref, NO_LOOK_AHEAD))?.node.id ?? null);
        return { ref, standalone, folded };
      } finally {
        await ctx.db.end();
      }
    };
    const all = [...refs];
    for (let i = 0; i < all.length; i += 8) {
      for (const { ref, standalone, folded } of await Promise.all(all.slice(i, i + 8).map(compare))) expect(folded, ref).toEqual(standalone);
    }
  });
});

describe("an ambiguous name", () => {
  let w: WritableApp;
  let app: RunningApp;
  const run = `fold${Date.now()}`;
  beforeAll(async () => {
    w = await startWritableApp();
    app = w.app;
  });
  afterAll(async () => {
    await w?.stop();
  });

  it("an ambiguous name still lists the candidates, as a BAD_USER_INPUT error at ref, whatever the selection", async () => {
    const name = `Twin Committee ${run}`;
    const ids = [`${run}-a`, `${run}-b`];
    for (const id of ids) {
      await app.db.write("CREATE (n:Organization {id: $id, name: $name, aliases: [], sources: [], searchKeys: $keys, kind: 'COMMITTEE', status: 'ACTIVE'})", {
        id, name, keys: searchKeys([name]),
      });
    }
    for (const selection of ["key", "key sources { document { title } } subGroups { key }"]) {
      const { body } = await postGraphQL(app.http.url, `query($ref: String!) { organization(ref: $ref) { ${selection} } }`, { ref: name.toUpperCase() });
      expect(body.errors).toMatchObject([{ path: ["organization"], extensions: { code: "BAD_USER_INPUT", field: "ref" } }]);
      const message = body.errors![0]!.message;
      expect(message).toBe(`ref "${name.toUpperCase()}" is ambiguous: it matches organizations ${ids.map((id) => `${id} (${name})`).join(", ")}; use a readable id`);
    }
    // Either of them by its readable id is one body.
    const byId = await postGraphQL(app.http.url, `query($ref: String!) { organization(ref: $ref) { key } }`, { ref: ids[1] });
    expect(byId.body.data?.organization).toEqual({ key: ids[1] });
  });
});
