/**
 * The whole PROFILE plan (operators, details, db hits, rows) of the product's and the peer's
 * statements for benchmark queries, on the graph the last benchmark left in .neo4j/bench.
 *
 *   npx tsx bench/plan-dump.ts 100 nestedListing
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import type { Params } from "../src/db/database.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { floorQueries } from "./floor.js";
import { mix } from "./mix.js";
import { peerQueries } from "./peer/queries.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { captureStatements, peerStatements } from "./support/plans.js";
import { generateGraph } from "./synthetic/generate.js";

interface Plan { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: Plan[] }

const [scaleText, ...names] = process.argv.slice(2);
const scale = Number(scaleText);
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const { probes } = generateGraph(scale, 1);
const schema = await createSchema();

async function dump(label: string, cypher: string, params: Params): Promise<void> {
  const session = neo4j.db.driver.session({ defaultAccessMode: "READ" });
  try {
    await session.run(cypher, params);
    const result = await session.run(`PROFILE ${cypher}`, params);
    let total = 0;
    const lines: string[] = [];
    const walk = (plan: Plan, depth: number) => {
      total += plan.dbHits;
      const details = String(plan.arguments.Details ?? "").slice(0, 160);
      lines.push(`${"  ".repeat(depth)}${plan.operatorType.replace(/@.*$/, "")} hits=${plan.dbHits} rows=${plan.rows} ${details}`);
      plan.children.forEach((c) => walk(c, depth + 1));
    };
    walk(result.summary.profile as unknown as Plan, 0);
    console.log(`\n=== ${label}: ${total} db hits\n${cypher.trim()}\n${JSON.stringify(params, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}\n${lines.join("\n")}`);
  } finally {
    await session.close();
  }
}

try {
  for (const query of mix.filter((q) => names.includes(q.name))) {
    const floor = floorQueries[query.name];
    if (process.env.DUMP_FLOOR) await dump("floor", floor.cypher, floor.params(probes));
    const statements = await captureStatements(neo4j.db, async () => {
      const contextValue = createContext(neo4j.db, { coordination: { home: probes.home, maxHops: 6 } });
      await graphql({ schema, source: query.document, variableValues: query.variables(probes), contextValue }).finally(() => contextValue.db.end());
    });
    for (const [i, [cypher, params]] of statements.entries()) await dump(`product #${i + 1}`, cypher, params);
    const peer = peerQueries[query.name];
    if (peer) for (const [i, [cypher, params]] of (await peerStatements(neo4j, peer.document, peer.variables(probes))).entries()) if (i > 0) await dump(`peer #${i + 1}`, cypher, params);
  }
} finally {
  await neo4j.stop();
}
