import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { mix, seedProbes } from "../bench/mix.js";
import { postGraphQL, startTestApp, type Json } from "./helpers.js";

/**
 * `liaisons` reads each link's partner and end, and the documents its liaison's sources cite,
 * in its own statement when the selection asks for them (look-ahead): the request is one round
 * trip. The bodies and documents must be the ones their loaders give when read by themselves
 * (`organization(ref:) { name(asOf:) }`, `document(key:)`), and the filters must still apply.
 */
let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const { body } = await postGraphQL(app.http.url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Json;
}

/** What one request costs, as the database door counts it, and the statements it sent with their parameters. */
async function cost(query: string, variables: Record<string, unknown> = {}) {
  const before = { transactions: app.db.transactions, statements: app.db.statements, roundTrips: app.db.roundTrips };
  const sent: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  app.db.onStatement = (cypher, params) => sent.push({ cypher, params });
  try {
    await ask(query, variables);
  } finally {
    app.db.onStatement = undefined;
  }
  return {
    spent: { transactions: app.db.transactions - before.transactions, statements: app.db.statements - before.statements, roundTrips: app.db.roundTrips - before.roundTrips },
    sent,
  };
}

/**
 * The statements of a request for `of` (a readable id): the liaisons statement alone, which also
 * reads the body `of` names (the lookup of `of` was once a second statement sent beside it); no
 * statement loading partners, ends or documents afterwards.
 */
function expectOneStatement(sent: Array<{ cypher: string; params: Record<string, unknown> }>, of: string) {
  expect(sent.map(({ params }) => params.of)).toEqual([of]);
  const [liaisons] = sent;
  expect(liaisons!.cypher).toContain("OPTIONAL MATCH (asked:Organization {id: $of})");
  return liaisons!.cypher;
}

const LIAISONS = /* GraphQL */ `
  query($of: String!, $asOf: Date, $with: String, $kind: [LiaisonKind!], $inheritance: [LiaisonInheritance!], $first: Int, $includeEnded: Boolean) {
    liaisons(of: $of, asOf: $asOf, with: $with, kind: $kind, inheritance: $inheritance, first: $first, includeEnded: $includeEnded) {
      total
      links {
        inheritance direction current
        partner { key name acronym kind mandate }
        end { key name }
        liaison { key kind since until sources { ref document { key title } } }
      }
    }
  }`;

interface Link {
  inheritance: string;
  partner: { key: string; name: string; acronym: string | null; kind: string; mandate: string | null };
  end: { key: string; name: string };
  liaison: { key: string; kind: string; sources: Array<{ ref: string; document: { key: string; title: string } | null }> };
}

/** A body as its own lookup gives it, with its name in force on `asOf`. */
async function bodyOn(key: string, asOf: string) {
  const { organization } = await ask(`query($key: String!, $asOf: Date) { organization(ref: $key) { key name(asOf: $asOf) acronym kind mandate } }`, { key, asOf });
  return organization as Link["partner"];
}

describe("JCA-MV's liaisons with their partners and sources come in one round trip", () => {
  it("the benchmark's liaisons question (partners' keys and names, the liaisons' sources) is the liaisons statement alone, JCA-MV read by it", async () => {
    const query = mix.find((q) => q.name === "liaisons")!;
    const { spent, sent } = await cost(query.document, query.variables(seedProbes));
    // Before the look-ahead: 3 statements, the partners loaded after the answer came back; then 2, the lookup of JCA-MV beside it.
    expect(spent).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    const cypher = expectOneStatement(sent, "jca-mv");
    // The partner is read slim: its id, name and former names, not its mandate or aliases; no documents.
    expect(cypher).toContain("partner {.id, .formerNames, .name}");
    expect(cypher).not.toContain(":Document");
  });

  it("with more of the partners, their ends and the sources' documents too, nothing is loaded afterwards", async () => {
    const { spent, sent } = await cost(LIAISONS, { of: "jca-mv", asOf: "2026-11-21" });
    // Before: 4 statements (the partners and ends, then the documents, after the answer).
    expect(spent).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    const cypher = expectOneStatement(sent, "jca-mv");
    expect(cypher).toContain("partner {.id, .acronym, .formerNames, .kind, .mandate, .name}");
    expect(cypher).toContain("end {.id, .formerNames, .name}");
    expect(cypher).toContain(":Document");
  });

  it("with a partner named by its id too, the partner is read by the same statement", async () => {
    const { spent, sent } = await cost(`{ liaisons(of: "jca-mv", with: "jtc1-sc29", includeEnded: true) { total organization { key } links { partner { key } } } }`);
    expect(spent).toEqual({ transactions: 1, statements: 1, roundTrips: 1 });
    expect(sent.map(({ params }) => [params.of, params.partner])).toEqual([["jca-mv", "jtc1-sc29"]]);
  });

  it("a body named by its acronym is resolved first, then the answer is one statement with its partners", async () => {
    const { spent, sent } = await cost(`{ liaisons(of: "JCA-MV", asOf: "2026-11-21") { links { partner { key name } } } }`);
    expect(spent).toEqual({ transactions: 1, statements: 2, roundTrips: 2 });
    expect(sent.filter(({ cypher }) => cypher.includes("UNWIND $ids"))).toEqual([]);
  });
});

