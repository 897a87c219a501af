import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { postGraphQL, testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * overlaps() on a synthetic graph whose right answer is known by construction. It runs on a
 * writable engine (empty, no seed), so no other test sees these bodies and the answer holds exactly.
 *
 *   topic "t-root"  ⊃  "t-avatars" (A, B, C develop deliverables on it; D, a sub-group of A,
 *                                    works on it; E works on it but closed in 2019)
 *                   ⊃  "t-haptics"  (only C)
 *                   ⊃  "t-codecs"   (F and G, no liaison)
 *   liaisons: A → B (since 2020, current); B → C (2020-01-01 until 2020-12-31, ended)
 *   topic "t-maps" (on its own): H and I, two groups of organization P, and J
 *   topic "t-render" (on its own): K (a group of Q; works on it, develops one deliverable on it),
 *     L (a group of R), M (develops two deliverables on it), N; liaisons: Q → R (current),
 *     N → Q (current), K → M (a liaison statement, which never links)
 */
let engine: WritableEngine;
let app: RunningApp;

const FIXTURE = [
  /* cypher */ `
  CREATE (root:Topic {id: 't-root', name: 'Root', aliases: [], sources: ['fixture']})
  WITH root
  UNWIND [['t-avatars', 'Avatars'], ['t-haptics', 'Haptics'], ['t-codecs', 'Codecs']] AS topic
  CREATE (:Topic {id: topic[0], name: topic[1], aliases: [], sources: ['fixture']})-[:BROADER {sources: ['fixture']}]->(root)`,
  /* cypher */ `CREATE (:Topic {id: 't-maps', name: 'Maps', aliases: [], sources: ['fixture']})`,
  /* cypher */ `
  UNWIND [['org-a', 'ACTIVE'], ['org-b', 'ACTIVE'], ['org-c', 'ACTIVE'], ['org-d', 'ACTIVE'], ['org-e', 'CLOSED'], ['org-f', 'ACTIVE'], ['org-g', 'ACTIVE'],
          ['org-p', 'ACTIVE'], ['org-h', 'ACTIVE'], ['org-i', 'ACTIVE'], ['org-j', 'ACTIVE'],
          ['org-k', 'ACTIVE'], ['org-l', 'ACTIVE'], ['org-m', 'ACTIVE'], ['org-n', 'ACTIVE'], ['org-q', 'ACTIVE'], ['org-r', 'ACTIVE']] AS body
  CREATE (o:Organization {id: body[0], name: 'Body ' + toUpper(right(body[0], 1)), kind: 'OTHER', status: body[1], aliases: [], sources: ['fixture']})
  SET o.closedDate = CASE body[1] WHEN 'CLOSED' THEN date('2019-01-01') END`,
  /* cypher */ `MATCH (d:Organization {id: 'org-d'}), (a:Organization {id: 'org-a'}) CREATE (d)-[:PART_OF {sources: ['fixture']}]->(a)`,
  /* cypher */ `MATCH (p:Organization {id: 'org-p'}) UNWIND ['org-h', 'org-i'] AS id MATCH (g:Organization {id: id}) CREATE (g)-[:PART_OF {sources: ['fixture']}]->(p)`,
  /* cypher */ `CREATE (:Topic {id: 't-render', name: 'Rendering', aliases: [], sources: ['fixture']})`,
  /* cypher */ `UNWIND [['org-k', 'org-q'], ['org-l', 'org-r']] AS link MATCH (g:Organization {id: link[0]}), (p:Organization {id: link[1]}) CREATE (g)-[:PART_OF {sources: ['fixture']}]->(p)`,
  /* cypher */ `
  UNWIND [['org-d', 't-avatars'], ['org-e', 't-avatars'], ['org-c', 't-haptics'], ['org-f', 't-codecs'], ['org-g', 't-codecs'],
          ['org-h', 't-maps'], ['org-i', 't-maps'], ['org-j', 't-maps'], ['org-k', 't-render'], ['org-l', 't-render'], ['org-n', 't-render']] AS work
  MATCH (o:Organization {id: work[0]}), (t:Topic {id: work[1]})
  CREATE (o)-[:WORKS_ON {evidence: ['fixture'], sources: ['fixture']}]->(t)`,
  /* cypher */ `
  UNWIND [['da', 'org-a', 't-avatars'], ['db', 'org-b', 't-avatars'], ['dc', 'org-c', 't-avatars'], ['dk', 'org-k', 't-render'], ['dm1', 'org-m', 't-render'], ['dm2', 'org-m', 't-render']] AS deliverable
  MATCH (o:Organization {id: deliverable[1]}), (t:Topic {id: deliverable[2]})
  CREATE (d:Deliverable {id: deliverable[0], code: toUpper(deliverable[0]), title: 'Deliverable ' + deliverable[0], kind: 'STANDARD', status: 'IN_PROGRESS', aliases: [], confidence: 'confirmed', sources: ['fixture']})
  CREATE (d)-[:DEVELOPED_BY {sources: ['fixture']}]->(o), (d)-[:ADDRESSES {sources: ['fixture']}]->(t)`,
  /* cypher */ `
  UNWIND [['l-ab', 'org-a', 'org-b', null, 'LIAISON_RELATIONSHIP'], ['l-bc', 'org-b', 'org-c', date('2020-12-31'), 'LIAISON_RELATIONSHIP'],
          ['l-qr', 'org-q', 'org-r', null, 'LIAISON_RELATIONSHIP'], ['l-nq', 'org-n', 'org-q', null, 'COOPERATION'], ['l-km', 'org-k', 'org-m', null, 'LIAISON_STATEMENT']] AS link
  MATCH (f:Organization {id: link[1]}), (t:Organization {id: link[2]})
  CREATE (l:Liaison {id: link[0], kind: link[4], sinceDate: date('2020-01-01'), untilDate: link[3], sources: ['fixture']})
  CREATE (l)-[:FROM {sources: ['fixture']}]->(f), (l)-[:TO {sources: ['fixture']}]->(t)`,
];

beforeAll(async () => {
  engine = await acquireWritableEngine();
  app = await startApp(testConfig({ ...engine.env, SEED_ON_EMPTY: "false" }), testLog);
  await app.prepared;
  await app.db.writeTransaction(async (tx) => {
    for (const statement of FIXTURE) await tx.run(statement);
  });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await engine?.release();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const OVERLAPS = `query($topic: String, $asOf: Date, $minBodies: Int, $withinOrganization: Boolean! = false) {
  overlaps(topic: $topic, asOf: $asOf, minBodies: $minBodies, withinOrganization: $withinOrganization) {
    total
    overlaps { topic { key } organizations { key } unlinkedPairs { a { key } b { key } sameOrganization { key } } competingDeliverables deliverables { organization { key } deliverables { key } } }
  } }`;

async function overlaps(variables: Record<string, unknown>): Promise<Json> {
  const { body } = await postGraphQL(app.http.url, OVERLAPS, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return (body.data as Json).overlaps;
}

const pairs = (overlap: Json) => overlap.unlinkedPairs.map((p: Json) => [p.a.key, p.b.key].sort().join("–")).sort();

describe("overlaps: potential duplication, known by construction", () => {
  it("finds the pairs on a topic with no liaison between them: not A–B (liaison), not D–A (part of), not D–B (A's liaison covers D), not E (closed)", async () => {
    const answer = await overlaps({ topic: "t-avatars", asOf: "2025-01-01" });
    expect(answer.total).toBe(1);
    const [avatars] = answer.overlaps;
    expect(avatars.topic.key).toBe("t-avatars");
    expect(pairs(avatars)).toEqual(["org-a–org-c", "org-b–org-c", "org-c–org-d"]);
    expect(avatars.organizations.map((o: Json) => o.key).sort()).toEqual(["org-a", "org-b", "org-c", "org-d"]);
  });

  it("puts the competing deliverables side by side", async () => {
    const [avatars] = (await overlaps({ topic: "t-avatars", asOf: "2025-01-01" })).overlaps;
    expect(avatars.competingDeliverables).toBe(3);
    const side = Object.fromEntries(avatars.deliverables.map((s: Json) => [s.organization.key, s.deliverables.map((d: Json) => d.key)]));
    expect(side).toEqual({ "org-a": ["da"], "org-b": ["db"], "org-c": ["dc"], "org-d": [] });
  });

  it("counts a liaison only while it holds: in 2020 B and C still had theirs", async () => {
    const [avatars] = (await overlaps({ topic: "t-avatars", asOf: "2020-06-01" })).overlaps;
    expect(pairs(avatars)).toEqual(["org-a–org-c", "org-c–org-d"]);
  });

  it("ranks topics by unlinked pairs, ignores a topic with one body, and honours minBodies", async () => {
    const all = await overlaps({ topic: "t-root", asOf: "2025-01-01" });
    expect(all.overlaps.map((o: Json) => o.topic.key)).toEqual(["t-avatars", "t-codecs"]);
    expect(pairs(all.overlaps[1])).toEqual(["org-f–org-g"]);
    const big = await overlaps({ topic: "t-root", asOf: "2025-01-01", minBodies: 3 });
    expect(big.overlaps.map((o: Json) => o.topic.key)).toEqual(["t-avatars"]);
  });

  it("leaves out two groups of one organization (H and I of P) by default; asked for, marks them with that organization", async () => {
    const [maps] = (await overlaps({ topic: "t-maps", asOf: "2025-01-01" })).overlaps;
    expect(pairs(maps)).toEqual(["org-h–org-j", "org-i–org-j"]);
    expect(maps.unlinkedPairs.every((p: Json) => p.sameOrganization === null)).toBe(true);
    const [all] = (await overlaps({ topic: "t-maps", asOf: "2025-01-01", withinOrganization: true })).overlaps;
    expect(pairs(all)).toEqual(["org-h–org-i", "org-h–org-j", "org-i–org-j"]);
    expect(all.unlinkedPairs.find((p: Json) => [p.a.key, p.b.key].sort().join() === "org-h,org-i").sameOrganization).toEqual({ key: "org-p" });
  });

  it("counts a liaison of the groups both bodies are part of (Q → R links K and L), a parent's liaison from either side (N → Q links N and K), never a liaison statement (K → M)", async () => {
    const [render] = (await overlaps({ topic: "t-render", asOf: "2025-01-01" })).overlaps;
    expect(pairs(render)).toEqual(["org-k–org-m", "org-l–org-m", "org-l–org-n", "org-m–org-n"]);
    expect(render.competingDeliverables).toBe(3);
    const side = Object.fromEntries(render.deliverables.map((s: Json) => [s.organization.key, s.deliverables.map((d: Json) => d.key).sort()]));
    expect(side).toEqual({ "org-k": ["dk"], "org-l": [], "org-m": ["dm1", "dm2"], "org-n": [] });
  });

  it("refuses minBodies below 2", async () => {
    const { body } = await postGraphQL(app.http.url, OVERLAPS, { minBodies: 1 });
    expect(body.errors![0]).toMatchObject({ message: "minBodies must be a whole number from 2 to 50", extensions: { code: "BAD_USER_INPUT", field: "minBodies" } });
  });
});
