import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";

describe("limits configuration", () => {
  it("has documented defaults", () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 12,
      maxCost: 50_000,
      listSizeEstimate: 5,
      maxAliases: 15,
      maxDirectives: 10,
      maxTokens: 4_000,
      maxBatch: 1,
      introspection: true,
      maxBodyBytes: 102_400,
      requestTimeoutMs: 30_000,
      rateLimitMax: 600,
      rateLimitWindowMs: 60_000,
      trustProxy: false,
    });
  });

  it("reads every variable", () => {
    const limits = loadConfig({
      GRAPHQL_MAX_DEPTH: "8",
      GRAPHQL_MAX_COST: "1000",
      GRAPHQL_LIST_SIZE_ESTIMATE: "3",
      GRAPHQL_MAX_ALIASES: "0",
      GRAPHQL_MAX_DIRECTIVES: "2",
      GRAPHQL_MAX_TOKENS: "500",
      GRAPHQL_MAX_BATCH: "5",
      GRAPHQL_INTROSPECTION: "false",
      HTTP_MAX_BODY_BYTES: "2048",
      REQUEST_TIMEOUT_MS: "5000",
      RATE_LIMIT_MAX: "0",
      RATE_LIMIT_WINDOW_MS: "1000",
      TRUST_PROXY: "loopback",
    }).limits;
    expect(limits).toMatchObject({ maxDepth: 8, maxCost: 1000, listSizeEstimate: 3, maxAliases: 0, maxBatch: 5, introspection: false, rateLimitMax: 0, trustProxy: "loopback" });
    expect(loadConfig({ TRUST_PROXY: "2" }).limits.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "true" }).limits.trustProxy).toBe(true);
  });

  it.each([
    [{ GRAPHQL_MAX_DEPTH: "deep" }, /GRAPHQL_MAX_DEPTH must be a whole number/],
    [{ GRAPHQL_MAX_COST: "0" }, /GRAPHQL_MAX_COST must be at least 1/],
    [{ GRAPHQL_MAX_BATCH: "1.5" }, /GRAPHQL_MAX_BATCH must be a whole number/],
    [{ GRAPHQL_INTROSPECTION: "no" }, /GRAPHQL_INTROSPECTION must be true or false/],
    [{ HTTP_MAX_BODY_BYTES: "10" }, /HTTP_MAX_BODY_BYTES must be at least 1024/],
    [{ RATE_LIMIT_MAX: "-1" }, /RATE_LIMIT_MAX must be at least 0/],
    [{ TRUST_PROXY: "everyone" }, /TRUST_PROXY must be empty/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
