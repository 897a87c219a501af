import type { Database, Params } from "../../src/db/database.js";

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
