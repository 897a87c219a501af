/**
 * Checks the benchmark's floor against the running product: for each mix query, posts the
 * GraphQL document to the product, runs the floor statement on the same Neo4j, and prints both
 * fingerprints and whether they agree; then the median time of each over RUNS runs (default 20;
 * RUNS=0 skips timing).
 *
 *   npx tsx bench/floor-check.ts                      # seed probes, then the built-in variants
 *   npx tsx bench/floor-check.ts topic=metaverse asOf=2024-01-01   # seed probes with overrides only
 *
 * PRODUCT_URL (default http://127.0.0.1:4000), NEO4J_URI (default bolt://127.0.0.1:7687),
 * NEO4J_DATABASE (default neo4j), NEO4J_USERNAME/NEO4J_PASSWORD if auth is on. Reads only.
 * Exit code 1 when a fingerprint differs (the canonical answers are then printed side by side).
 */
import neo4j from "neo4j-driver";
import { canonicalAnswer, floorAnswer, floorFingerprint, productAnswer, productFingerprint, runFloor } from "./floor.js";
import { mix, seedProbes, type Probes, type QueryName } from "./mix.js";

const RUNS = Number(process.env.RUNS ?? 20);
const productUrl = process.env.PRODUCT_URL ?? "http://127.0.0.1:4000";
const database = process.env.NEO4J_DATABASE ?? "neo4j";
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  process.env.NEO4J_USERNAME ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? "") : undefined,
);

/** Probe overrides from the command line (`name=value`), else the seed probes and variants with non-trivial answers. */
const overrides = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split("=", 2) as [string, string]));
for (const key of Object.keys(overrides)) if (!(key in seedProbes)) throw new Error(`unknown probe ${key}; probes: ${Object.keys(seedProbes).join(", ")}`);
const probeSets: Array<{ label: string; probes: Probes; queries?: QueryName[] }> = Object.keys(overrides).length
  ? [{ label: `seed probes with ${JSON.stringify(overrides)}`, probes: { ...seedProbes, ...overrides } }]
  : [
      { label: "seed probes", probes: seedProbes },
      { label: "topic metaverse", probes: { ...seedProbes, topic: "metaverse" } },
      { label: "topic metaverse, asOf 2024-01-01", probes: { ...seedProbes, topic: "metaverse", asOf: "2024-01-01" } },
      {
        label: "other bodies",
        probes: { ...seedProbes, topic: "xr", home: "fg-mv", far: "w3c", roadmapOrganization: "jtc1", asOf: "2023-06-01", from: "2023-01-01", to: "2025-12-31", searchText: "SC 27", listingKind: "WORKING_GROUP" },
      },
      {
        label: "security in 2025, several shortest paths, current roles",
        probes: { ...seedProbes, topic: "security", far: "fg-mv", asOf: "2025-06-01", searchText: "digital twin", listingKind: "ADVISORY_GROUP" },
      },
    ];

async function postProduct(document: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${productUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`product: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Medians of `times` runs of each, interleaved so that both see the same load on a shared machine. */
async function medians(times: number, floor: () => Promise<unknown>, product: () => Promise<unknown>): Promise<[number, number]> {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < times + 2; i++) {
    for (const [side, run] of [floor, product].entries()) {
      const start = performance.now();
      await run();
      if (i >= 2) samples[side]!.push(performance.now() - start); // two warm-up runs
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]!) as [number, number];
}

let disagreements = 0;
const timing: string[] = [`| query | floor median ms | product median ms (HTTP) | product ÷ floor |`, `| --- | ---: | ---: | ---: |`];
try {
  for (const [index, set] of probeSets.entries()) {
    console.log(`\n== ${set.label}: ${JSON.stringify(set.probes)}`);
    for (const query of mix) {
      const variables = query.variables(set.probes);
      const data = await postProduct(query.document, variables);
      const rows = await runFloor(driver, database, query.name, set.probes);
      const product = productFingerprint(query.name, data);
      const floor = floorFingerprint(query.name, rows);
      const agree = product === floor;
      if (!agree) disagreements++;
      console.log(`${agree ? "✓" : "✗"} ${query.name}\n    product ${product}\n    floor   ${floor}`);
      if (!agree) {
        console.log(`    product answer: ${JSON.stringify(canonicalAnswer(query.name, productAnswer(query.name, data)))}`);
        console.log(`    floor answer:   ${JSON.stringify(canonicalAnswer(query.name, floorAnswer(query.name, rows)))}`);
      }
      if (index === 0 && RUNS > 0) {
        const [floorMs, productMs] = await medians(
          RUNS,
          () => runFloor(driver, database, query.name, set.probes),
          () => postProduct(query.document, variables),
        );
        timing.push(`| ${query.name} | ${floorMs.toFixed(1)} | ${productMs.toFixed(1)} | ${(productMs / floorMs).toFixed(1)} |`);
      }
    }
  }
} finally {
  await driver.close();
}
if (RUNS > 0) console.log(`\nMedian of ${RUNS} runs each (after 2 warm-up runs), floor and product interleaved, ${probeSets[0]!.label}, one client:\n\n${timing.join("\n")}`);
console.log(`\n${disagreements === 0 ? "All fingerprints agree." : `${disagreements} fingerprint(s) differ.`}`);
process.exitCode = disagreements === 0 ? 0 : 1;
