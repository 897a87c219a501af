import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
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
async function cost(query: string, operationName?: string) {
  const before = { transactions: app.db.transactions, statements: app.db.statements, roundTrips: app.db.roundTrips };
  const response = await fetch(`${app.http.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, operationName }),
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
  // The nested examples, with the most statements each may send (one per field and level, at most).
  it.each([
    ["FindCommittee", 7], // the ref, the body, and one per nested field: partOf, parentGroup, subGroups, topics, sources
    ["FGMVStructure", 7],
    ["JCAMVOverview", 12],
    ["OrganizationsAndPeople", 6],
    ["FGMVDeliverables2023", 4],
    ["Overlaps", 8],
  ])("%s reads in one transaction, with at most %i statements", async (operation, maxStatements) => {
    const spent = await cost(examples, operation);
    expect(spent.transactions).toBe(1);
    expect(spent.statements).toBeGreaterThan(0);
    expect(spent.statements).toBeLessThanOrEqual(maxStatements);
    expect(spent.roundTrips).toBeLessThanOrEqual(spent.statements);
  });

  it("a nested listing of 100 organizations sends one statement per level in the same transaction", async () => {
    const spent = await cost(`{ organizations(first: 100) { nodes { key parent { key } roles(includeEnded: true) { person { affiliations { organization { name } } } } } } }`);
    expect(spent).toEqual({ transactions: 1, statements: 5, roundTrips: 4 });
  });

  it("a request without Cypher opens no transaction", async () => {
    expect(await cost("{ __typename }")).toMatchObject({ transactions: 0, statements: 0 });
  });
});
