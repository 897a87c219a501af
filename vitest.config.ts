import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (as type-graphql does); Vite would pick the ES build,
    // and two copies of graphql cannot share a schema ("from another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: two test files at a time; tests that start their own Neo4j are the slow ones.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
