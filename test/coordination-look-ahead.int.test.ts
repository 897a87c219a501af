import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { postGraphQL, startTestApp } from "./helpers.js";

/**
 * whoWorksOn and liaisonGaps read each listed body's people and liaison status in their own
 * statement when the selection asks for them (look-ahead), and prime the loaders the fields
 * read. The answer must be the one the fields give when they read for themselves: the product
 * with DataLoader batching off primes nothing, so there every field loads its own.
 */
let folded: RunningApp;
let unfolded: RunningApp;
beforeAll(async () => {
  [folded, unfolded] = await Promise.all([startTestApp(), startTestApp({ DATALOADER_BATCHING: "false" })]);
});
afterAll(async () => {
  await Promise.all([folded?.stop(), unfolded?.stop()]);
});

async function answer(app: RunningApp, query: string, variables: Record<string, unknown>): Promise<string> {
  const { body } = await postGraphQL(app.http.url, query, variables);
  expect(body.errors).toBeUndefined();
  return JSON.stringify(body.data);
}

/** The statements one request sends, as the database door sees them. */
async function statementsOf(query: string, variables: Record<string, unknown>): Promise<string[]> {
  const sent: string[] = [];
  folded.db.onStatement = (cypher) => sent.push(cypher);
  try {
    await answer(folded, query, variables);
  } finally {
    folded.db.onStatement = undefined;
  }
  return sent;
}

const selections = {
  "people only": "organizations { organization { key } people { role title since until person { key name } } }",
  "liaison status only": "organizations { organization { name } liaisonStatus { us { key } relationToUs hasLiaison links { inheritance direction current end { key } partner { key } liaison { key kind since until } path { text } } } }",
  "people with more of each person than the name": "organizations { organization { key } people { role person { key name honorific country affiliations { organization { key } } } } }",
  "people twice, by other roles, and the status's words": `total organizations {
    chairs: people(roles: [CHAIR, CO_CHAIR, VICE_CHAIR]) { role person { name } }
    people { role person { name } }
    liaisonStatus { hasLiaison links { path { text } } }
  }`,
};

// The days roles and liaisons start or end in the seed: FG-MV's officers and collaborations
// (2022-12-16 to 2024-06-30, vice-chairs changing on 2023-05-11) and JCA-MV's co-chairs and
// cooperations (from 2025-07-03); each with the day before. Since is inclusive, until exclusive.
const boundaries = ["2022-12-15", "2022-12-16", "2023-05-10", "2023-05-11", "2024-06-29", "2024-06-30", "2025-07-02", "2025-07-03"];

describe("the folded answer is the answer the fields give by themselves", () => {
  it.each(Object.entries(selections))("whoWorksOn, %s, on the days roles and liaisons start and end", async (_name, selection) => {
    const query = `query($topic: String!, $us: String, $asOf: Date) { whoWorksOn(topic: $topic, us: $us, asOf: $asOf) { ${selection} } }`;
    for (const us of ["fg-mv", "jca-mv"]) {
      for (const asOf of boundaries) {
        const variables = { topic: "metaverse", us, asOf };
        expect(await answer(folded, query, variables), `us ${us} on ${asOf}`).toBe(await answer(unfolded, query, variables));
      }
    }
  });

  it.each(["2022-12-16", "2023-05-11", "2024-06-30", "2025-07-03"])("liaisonGaps with people and liaison status on %s", async (asOf) => {
    const query = `query($asOf: Date) { liaisonGaps(topic: "metaverse", of: "fg-mv", asOf: $asOf) { total ${selections["people twice, by other roles, and the status's words"]} } }`;
    expect(await answer(folded, query, { asOf })).toBe(await answer(unfolded, query, { asOf }));
  });

  it("the folded answer does say who held which role on the day (FG-MV's vice-chairs changed on 2023-05-11)", async () => {
    const query = `query($asOf: Date) { whoWorksOn(topic: "metaverse", us: "jca-mv", asOf: $asOf) { organizations { organization { key } people(roles: [VICE_CHAIR]) { person { name } } } } }`;
    const viceChairs = async (asOf: string) => {
      const { body } = await postGraphQL(folded.http.url, query, { asOf });
      const fgmv = (body.data as { whoWorksOn: { organizations: Array<{ organization: { key: string }; people: Array<{ person: { name: string } }> }> } })
        .whoWorksOn.organizations.find((o) => o.organization.key === "fg-mv");
      return fgmv?.people.map((p) => p.person.name) ?? [];
    };
    expect(await viceChairs("2023-05-10")).toContain("Andrey Perez");
    expect(await viceChairs("2023-05-10")).not.toContain("Andrey Nunes");
    // No source ends Andrey Perez's role (issue 26 item 15): from 2023-05-11 both are listed.
    expect(await viceChairs("2023-05-11")).toEqual(expect.arrayContaining(["Andrey Nunes", "Andrey Perez"]));
    // FG-MV's last day (until is inclusive, issue 26); the day after, none.
    expect(await viceChairs("2024-06-30")).toContain("Andrey Nunes");
    expect(await viceChairs("2024-07-01")).toEqual([]);
  });
});