describe("the partners, ends and documents read with the liaisons are those their own lookups give", () => {
  it.each([
    ["JCA-MV today", { of: "jca-mv", asOf: "2026-11-21" }],
    ["FG-MV in 2023", { of: "fg-mv", asOf: "2023-06-01" }],
    ["ITU-T in 2024, the first 5", { of: "itu-t", asOf: "2024-01-01", first: 5 }],
    ["JTC 1/SC 27, ended ones too", { of: "jtc1-sc27", asOf: "2026-11-21", includeEnded: true }],
  ])("%s", async (_name, variables) => {
    const { liaisons } = await ask(LIAISONS, variables);
    const links = liaisons.links as Link[];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.partner).toEqual(await bodyOn(link.partner.key, variables.asOf));
      expect(link.end.name).toBe((await bodyOn(link.end.key, variables.asOf)).name);
      for (const source of link.liaison.sources) {
        const { document } = await ask(`query($key: String!) { document(key: $key) { key title } }`, { key: source.ref.split("#")[0] });
        expect(source.document).toEqual(document);
      }
    }
    expect(links.flatMap((link) => link.liaison.sources).length).toBeGreaterThan(0);
  });

  it("a partner asked for by its key and name alone is the same key and name as read whole", async () => {
    const slim = await ask(`{ liaisons(of: "jca-mv", asOf: "2026-11-21") { links { partner { key name } } } }`);
    const whole = await ask(LIAISONS, { of: "jca-mv", asOf: "2026-11-21" });
    expect(slim.liaisons.links).toEqual((whole.liaisons.links as Link[]).map(({ partner }) => ({ partner: { key: partner.key, name: partner.name } })));
  });
});

describe("the filters, order and paging still apply", () => {
  const all = { of: "jca-mv", asOf: "2026-11-21" };

  it("one partner (with), only direct links, only some kinds", async () => {
    const { liaisons } = await ask(LIAISONS, all);
    const links = liaisons.links as Link[];
    const partner = links[0]!.partner.key;
    const withOne = (await ask(LIAISONS, { ...all, with: partner })).liaisons;
    expect((withOne.links as Link[]).map((l) => l.partner.key)).toEqual(links.filter((l) => l.partner.key === partner).map((l) => l.partner.key));
    const direct = (await ask(LIAISONS, { ...all, inheritance: ["DIRECT"] })).liaisons;
    expect(direct.links).toEqual(links.filter((l) => l.inheritance === "DIRECT"));
    const kind = links[0]!.liaison.kind;
    const ofKind = (await ask(LIAISONS, { ...all, kind: [kind] })).liaisons;
    expect(ofKind.links).toEqual(links.filter((l) => l.liaison.kind === kind));
  });

  it("IEEE's liaison statements, asked for by kind, with their documents", async () => {
    const { liaisons } = await ask(LIAISONS, { of: "ieee-sa-msc", kind: ["LIAISON_STATEMENT"], asOf: "2026-11-21" });
    const links = liaisons.links as Link[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.liaison.kind === "LIAISON_STATEMENT" && l.partner.key !== "")).toBe(true);
  });

  it("the first n are the first n of all, in the same order; total counts all", async () => {
    const { liaisons } = await ask(LIAISONS, all);
    expect(liaisons.total).toBeGreaterThan(2);
    for (const first of [1, 2, 3]) {
      const page = (await ask(LIAISONS, { ...all, first })).liaisons;
      expect(page.total).toBe(liaisons.total);
      expect(page.links).toEqual((liaisons.links as Link[]).slice(0, first));
    }
  });
});
