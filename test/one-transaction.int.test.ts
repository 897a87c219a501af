import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { mix, seedProbes, type QueryName } from "../bench/mix.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { startTestApp } from "./helpers.js";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const examples = readFileSync(path.join(projectRoot, "examples.graphql"), "utf8");

/** Transactions and statements one request costs, counted by the database door. */
async function cost(query: string, operationName?: string, variables?: Record<string, unknown>) {
  const before = { transactions: app.db.transactions, statements: app.db.statements, roundTrips: app.db.roundTrips };
  const response = await fetch(`${app.http.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, operationName, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return {
    transactions: app.db.transactions - before.transactions,
    statements: app.db.statements - before.statements,
    roundTrips: app.db.roundTrips - before.roundTrips,
  };
}

describe("one request, one read transaction", () => {
  // The nested examples, with the most statements each may send. A body's own relationships are
  // read with it (look-ahead); each deeper level costs one statement per field.
  it.each([
    ["FindCommittee", 1], // "SC 27" resolved, the body with partOf, parentGroup, subGroups, topics and its sources' documents: one statement
    ["FGMVStructure", 2], // fg-mv with reportsTo, subGroups and statistics; the sub-groups' deliverables
    ["JCAMVOverview", 7],
    ["FGMVViceChairs", 2], // "FG-MV" resolved with the body and its roles, once for both aliases; the people's affiliations with their organizations
    ["OrganizationsAndPeople", 2], // the page with each body's roles; the people's affiliations (their organizations primed)
    ["FGMVDeliverables2023", 4],
    ["Overlaps", 1],
    ["JCAMVLiaisons", 2], // "JCA-MV" resolved; the liaisons with their partners (look-ahead)
  ])("%s reads in one transaction, with at most %i statements", async (operation, maxStatements) => {
    const spent = await cost(examples, operation);
    expect(spent.transactions).toBe(1);
    expect(spent.statements).toBeGreaterThan(0);
    expect(spent.statements).toBeLessThanOrEqual(maxStatements);
    expect(spent.roundTrips).toBeLessThanOrEqual(spent.statements);
  });

  it("a nested listing of 100 organizations reads their own relationships with them, then one statement per deeper level", async () => {
    const spent = await cost(`{ organizations(first: 100) { nodes { key parent { key } roles(includeEnded: true) { person { affiliations { organization { name } } } } } } }`);
    // The listing (with each body's parent and roles); the people's affiliations, their organizations read with them.
    expect(spent).toEqual({ transactions: 1, statements: 2, roundTrips: 2 });
  });

  it("the benchmark's nested listing (parent, sub-groups, roles, topics and a page of deliverables of each body) is one statement", async () => {
    const spent = await cost(`{
      organizations(first: 20, filter: { kinds: [STUDY_GROUP] }) {
        totalCount
        nodes {
          key name acronym
          parent { key name }
          subGroups { key name }
          roles { role person { name } }
          topics { topic { key name } }
          deliverables(first: 5) { nodes { code title status } }
        }
      }
    }`);
    expect(spent).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
  });

  it("a body looked up by readable id or by acronym is resolved and read with its relationships in one statement", async () => {
    const selection = "{ name partOf { key } subGroups { key } topics { topic { name } } deliverables(first: 3) { totalCount } }";
    expect(await cost(`{ organization(ref: "fg-mv") ${selection} }`)).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    expect(await cost(`{ organization(ref: "FG-MV") ${selection} }`)).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
  });

  // The benchmark's documents: each body's people and liaison status are read with the answer
  // (look-ahead), and the topic and us, named by readable ids, by the same statement. Before,
  // whoWorksOn sent 5 statements in 3 round trips and liaisonGaps 4 in 3.
  it.each<[QueryName, string]>([
    ["whoWorksOn", "metaverse"],
    ["whoWorksOn", "pii-protection"],
    ["liaisonGaps", "metaverse"],
    // The refs of roadmap and overlaps (readable ids) are checked by the answer's own statement;
    // before, their lookup was a second statement sent beside it.
    ["roadmap", "metaverse"],
    ["overlaps", "metaverse"],
    // connection's two searches and the lookup of its ends (readable ids), once three statements.
    ["connection", "metaverse"],
  ])("the benchmark's %s on %s is one statement", async (name, topic) => {
    const query = mix.find((q) => q.name === name)!;
    const spent = await cost(query.document, undefined, query.variables({ ...seedProbes, topic }));
    expect(spent).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
  });

  // A query whose request read with one statement is read alone from then on: one auto-commit
  // transaction (RUN and PULL in one Bolt write; no BEGIN, no COMMIT), the same answer.
  it("a query that read with one statement is read alone (auto-commit) from its next request on, with the same answer", async () => {
    const query = `query ReadAloneProbe { organization(ref: "fg-mv") { key name partOf { key } subGroups { key } } }`;
    const ask = async () => {
      const readsAlone = app.db.readsAlone;
      const spent = await cost(query);
      return { ...spent, readsAlone: app.db.readsAlone - readsAlone };
    };
    expect(await ask()).toEqual({ transactions: 1, statements: 1, roundTrips: 1, readsAlone: 0 });
    expect(await ask()).toEqual({ transactions: 1, statements: 1, roundTrips: 1, readsAlone: 1 });
    const answers = await Promise.all([1, 2].map(async () => (await fetch(`${app.http.url}/graphql`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }),
    })).json()));
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ data: { organization: { key: "fg-mv" } } });
  });

  it("a query of several statements keeps its one explicit read transaction at every request", async () => {
    for (let i = 0; i < 2; i++) {
      const readsAlone = app.db.readsAlone;
      const spent = await cost(examples, "FGMVStructure");
      expect(spent.transactions).toBe(1);
      expect(spent.statements).toBe(2);
      expect(app.db.readsAlone - readsAlone).toBe(0);
    }
  });

  it("a request without Cypher opens no transaction", async () => {
    expect(await cost("{ __typename }")).toMatchObject({ transactions: 0, statements: 0 });
  });
});
