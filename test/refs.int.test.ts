import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { refStatementFor } from "../src/refs/ref.repository.js";
import { searchKeys } from "../src/search/search-keys.js";
import { postGraphQL, startTestApp } from "./helpers.js";

let app: RunningApp;
const run = `amb${Date.now()}`;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.db.write("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `${run}-` });
  await app.stop();
});

/** Two entities of one kind with the same name: the ref that names both is ambiguous. */
const kinds = [
  { label: "Organization", field: "organization", nameProperty: "name" },
  { label: "Person", field: "person", nameProperty: "name" },
  { label: "Topic", field: "topic", nameProperty: "name" },
  { label: "Deliverable", field: "deliverable", nameProperty: "code" },
  { label: "Event", field: "event", nameProperty: "name" },
] as const;

describe("one ref resolution for every kind", () => {
  it.each(kinds)("a $field ref naming two of them is an error listing both candidates", async ({ label, field, nameProperty }) => {
    const name = `Twin ${label} ${run}`;
    const ids = [`${run}-${label.toLowerCase()}-a`, `${run}-${label.toLowerCase()}-b`];
    for (const id of ids) {
      await app.db.write(`CREATE (n:${label} {id: $id, aliases: [], searchKeys: $keys}) SET n[$nameProperty] = $name`, {
        id, name, nameProperty, keys: searchKeys([name]),
      });
    }
    const { body } = await postGraphQL(app.http.url, `query($ref: String!) { ${field}(ref: $ref) { key } }`, { ref: name.toUpperCase() });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("is ambiguous");
    for (const id of ids) expect(body.errors?.[0]?.message).toContain(id);

    const byId = await postGraphQL(app.http.url, `query($ref: String!) { ${field}(ref: $ref) { key } }`, { ref: ids[1] });
    expect(byId.body.data?.[field]).toEqual({ key: ids[1] });
  });

  it.each(kinds.map((k) => k.label))("a %s ref is found through indexes, never by scanning the label", async (label) => {
    const session = app.db.driver.session({ defaultAccessMode: "READ" });
    try {
      const result = await session.run(`EXPLAIN ${refStatementFor(label)}`, { ref: "SC 27", compact: "sc27", terms: ["searchKeys:sc27"], maxRank: 4 });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*$/, ""));
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toBe(false);
      expect(operators.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o))).toBe(true);
      expect(operators.some((o) => /ProcedureCall/.test(o))).toBe(true);
    } finally {
      await session.close();
    }
  });
});
