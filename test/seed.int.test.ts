import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { loadSeed } from "../src/seed/loader.js";
import { defaultSeedDir, SeedValidationError } from "../src/seed/validate.js";
import { graphChecksum, testDatabase, testLog } from "./helpers.js";
import { acquireWritableEngine } from "./writable-app.js";

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

type Entry = Record<string, unknown>;

/** A copy of the real seed with one file changed by `edit`, in a temporary directory. */
function seedCopy(file: string, edit: (entries: Entry[]) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mvgraph-seed-"));
  cpSync(defaultSeedDir, dir, { recursive: true });
  const entries = parse(readFileSync(path.join(dir, file), "utf8")) as Entry[];
  edit(entries);
  writeFileSync(path.join(dir, file), stringify(entries));
  return dir;
}

const probeOrganization = (id: string): Entry => ({ id, name: `Probe ${id}`, kind: "OTHER", sources: ["tsb-circular-60"] });

describe("loading the seed", () => {
  it("is idempotent: a second load creates and updates nothing, and says so", async () => {
    const before = await graphChecksum(db);
    const report = await loadSeed(db, testLog);
    expect(report.totals.created).toBe(0);
    expect(report.totals.updated).toBe(0);
    expect(report.totals.unchanged).toBeGreaterThan(500);
    expect(await graphChecksum(db)).toBe(before);
  });

  const invalidCases: Array<[string, string, (entries: Entry[]) => void, RegExp]> = [
    ["a missing required field", "organizations.yaml", (e) => delete e[0]!.name, /organizations\.yaml › "[a-z0-9-]+" \(#1\) › name: /],
    ["an unknown reference", "roles.yaml", (e) => (e[0]!.organization = "no-such-body"), /roles\.yaml › "[a-z0-9-]+" › organization: unknown organization "no-such-body"/],
    ["a bad date", "events.yaml", (e) => (e[0]!.startDate = "2025-13-45"), /events\.yaml › "[a-z0-9-]+" \(#1\) › startDate: must be a date/],
    ["an impossible date", "deadlines.yaml", (e) => (e[0]!.due = "2025-02-30"), /deadlines\.yaml › "[a-z0-9-]+" \(#1\) › due: is not a real calendar date/],
    ["a duplicate id", "topics.yaml", (e) => e.push({ ...e[0]! }), /topics\.yaml › "[a-z0-9-]+" \(#\d+\) › id: duplicate id/],
    ["an unknown source document", "people.yaml", (e) => (e[0]!.sources = ["no-such-document#p1"]), /people\.yaml › "[a-z0-9-]+" › sources\.0: unknown document "no-such-document"/],
  ];

  it.each(invalidCases)("rejects %s, naming file, entry and field, and writes nothing", async (_case, file, edit, message) => {
    // The broken copy also adds a valid new organization: it must not appear either.
    const probe = `probe-${Math.random().toString(36).slice(2, 10)}`;
    const dir = seedCopy(file, edit);
    const orgs = parse(readFileSync(path.join(dir, "organizations.yaml"), "utf8")) as Entry[];
    writeFileSync(path.join(dir, "organizations.yaml"), stringify([...orgs, probeOrganization(probe)]));
    const before = await graphChecksum(db);
    try {
      const attempt = loadSeed(db, testLog, dir);
      await expect(attempt).rejects.toThrow(SeedValidationError);
      await expect(loadSeed(db, testLog, dir)).rejects.toThrow(message);
      expect(await graphChecksum(db)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // On the worker's writable engine: the probe it writes would otherwise be seen, for a moment,
  // by tests that compare the shared graph's checksum or read its roles.
  it("rolls the whole load back when a write fails half-way", { timeout: 240_000 }, async () => {
    const engine = await acquireWritableEngine();
    const writable = Database.connect(engine.uri, engine.username, engine.password, { database: undefined, txTimeoutMs: 180_000, log: testLog });
    const suffix = Math.random().toString(36).slice(2, 10);
    const probe = `probe-${suffix}`;
    const roleId = `probe-role-${suffix}`;
    const dir = seedCopy("organizations.yaml", (e) => e.push(probeOrganization(probe)));
    try {
      await migrate(writable, testLog);
      // A role id already used elsewhere makes the HOLDS_ROLE write (late in the load) fail.
      await writable.write(
        `CREATE (:Person {id: $a, sources: ['tsb-circular-60']})-[:HOLDS_ROLE {id: $roleId, sources: ['tsb-circular-60']}]->(:Organization {id: $b, sources: ['tsb-circular-60']})`,
        { a: `${probe}-a`, b: `${probe}-b`, roleId },
      );
      const roles = parse(readFileSync(path.join(dir, "roles.yaml"), "utf8")) as Entry[];
      writeFileSync(path.join(dir, "roles.yaml"), stringify([...roles, { ...roles[0]!, id: roleId }]));
      await expect(loadSeed(writable, testLog, dir)).rejects.toThrow();
      expect(await writable.read("MATCH (o:Organization {id: $probe}) RETURN o", { probe })).toEqual([]);
      expect(await writable.read("MATCH (o:Organization) RETURN count(o) AS n")).toEqual([{ n: 1 }]); // only the probe's own
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await writable.close();
      await engine.release();
    }
  });
});

describe("provenance", () => {
  it("every node cites at least one source", async () => {
    const rows = await db.read(`
      MATCH (n) WHERE NOT n:Migration AND NOT n.id STARTS WITH 'probe-' AND coalesce(size(n.sources), 0) = 0
      RETURN labels(n)[0] AS label, n.id AS id LIMIT 10`);
    expect(rows).toEqual([]);
  });

  it("every relationship cites at least one source", async () => {
    const rows = await db.read(`
      MATCH (a)-[r]->(b) WHERE coalesce(size(r.sources), 0) = 0
      RETURN type(r) AS type, a.id AS from, b.id AS to LIMIT 10`);
    expect(rows).toEqual([]);
  });

  it("every cited source is a Document in the graph", async () => {
    const rows = await db.read(`
      CALL () {
        MATCH (n) WHERE n.sources IS NOT NULL RETURN n.sources AS sources
        UNION ALL
        MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN r.sources AS sources
      }
      UNWIND sources AS source
      WITH DISTINCT split(source, '#')[0] AS documentId
      WHERE NOT EXISTS { MATCH (:Document {id: documentId}) }
      RETURN documentId`);
    expect(rows).toEqual([]);
  });

  it("the five source documents are in the graph with their files", async () => {
    const rows = await db.read("MATCH (d:Document) WHERE d.file IS NOT NULL RETURN d.file AS file ORDER BY file");
    expect(rows.map((r) => r.file)).toEqual([
      "000_ea9102917d39ac09.txt",
      "001_f0f2ecfcc36b92d2.txt",
      "002_66d74d2cace55962.txt",
      "003_feb516eb8d3e5db6.txt",
      "004_08188bf8badf1f4c.txt",
    ]);
  });
});

/** People holding `role` in `org` on `date`, by name. */
async function holders(org: string, role: string, date: string): Promise<string[]> {
  const rows = await db.read(
    `MATCH (p:Person)-[r:HOLDS_ROLE {role: $role}]->(:Organization {id: $org})
     WHERE r.sinceDate <= date($date) AND (r.untilDate IS NULL OR r.untilDate > date($date))
     RETURN p.name AS name ORDER BY name`,
    { org, role, date },
  );
  return rows.map((r) => r.name as string);
}

describe("facts of TSB Circular 60 (JCA-MV established, first meeting)", () => {
  it("JCA-MV has two co-chairs, with their affiliations", async () => {
    expect(await holders("jca-mv", "CO_CHAIR", "2025-10-09")).toEqual(["Muath AlRumayh", "Shin-Gak Kang"]);
    const rows = await db.read(`
      MATCH (p:Person)-[:HOLDS_ROLE {role: 'CO_CHAIR'}]->(:Organization {id: 'jca-mv'})
      MATCH (p)-[:AFFILIATED_WITH]->(a:Organization)
      RETURN p.id AS person, collect(a.id) AS affiliations ORDER BY person`);
    expect(rows).toEqual([
      { person: "muath-alrumayh", affiliations: ["cst-saudi-arabia"] },
      { person: "shin-gak-kang", affiliations: ["etri"] },
    ]);
  });

  it("JCA-MV reports to TSAG and its mailbox is public", async () => {
    const rows = await db.read("MATCH (j:Organization {id: 'jca-mv'})-[:REPORTS_TO]->(t) RETURN t.id AS parent, j.mailbox AS mailbox");
    expect(rows).toEqual([{ parent: "tsag", mailbox: "tsbjcamv@itu.int" }]);
  });

  it("the first meeting is on 9 October 2025, 11:15 Geneva time, collocated with SG21", async () => {
    const rows = await db.read(`
      MATCH (e:Event)-[:MEETING_OF]->(:Organization {id: 'jca-mv'}) WHERE e.startDate = date('2025-10-09')
      OPTIONAL MATCH (e)-[:COLLOCATED_WITH]-(c:Event)-[:MEETING_OF]->(:Organization {id: 'itu-t-sg21'})
      RETURN toString(e.startsAt) AS startsAt, toString(e.endsAt) AS endsAt, e.city AS city,
             toString(c.startDate) AS sg21Start, toString(c.endDate) AS sg21End`);
    expect(rows).toEqual([
      {
        startsAt: "2025-10-09T11:15:00+02:00[Europe/Zurich]",
        endsAt: "2025-10-09T13:15:00+02:00[Europe/Zurich]",
        city: "Geneva",
        sg21Start: "2025-10-06",
        sg21End: "2025-10-17",
      },
    ]);
  });

  it("its deadlines are 30 September (inputs) and 7 October 2025 (pre-registration)", async () => {
    const rows = await db.read(`
      MATCH (d:Deadline)-[:DEADLINE_OF]->(e:Event)-[:MEETING_OF]->(:Organization {id: 'jca-mv'})
      WHERE e.startDate = date('2025-10-09')
      RETURN toString(d.dueDate) AS due, d.kind AS kind ORDER BY due`);
    expect(rows).toEqual([
      { due: "2025-09-30", kind: "CONTRIBUTION" },
      { due: "2025-10-07", kind: "REGISTRATION" },
    ]);
  });

  it("JCA-MV cooperates with the nine bodies of its ToR 2.4, open-source communities included", async () => {
    const rows = await db.read(`
      MATCH (l:Liaison {kind: 'COOPERATION'})-[:FROM]->(:Organization {id: 'jca-mv'}), (l)-[:TO]->(o)
      RETURN collect(o.id) AS bodies`);
    expect(new Set(rows[0]!.bodies as string[])).toEqual(new Set(["iso", "iec", "jtc1", "3gpp", "etsi", "ieee", "ietf", "msf", "open-source-communities"]));
  });
});

describe("facts of the circular for the 2nd JCA-MV meeting", () => {
  it("the meeting is on 13 May 2026, 08:30 Geneva time, with three collocated events", async () => {
    const rows = await db.read(`
      MATCH (e:Event)-[:MEETING_OF]->(:Organization {id: 'jca-mv'}) WHERE e.startDate = date('2026-05-13')
      MATCH (e)-[:COLLOCATED_WITH]-(c:Event)
      RETURN toString(e.startsAt) AS startsAt, collect(toString(c.startDate) + '..' + toString(c.endDate)) AS collocated`);
    expect(rows[0]!.startsAt).toBe("2026-05-13T08:30:00+02:00[Europe/Zurich]");
    expect(new Set(rows[0]!.collocated as string[])).toEqual(new Set(["2026-05-11..2026-05-12", "2026-05-12..2026-05-12", "2026-05-12..2026-05-21"]));
  });

  it("its deadlines are 30 April and 4 May 2026", async () => {
    const rows = await db.read(`
      MATCH (d:Deadline)-[:DEADLINE_OF]->(e:Event)-[:MEETING_OF]->(:Organization {id: 'jca-mv'})
      WHERE e.startDate = date('2026-05-13')
      RETURN toString(d.dueDate) AS due ORDER BY due`);
    expect(rows.map((r) => r.due)).toEqual(["2026-04-30", "2026-05-04"]);
  });

  it("Seizo Onoe is the Director of the TSB", async () => {
    expect(await holders("itu-tsb", "DIRECTOR", "2026-05-13")).toEqual(["Seizo Onoe"]);
  });
});

describe("facts of the TSAG liaison statement on FG-MV (2022)", () => {
  it("FG-MV is chaired by Shin-Gak Kang, who is also its contact, with e-mail and phone stored", async () => {
    expect(await holders("fg-mv", "CHAIR", "2023-01-01")).toEqual(["Shin-Gak Kang"]);
    const rows = await db.read("MATCH (p:Person {id: 'shin-gak-kang'}) RETURN p.email AS email, p.phone AS phone");
    expect(rows).toEqual([{ email: "sgkang@etri.re.kr", phone: "+82 42 860 6117" }]);
  });

  it("FG-MV had six vice-chairs in 2022", async () => {
    expect(await holders("fg-mv", "VICE_CHAIR", "2022-12-31")).toEqual([
      "Andrey Perez", "Hideo Imanaka", "Per Fröjdh", "Shane He", "Vincent Affleck", "Yuntao Wang",
    ]);
  });

  it("FG-MV collaborates with SG17 (Security) and SC 27 among others, each with the listed title", async () => {
    const rows = await db.read(`
      MATCH (l:Liaison {kind: 'COLLABORATION'})-[:FROM]->(:Organization {id: 'fg-mv'}), (l)-[:TO]->(o)
      RETURN o.id AS body, l.subject AS subject`);
    const bodies = new Map(rows.map((r) => [r.body as string, r.subject as string]));
    expect(bodies.size).toBeGreaterThanOrEqual(38);
    expect(bodies.get("itu-t-sg17")).toMatch(/Security/);
    expect(bodies.get("jtc1-sc27")).toMatch(/Information security, cybersecurity and privacy protection/);
    expect([...bodies.keys()]).toEqual(expect.arrayContaining(["itu-t-sg2", "itu-t-sg20", "itu-r-sg5", "iec-tc100", "iso-tc307", "w3c-omi-cg", "msf", "3gpp-tsg-sa"]));
  });

  it("the liaison statement went from TSAG to every addressee, including SC 27/WG 2 and the MSF", async () => {
    const rows = await db.read(`
      MATCH (l:Liaison {kind: 'LIAISON_STATEMENT'})-[:DOCUMENTED_IN]->(:Document {id: 'tsag-ls-fg-mv'}), (l)-[:FROM]->(f), (l)-[:TO]->(o)
      RETURN f.id AS from, collect(o.id) AS to`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.from).toBe("tsag");
    expect(rows[0]!.to).toEqual(expect.arrayContaining(["itu-r-sg5", "itu-t", "iec-seg15", "jtc1-sc27-wg2", "jtc1-sc24-wg6", "ieee-sa-msc", "ietf", "msf"]));
    // 30 printed addressees (ITU-R SG5, "All ITU-T SGs" as ITU-T, IEC SEG 15, 7 IEC TCs, 5 ISO TCs/SCs,
    // 7 JTC 1 groups, the JSEG, 7 others), plus "All ITU-T SGs" spelled out as the 10 study groups of 2022.
    expect(rows[0]!.to as string[]).toHaveLength(40);
  });
});

describe("facts of TSB Circular 98 (FG-MV 2nd meeting, Shanghai)", () => {
  it("FG-MV's eleven vice-chairs of mid-2023, Andrey Nunes kept apart from Andrey Perez, whose role no source ends", async () => {
    expect(await holders("fg-mv", "VICE_CHAIR", "2023-06-01")).toEqual([
      "Andrey Nunes", "Andrey Perez", "Cristina Martinez", "Hideo Imanaka", "Leonidas Anthopoulos", "Manuel Barreiro", "Natalia Bayona",
      "Per Fröjdh", "Shane He", "Stella Kipsaita", "Vincent Affleck", "Yuntao Wang",
    ]);
    const notes = await db.read("MATCH (p:Person) WHERE p.id IN ['andrey-perez', 'andrey-nunes'] RETURN p.identityNote AS note");
    expect(notes).toHaveLength(2);
    for (const row of notes) expect(row.note).toEqual(expect.any(String));
  });

  it("FG-MV is structured in a collaboration task group and eight working groups", async () => {
    const rows = await db.read("MATCH (g:Organization)-[:PART_OF]->(:Organization {id: 'fg-mv'}) RETURN g.id AS id, g.name AS name ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(["fg-mv-tg-collaboration", ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `fg-mv-wg${n}`)]);
    expect(rows.find((r) => r.id === "fg-mv-wg6")!.name).toMatch(/Security, Data & Personally identifiable information \(PII\) Protection/);
  });

  it("the 2nd meeting is in Shanghai, 4–6 July 2023, hosted by CAICT, with three deadlines", async () => {
    const rows = await db.read(`
      MATCH (e:Event)-[:MEETING_OF]->(:Organization {id: 'fg-mv'}) WHERE e.startDate = date('2023-07-04')
      MATCH (e)-[:HOSTED_BY]->(h)
      OPTIONAL MATCH (d:Deadline)-[:DEADLINE_OF]->(e)
      RETURN e.city AS city, toString(e.endDate) AS end, h.id AS host, collect(toString(d.dueDate)) AS deadlines`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ city: "Shanghai", end: "2023-07-06", host: "caict" });
    expect(new Set(rows[0]!.deadlines as string[])).toEqual(new Set(["2023-06-01", "2023-06-22", "2023-06-29"]));
  });
});

describe("facts of the APT proposal that became WTSA-24 Resolution 105", () => {
  it("FG-MV developed 52 deliverables", async () => {
    const rows = await db.read(`
      MATCH (s:Statistic)-[:DESCRIBES]->(:Organization {id: 'fg-mv'}) WHERE s.value = 52
      RETURN s.measure AS measure, s.sources AS sources`);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.flatMap((r) => r.sources as string[]).some((s) => s.startsWith("apt-wtsa24-mv-proposal"))).toBe(true);
  });

  it("17 UN entities took part in the first UN Virtual Worlds Day, UN Tourism among them (formerly UNWTO)", async () => {
    const rows = await db.read(`
      MATCH (o:Organization)-[:PARTICIPATED_IN]->(e:Event) WHERE e.name =~ '(?i).*virtual worlds day.*' AND e.startDate < date('2025-01-01')
      RETURN collect(o.id) AS participants`);
    expect(rows[0]!.participants as string[]).toHaveLength(17);
    expect(rows[0]!.participants).toEqual(expect.arrayContaining(["un-tourism", "world-bank", "unicc", "fao", "wmo"]));
    const tourism = await db.read("MATCH (o:Organization {id: 'un-tourism'}) RETURN o.aliases AS aliases");
    expect(tourism[0]!.aliases).toEqual(expect.arrayContaining(["UNWTO", "World Tourism Organization"]));
  });
});

describe("public facts", () => {
  it("load H-confidence deliverables with their own web source, e.g. Y.4239 by SG20", async () => {
    const rows = await db.read(`
      MATCH (d:Deliverable)-[:DEVELOPED_BY]->(o) WHERE d.code CONTAINS 'Y.4239'
      RETURN o.id AS org, d.status AS status, d.sources AS sources`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.org).toBe("itu-t-sg20");
    expect(rows[0]!.status).toMatch(/APPROVED|PUBLISHED/);
    expect((rows[0]!.sources as string[]).every((s) => s.startsWith("web-"))).toBe(true);
  });

  it("mark the partly cut-off FGMV-38 as unconfirmed", async () => {
    const rows = await db.read("MATCH (d:Deliverable) WHERE d.code = 'FGMV-38' RETURN d.confidence AS confidence");
    expect(rows).toEqual([{ confidence: "unconfirmed" }]);
  });
});