describe("the evidence's worker, topic and deliverable are read whole only when asked for", () => {
  const whole = "evidence { through worker { key name acronym kind mandate } topic { key name aliases } deliverable { key code title status } path { text detail sources { ref } } }";
  const query = (evidence: string) => `query($topic: String!, $asOf: Date) { whoWorksOn(topic: $topic, asOf: $asOf) { organizations { organization { key } ${evidence} } } }`;
  type Evidence = Record<string, unknown>;
  const evidenceOf = async (selection: string, variables: Record<string, unknown>): Promise<Evidence[][]> => {
    const { body } = await postGraphQL(folded.http.url, query(selection), variables);
    expect(body.errors).toBeUndefined();
    return (body.data as { whoWorksOn: { organizations: Array<{ evidence: Evidence[] }> } }).whoWorksOn.organizations.map((o) => o.evidence);
  };
  const only = (evidence: Evidence[][], fields: string[]) => evidence.map((list) => list.map((e) => Object.fromEntries(fields.map((f) => [f, e[f]]))));

  it.each([
    ["the worker alone", "evidence { worker { key name acronym kind mandate } }", ["worker"]],
    ["the topic and the deliverable", "evidence { topic { key name aliases } deliverable { key code title status } }", ["topic", "deliverable"]],
    ["the path alone", "evidence { through path { text detail sources { ref } } }", ["through", "path"]],
  ])("%s: the same values as in a selection asking for everything", async (_name, selection, fields) => {
    for (const variables of [{ topic: "metaverse", asOf: "2023-06-01" }, { topic: "pii-protection", asOf: "2026-06-01" }]) {
      const all = await evidenceOf(whole, variables);
      expect(all.flat().length).toBeGreaterThan(0);
      expect(await evidenceOf(selection, variables)).toEqual(only(all, fields));
    }
  });
});

describe("a body's key and name alone are read without the rest of it", () => {
  it.each(["2023-06-01", "2026-06-01"])("the same key and name (in force on %s) as when the body is read whole", async (asOf) => {
    const bodies = async (selection: string) => {
      const { body } = await postGraphQL(folded.http.url, `query($asOf: Date) { whoWorksOn(topic: "metaverse", asOf: $asOf) { organizations { organization { ${selection} } } } }`, { asOf });
      expect(body.errors).toBeUndefined();
      return (body.data as { whoWorksOn: { organizations: Array<{ organization: Record<string, unknown> }> } }).whoWorksOn.organizations.map((o) => o.organization);
    };
    const whole = await bodies("key name acronym kind mandate formerNames { name }");
    expect(whole.length).toBeGreaterThan(10);
    expect(await bodies("key name")).toEqual(whole.map(({ key, name }) => ({ key, name })));
  });
});

describe("a selection pays only for what it asks", () => {
  const variables = { topic: "metaverse", us: "fg-mv", asOf: "2023-06-01" };

  it("without people or liaison status, the statement reads no roles and no liaisons with us", async () => {
    const sent = await statementsOf(`query($topic: String!, $us: String, $asOf: Date) { whoWorksOn(topic: $topic, us: $us, asOf: $asOf) { total organizations { organization { key } evidence { through } } } }`, variables);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain("HOLDS_ROLE");
    expect(sent[0]).not.toContain("relationToUs");
  });

  it("of each role's person, it reads what the selection asks (id and name), not the whole node", async () => {
    const sent = await statementsOf(`query($topic: String!, $us: String, $asOf: Date) { whoWorksOn(topic: $topic, us: $us, asOf: $asOf) { organizations { people { role person { name } } } } }`, variables);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("node: p {.id, .name}");
    expect(sent[0]).not.toContain("node: p {.*}");
  });

  it("with people only, it reads the roles and not the liaison status", async () => {
    const sent = await statementsOf(`query($topic: String!, $us: String, $asOf: Date) { whoWorksOn(topic: $topic, us: $us, asOf: $asOf) { organizations { people { role } } } }`, variables);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("HOLDS_ROLE");
    expect(sent[0]).not.toContain("relationToUs");
  });

  it("us named by an id-shaped designation that is not its id (sc27 is JTC 1/SC 27's) gets the answer of its id", async () => {
    const query = `query($us: String) { whoWorksOn(topic: "pii-protection", us: $us, asOf: "2026-06-01") { us { key } total organizations { organization { key } people { role } liaisonStatus { relationToUs hasLiaison } } } }`;
    const byDesignation = await answer(folded, query, { us: "sc27" });
    expect(JSON.parse(byDesignation).whoWorksOn.us).toEqual({ key: "jtc1-sc27" });
    expect(byDesignation).toBe(await answer(folded, query, { us: "jtc1-sc27" }));
  });

  it("a topic named by its name, not its id, is resolved first, then read once", async () => {
    const sent = await statementsOf(`{ whoWorksOn(topic: "PII protection", us: "fg-mv", asOf: "2023-06-01") { topic { key } organizations { people { role } liaisonStatus { hasLiaison } } } }`, {});
    expect(sent.filter((cypher) => cypher.includes("WORKS_ON"))).toHaveLength(1);
  });
});
