/**
 * `npx tsx bench/mix-answers.ts 87f24dc`: are the realistic mix's answers of this tree and of a
 * baseline commit the same on the graph the mix is measured on (this tree's seed, freshly
 * loaded, as `npm run bench`'s mix loads it)? A baseline that reads a graph of a newer shape can
 * answer less, and cheaply, and then its throughput says nothing. Prints one line per operation
 * (same, or how the answers differ in size) and a summary; the bench's own Neo4j (bolt 7690, or
 * BENCH_NEO4J_BOLT_PORT) is wiped first.
 */
import { createLogger } from "../src/logger.js";
import { loadSeed } from "../src/seed/loader.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { wipeGraph } from "./support/graph-load.js";
import { answerableMix, baselineCheckout, queryMix, startProduct } from "./support/product.js";
import { projectRoot } from "../src/db/neo4j-local.js";

const ref = process.argv[2];
if (!ref) throw new Error("usage: npx tsx bench/mix-answers.ts <baseline commit>");
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
try {
  await wipeGraph(neo4j.db);
  await loadSeed(neo4j.db, log);
  const root = baselineCheckout(ref);
  const { bodies } = answerableMix(queryMix("realistic"), root);
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, SEED_ON_EMPTY: "false", RATE_LIMIT_MAX: "0", LOG_LEVEL: "warn" };
  const answersOf = async (tree: string) => {
    const server = await startProduct(env, undefined, tree);
    try {
      const answers: string[] = [];
      for (const body of bodies) {
        const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        answers.push(JSON.stringify(await response.json()));
      }
      return answers;
    } finally {
      await server.stop();
    }
  };
  const current = await answersOf(projectRoot);
  const baseline = await answersOf(root);
  let same = 0;
  bodies.forEach((body, i) => {
    const { query } = JSON.parse(body) as { query: string };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 50).replace(/\s+/g, " ");
    if (current[i] === baseline[i]) same++;
    else console.log(`${name}: differs (this tree ${current[i]!.length} bytes, ${ref} ${baseline[i]!.length} bytes)`);
  });
  console.log(`mix-answers operations=${bodies.length} same=${same} differ=${bodies.length - same}`);
} finally {
  await neo4j.stop();
}
