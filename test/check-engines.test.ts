import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/db/neo4j-local.js";
import { refusals } from "../scripts/check-engines.mjs";

/** The Node support check (scripts/check-engines.mjs), which CI runs after `npm install`. */
describe("the Node support check", () => {
  const ours = "^20.19.0 || ^22.12.0 || >=24.0.0";

  it("admits a package whose range holds every Node ours admits, and refuses one that leaves some out", () => {
    const packages = [
      { name: "admits", version: "1.0.0", node: ">=18" },
      { name: "declares-nothing", version: "1.0.0", node: undefined },
      { name: "node-22-only", version: "2.0.0", node: ">=22" },
      { name: "skips-21-and-23", version: "1.0.0", node: "20 || 22 || >=24" },
      { name: "odd-22-cut", version: "1.0.0", node: "^20.19.0 || >=22.15.0" },
      { name: "unparsable", version: "1.0.0", node: "node twenty" },
    ];
    expect(refusals(ours, packages)).toEqual([
      { name: "node-22-only", version: "2.0.0", node: ">=22" },
      { name: "odd-22-cut", version: "1.0.0", node: "^20.19.0 || >=22.15.0" },
      { name: "unparsable", version: "1.0.0", node: "node twenty" },
    ]);
    // A wider range of ours (Node 21 too) is refused by a package that skips 21.
    expect(refusals(">=20.19", packages).map((pkg) => pkg.name)).toContain("skips-21-and-23");
  });

  it("passes on this repository's installed production dependencies", () => {
    const report = execFileSync(process.execPath, ["scripts/check-engines.mjs"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(report).toMatch(/all \d+ production packages admit it/);
  });
});
