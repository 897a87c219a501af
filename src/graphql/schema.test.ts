import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../db/neo4j-local.js";
import { printedSchema } from "./print-schema.js";

describe("schema.graphql", () => {
  it("is what the code generates (run `npm run schema` after changing types)", async () => {
    const committed = readFileSync(path.join(projectRoot, "schema.graphql"), "utf8");
    expect(committed).toBe(await printedSchema());
  });
});

describe("the pages' types (web/shared/graphql-env.d.ts)", () => {
  it("are generated from schema.graphql as committed (`npm run schema` writes both), so the pages' type check sees the API as it is", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mvgraph-graphql-env-"));
    try {
      const fresh = path.join(dir, "graphql-env.d.ts");
      const cli = path.join(projectRoot, "node_modules", "gql.tada", "bin", "cli.js");
      execFileSync(process.execPath, [cli, "generate", "output", "--tsconfig", path.join(projectRoot, "web/shared/tsconfig.base.json"), "--output", fresh], { cwd: projectRoot, stdio: "pipe" });
      expect(readFileSync(path.join(projectRoot, "web/shared/graphql-env.d.ts"), "utf8")).toBe(readFileSync(fresh, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
