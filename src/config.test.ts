import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has defaults for local use: port 4000 and the local Neo4j", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.localNeo4j).toEqual({ boltPort: 7687, dataDir: ".neo4j/data", heap: "1g", startTimeoutMs: 600_000 });
    // Bulk writes (the seed at first start, restore) have their own, generous budget; API requests a short one.
    expect(config.neo4j).toMatchObject({ txTimeoutMs: 15_000, bulkTxTimeoutMs: 600_000 });
  });

  it("accepts a remote Neo4j: AuraDB, a cluster, a standalone server", () => {
    for (const uri of ["neo4j+s://abcd1234.databases.neo4j.io", "neo4j://core1:7687", "bolt://db.example.org:7687"]) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it.each([
    [{ PORT: "abc" }, /PORT must be a port number \(got "abc"\)/],
    [{ NEO4J_BULK_TX_TIMEOUT_MS: "soon" }, /NEO4J_BULK_TX_TIMEOUT_MS must be a number of milliseconds \(got "soon"\)/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must look like bolt:\/\/host:7687/],
    [{ NEO4J_URI: "localhost" }, /NEO4J_URI must look like/],
    [{ NEO4J_LOCAL_BOLT_PORT: "x" }, /NEO4J_LOCAL_BOLT_PORT must be a port number/],
    [{ NEO4J_LOCAL_HEAP: "lots" }, /NEO4J_LOCAL_HEAP must be a JVM heap size/],
    [{ NEO4J_DATABASE: "no spaces" }, /NEO4J_DATABASE must be a Neo4j database name/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ SEED_ON_EMPTY: "maybe" }, /SEED_ON_EMPTY must be true or false/],
    [{ SEED_LAYERS: "../elsewhere" }, /SEED_LAYERS must be "none" or folder names under seed\//],
    [{ DATALOADER_BATCHING: "off" }, /DATALOADER_BATCHING must be true or false/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("loads the landscape layer over the seed unless told otherwise (SEED_LAYERS=none: the seed alone)", () => {
    expect(loadConfig({}).seedLayers).toEqual(["landscape"]);
    expect(loadConfig({ SEED_LAYERS: "none" }).seedLayers).toEqual([]);
    expect(loadConfig({ SEED_LAYERS: "landscape,extra" }).seedLayers).toEqual(["landscape", "extra"]);
  });

  it("never echoes the password in an error", () => {
    expect(() => loadConfig({ PORT: "x", NEO4J_PASSWORD: "s3cret" })).not.toThrow(/s3cret/);
  });
});
