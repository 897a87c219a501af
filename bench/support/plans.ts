import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql } from "graphql";
import neo4jDriver from "neo4j-driver";
import type { Database, Params } from "../../src/db/database.js";
import type { BenchNeo4j } from "./bench-neo4j.js";

/** The read statements a database door sends while `work` runs (loaders' grouped reads included). */
export async function captureStatements(db: Database, work: () => Promise<unknown>): Promise<Array<[string, Params]>> {
  const statements: Array<[string, Params]> = [];
  db.onStatement = (cypher, params) => statements.push([cypher, params]);
  try {
    await work();
  } finally {
    db.onStatement = undefined;
  }
  return statements;
}

export interface PlanSummary {
  /** Wall time of the PROFILE run, plan cached. */
  ms: number;
  dbHits: number;
  operators: Array<{ operator: string; dbHits: number; rows: number }>;
}

interface Plan { operatorType: string; dbHits: number; rows: number; children: Plan[] }

/** PROFILEs one statement (after one run to cache its plan) and flattens its plan. */
export async function profileStatement(db: Database, cypher: string, params: Params): Promise<PlanSummary> {
  const session = db.driver.session({ defaultAccessMode: "READ" });
  try {
    await session.run(cypher, params);
    const start = performance.now();
    const result = await session.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - start;
    const operators: PlanSummary["operators"] = [];
    const walk = (plan: Plan) => {
      operators.push({ operator: plan.operatorType.replace(/@.*$/, ""), dbHits: plan.dbHits, rows: plan.rows });
      plan.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as Plan);
    return { ms, dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0), operators };
  } finally {
    await session.close();
  }
}

/** The first lines of a statement, to name it in a listing. */
export const firstLines = (cypher: string, length = 100) => `${cypher.trim().split("\n").slice(0, 2).join(" ").slice(0, length)}…`;

/** The peer's schema, run in this process: its statements go through a transaction that records them. */
export async function peerStatements(neo4j: BenchNeo4j, document: string, variables: Record<string, unknown>): Promise<Array<[string, Params]>> {
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.username, neo4j.password));
  try {
    const typeDefs = readFileSync(new URL("../peer/type-defs.graphql", import.meta.url), "utf8");
    const peerSchema = await new Neo4jGraphQL({
      typeDefs, driver,
      features: { excludeDeprecatedFields: { attributeFilters: true, relationshipFilters: true, aggregationFilters: true, aggregationFiltersOutsideConnection: true, mutationOperations: true } },
    }).getSchema();
    const statements: Array<[string, Params]> = [];
    const session = driver.session({ defaultAccessMode: "READ", ...(neo4j.database ? { database: neo4j.database } : {}) });
    const tx = session.beginTransaction();
    try {
      const executionContext = { run: (cypher: string, params: Params) => (statements.push([cypher, params]), tx.run(cypher, params)) };
      const answer = await graphql({ schema: peerSchema, source: document, variableValues: variables, contextValue: { executionContext } });
      if (answer.errors) throw new Error(answer.errors.map((e) => e.message).join("; "));
    } finally {
      await tx.rollback();
      await session.close();
    }
    return statements;
  } finally {
    await driver.close();
  }
}
