import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../db/neo4j-local.js";
import { evaluationCorpus } from "./corpus.js";

describe("the evaluation corpus outside the repository is an optional input", () => {
  it("is the folder MVGRAPH_SHARED_DIR names; empty means none; a folder named but missing is an error, not a skip", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mvgraph-corpus-"));
    try {
      expect(evaluationCorpus({ MVGRAPH_SHARED_DIR: dir })).toEqual({ dir, via: "MVGRAPH_SHARED_DIR" });
      expect(evaluationCorpus({ MVGRAPH_SHARED_DIR: "" })).toBeUndefined();
      expect(() => evaluationCorpus({ MVGRAPH_SHARED_DIR: path.join(dir, "gone") })).toThrow(/MVGRAPH_SHARED_DIR names .*gone, which does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("nothing else in the repository reaches outside it (the clean-clone check CI runs)", () => {
    // Throws (exit 1, listing file:line) when a test or tool names ../shared or a path above the repository.
    const report = execFileSync(process.execPath, ["scripts/check-standalone.mjs"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(report).toBe("");
  });
});
