import { readFileSync } from "node:fs";
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
