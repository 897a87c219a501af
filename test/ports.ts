/**
 * Every port a test run binds, derived from one base (TEST_PORT_BASE, default 7697), so two
 * checkouts can run their suites side by side: give each its own base, 20 apart.
 */
const base = Number(process.env.TEST_PORT_BASE ?? process.env.TEST_NEO4J_PORT ?? 7697);

export const testPorts = {
  /** The run's shared Neo4j, loaded with the seed. */
  sharedNeo4j: base,
  /** The outage test's own Neo4j, stopped and restarted by that test. */
  outageNeo4j: base + 1,
  /** The outage test's Neo4j that starts only after the product (started without it). */
  lateNeo4j: base + 2,
  /** The process tests' Neo4j, one per test. */
  processNeo4j: (index: number) => base + 4 + index,
  /** The writable engines, one per vitest worker (slot = VITEST_POOL_ID - 1, at most 10); see writable-engines.ts. */
  writableNeo4j: (slot: number) => base + 10 + slot,
};
