import { describe, expect, it } from "vitest";
import { postGraphQL, useSeedGraphApp, type Json } from "./helpers.js";

/**
 * The coordination questions on the seed graph, with answers checked against the source
 * documents: TSAG's liaison statement on FG-MV (collaboration list, Annex 4), TSB Circulars
 * 60 (JCA-MV ToR 2.4) and 98 (FG-MV structure), and the public facts in seed/.
 */
const seedGraph = useSeedGraphApp();
const { query } = seedGraph;

async function errorOf(text: string, variables?: Record<string, unknown>) {
  const { body } = await postGraphQL(seedGraph.url, text, variables);
  expect(body.errors, "an error was expected").toBeDefined();
  return body.errors![0]!;
}

const ACTIVITY = /* GraphQL */ `
  fragment Activity on ActivityAnswer {
    total
    topic { key }
    us { key }
    asOf
    organizations {
      organization { key }
      active
      ownWork
      subGroupWork
      evidence { through topic { key } deliverable { key } worker { key } path { text relation sources { ref document { key } } } }
      people { role person { key } }
      liaisonStatus {
        us { key }
        relationToUs
        hasLiaison
        links { inheritance direction end { key } partner { key } current liaison { key kind since until representatives { key } } path { text } }
      }
    }
  }`;

describe("whoWorksOn: who is working on PII protection, and with whom do we already have a liaison?", () => {
  const whoWorksOn = async (variables: Record<string, unknown>) =>
    (await query(`query($topic: String!, $us: String, $asOf: Date) { whoWorksOn(topic: $topic, us: $us, asOf: $asOf) { ...Activity } } ${ACTIVITY}`, variables)).whoWorksOn;
  const entry = (answer: Json, key: string) => answer.organizations.find((o: Json) => o.organization.key === key);

  it("finds FG-MV WG6, FG-MV, ITU-T SG17 and ISO/IEC JTC 1/SC 27, each with evidence and sources", async () => {
    const answer = await whoWorksOn({ topic: "privacy", us: "fg-mv", asOf: "2023-06-01" });
    expect(answer.topic.key).toBe("pii-protection");
    expect(answer.organizations.map((o: Json) => o.organization.key)).toEqual(expect.arrayContaining(["fg-mv-wg6", "fg-mv", "itu-t-sg17", "jtc1-sc27"]));

    const wg6 = entry(answer, "fg-mv-wg6");
    expect(wg6.evidence[0]).toMatchObject({ through: "DIRECT", worker: { key: "fg-mv-wg6" } });
    expect(wg6.evidence[0].path[0].sources[0]).toMatchObject({ ref: "tsb-circular-98#1", document: { key: "tsb-circular-98" } });

    // FG-MV: its ToR 1 says so directly, and its WG6 does; the sub-group path is explained.
    const fgmv = entry(answer, "fg-mv");
    expect(fgmv.evidence.map((e: Json) => e.through)).toEqual(["DIRECT", "SUB_GROUP"]);
    expect(fgmv.evidence[1].path.map((h: Json) => h.relation)).toEqual(["PART_OF", "WORKS_ON"]);
    expect(fgmv.evidence[0].path[0].sources[0].ref).toBe("tsag-ls-fg-mv#annex-1");

    // SC 27: listed by FG-MV for "privacy protection", and develops ISO/IEC WD 27504.
    const sc27 = entry(answer, "jtc1-sc27");
    expect(sc27.evidence.map((e: Json) => e.through)).toEqual(["DIRECT", "DELIVERABLE"]);
    expect(sc27.evidence[1].deliverable.key).toBe("iso-iec-wd-27504");
    expect(sc27.evidence[1].path.map((h: Json) => h.text)).toEqual([
      "JTC 1/SC 27 <-[DEVELOPED_BY]- ISO/IEC WD 27504",
      "ISO/IEC WD 27504 -[ADDRESSES]-> Personally identifiable information (PII) protection",
    ]);

    // SG17: through its technical report XSTR.dpama.
    expect(entry(answer, "itu-t-sg17").evidence).toContainEqual(expect.objectContaining({ through: "DELIVERABLE", deliverable: { key: "itu-t-xstr-dpama" } }));
  });

  it("shows that SG17 and SC 27 have a collaboration with FG-MV (2022-12-16 until FG-MV closed)", async () => {
    const answer = await whoWorksOn({ topic: "pii-protection", us: "fg-mv", asOf: "2023-06-01" });
    for (const key of ["itu-t-sg17", "jtc1-sc27"]) {
      const status = entry(answer, key).liaisonStatus;
      expect(status.hasLiaison).toBe(true);
      const direct = status.links.find((l: Json) => l.inheritance === "DIRECT");
      expect(direct).toMatchObject({ direction: "INCOMING", partner: { key: "fg-mv" }, current: true, liaison: { kind: "COLLABORATION", since: "2022-12-16", until: "2024-06-30" } });
    }
    // …and SC 27 also through its parent JTC 1, marked as inherited and explained.
    const inherited = entry(answer, "jtc1-sc27").liaisonStatus.links.find((l: Json) => l.inheritance === "VIA_PARENT");
    expect(inherited).toMatchObject({ end: { key: "jtc1" }, liaison: { key: "fg-mv-collab-jtc1" } });
    expect(inherited.path.map((h: Json) => h.text)).toEqual(["JTC 1/SC 27 -[PART_OF]-> ISO/IEC JTC 1", "ISO/IEC JTC 1 <-[COLLABORATION]- FG-MV"]);
    // FG-MV itself and its WG6 are "us", not liaison partners.
    expect(entry(answer, "fg-mv").liaisonStatus.relationToUs).toBe("SELF");
    expect(entry(answer, "fg-mv-wg6").liaisonStatus.relationToUs).toBe("SUB_GROUP_OF_US");
  });

  it("by default, us is JCA-MV: SC 27 is covered through JCA-MV's cooperation with JTC 1 (ToR 2.4), SG17 has no liaison", async () => {
    const answer = await whoWorksOn({ topic: "pii-protection", asOf: "2026-06-01" });
    expect(answer.us.key).toBe("jca-mv");
    const sc27 = entry(answer, "jtc1-sc27").liaisonStatus;
    expect(sc27).toMatchObject({ hasLiaison: true, relationToUs: null });
    expect(sc27.links[0]).toMatchObject({ inheritance: "VIA_PARENT", end: { key: "jtc1" }, liaison: { key: "jca-mv-coop-jtc1", kind: "COOPERATION" } });
    expect(entry(answer, "itu-t-sg17").liaisonStatus).toMatchObject({ hasLiaison: false, links: [] });
  });

  it("on a date after FG-MV closed, FG-MV and WG6 are ranked after the active bodies and marked inactive", async () => {
    const answer = await whoWorksOn({ topic: "pii-protection", asOf: "2026-06-01" });
    const activity = answer.organizations.map((o: Json) => o.active);
    expect(activity).toEqual([...activity].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    expect(entry(answer, "fg-mv").active).toBe(false);
    expect(entry(answer, "jtc1-sc27").active).toBe(true);
  });

  it("lists each body's chairs and contact persons holding on the date", async () => {
    const answer = await whoWorksOn({ topic: "pii-protection", us: "fg-mv", asOf: "2023-06-01" });
    const people = entry(answer, "fg-mv").people;
    expect(people).toContainEqual({ role: "CHAIR", person: { key: "shin-gak-kang" } });
    expect(people.filter((p: Json) => p.role === "VICE_CHAIR").length).toBeGreaterThan(5);
  });

  it("names an unknown topic or us clearly", async () => {
    expect(await errorOf('{ whoWorksOn(topic: "no such topic") { total } }')).toMatchObject({
      message: expect.stringContaining('no topic "no such topic"'),
      extensions: { code: "BAD_USER_INPUT", field: "topic" },
    });
    expect((await errorOf('{ whoWorksOn(topic: "security", us: "nobody at all") { total } }')).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "us" });
    expect((await errorOf('{ whoWorksOn(topic: "security", first: 0) { total } }')).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("liaisonGaps: candidates for a new liaison", () => {
  it("for JCA-MV on PII protection: not SG17 (our own sector, issue 15), not SC 27 (covered via JTC 1), not our parent bodies; each exclusion named", async () => {
    const { liaisonGaps } = await query(`{ liaisonGaps(topic: "pii-protection", asOf: "2026-06-01") { ...Activity excluded { organization { key } rule } } } ${ACTIVITY}`);
    const gapKeys = liaisonGaps.organizations.map((o: Json) => o.organization.key);
    expect(gapKeys).not.toContain("itu-t-sg17");
    expect(liaisonGaps.excluded).toContainEqual({ organization: { key: "itu-t-sg17" }, rule: "OUR_SECTOR" });
    expect(liaisonGaps.excluded).toContainEqual({ organization: { key: "jtc1-sc27" }, rule: "HAS_LIAISON" });
    expect(liaisonGaps.excluded).toContainEqual({ organization: { key: "itu-t" }, rule: "OUR_PARENT" });
    expect(gapKeys).not.toContain("jtc1-sc27");
    expect(gapKeys).not.toContain("itu-t");
    expect(gapKeys).not.toContain("fg-mv"); // closed in 2024: nobody to liaise with
    expect(liaisonGaps.organizations.every((o: Json) => !o.liaisonStatus.hasLiaison)).toBe(true);
  });

  it("for FG-MV in 2023 there is no gap on PII protection: it collaborated with everyone on it", async () => {
    const { liaisonGaps } = await query('{ liaisonGaps(topic: "pii-protection", of: "fg-mv", asOf: "2023-06-01") { total organizations { organization { key } } } }');
    expect(liaisonGaps.total).toBe(0);
  });

  it("ranks by own work on the topic", async () => {
    const { liaisonGaps } = await query('{ liaisonGaps(topic: "metaverse", asOf: "2026-06-01") { organizations { ownWork subGroupWork } } }');
    const own = liaisonGaps.organizations.map((o: Json) => o.ownWork);
    expect(own.length).toBeGreaterThan(3);
    expect(own).toEqual([...own].sort((a: number, b: number) => b - a));
  });
});

describe("liaisons(of)", () => {
  it("of JCA-MV include the bodies of its ToR 2.4 (TSB Circular 60), direct, with the circular as source", async () => {
    const { liaisons } = await query(`{ liaisons(of: "JCA-MV", kind: COOPERATION, asOf: "2026-06-01") {
      organization { key } total links { inheritance direction partner { key } liaison { kind sources { ref } } } } }`);
    expect(liaisons.organization.key).toBe("jca-mv");
    const direct = liaisons.links.filter((l: Json) => l.inheritance === "DIRECT");
    // All nine of ToR 2.4, open-source communities included (issue 15, item 3).
    expect(direct.map((l: Json) => l.partner.key).sort()).toEqual(["3gpp", "etsi", "iec", "ieee", "ietf", "iso", "jtc1", "msf", "open-source-communities"]);
    expect(direct.every((l: Json) => l.direction === "OUTGOING" && l.liaison.sources.some((s: Json) => s.ref.startsWith("tsb-circular-60")))).toBe(true);
  });

  it("marks liaisons inherited from a parent body, with the path through it", async () => {
    const { liaisons } = await query('{ liaisons(of: "SC 27", asOf: "2026-06-01") { links { inheritance end { key } partner { key } path { text } } } }');
    expect(liaisons.links).toContainEqual({
      inheritance: "VIA_PARENT",
      end: { key: "jtc1" },
      partner: { key: "jca-mv" },
      path: [{ text: "JTC 1/SC 27 -[PART_OF]-> ISO/IEC JTC 1" }, { text: "ISO/IEC JTC 1 <-[COOPERATION]- JCA-MV" }],
    });
    expect(liaisons.links).toContainEqual(expect.objectContaining({ inheritance: "DIRECT", partner: { key: "itu-t-sg17" } }));
  });

  it("marks liaisons held by sub-groups, and keeps ended ones out unless asked", async () => {
    const current = await query('{ liaisons(of: "jtc1", inheritance: VIA_SUB_GROUP) { total } }');
    const all = await query('{ liaisons(of: "jtc1", inheritance: VIA_SUB_GROUP, includeEnded: true) { total links { end { key } current } } }');
    expect(all.liaisons.total).toBeGreaterThan(current.liaisons.total);
    expect(all.liaisons.links).toContainEqual({ end: { key: "jtc1-sc27" }, current: false });
  });
});

describe("connection: the shortest explained paths", () => {
  it("from IEEE to JCA-MV: the ToR 2.4 cooperation, with its source", async () => {
    const { connection } = await query('{ connection(from: "IEEE", to: "JCA-MV") { paths { length hops { text relation forward from { key } to { key } liaison { key } sources { ref } } } } }');
    expect(connection.paths[0].length).toBe(1);
    const [hop] = connection.paths[0].hops;
    expect(hop).toMatchObject({ text: "IEEE <-[COOPERATION]- JCA-MV", relation: "COOPERATION", forward: false, from: { key: "ieee" }, to: { key: "jca-mv" }, liaison: { key: "jca-mv-coop-ieee" } });
    expect(hop.sources.map((s: Json) => s.ref)).toContain("tsb-circular-60#annex-a-2.4");
  });

  it("from the IEEE Metaverse Standards Committee to JCA-MV: TSAG's statement to it, and JCA-MV's reporting line to TSAG", async () => {
    const { connection } = await query('{ connection(from: "ieee-sa-msc", to: "jca-mv", via: [PARENT_BODY, LIAISON]) { paths { length hops { relation to { key } } } } }');
    // The shortest line first; longer structural lines follow (issue 15: min(first, total) paths).
    expect(connection.paths[0]).toEqual({ length: 2, hops: [{ relation: "LIAISON_STATEMENT", to: { key: "tsag" } }, { relation: "REPORTING", to: { key: "jca-mv" } }] });
  });

  it("only through the kinds of link asked for: parent bodies and liaisons without reporting lines", async () => {
    const { connection } = await query('{ connection(from: "ieee-sa-msc", to: "jca-mv", via: [PARENT_BODY], maxHops: 6) { paths { length } } }');
    expect(connection.paths).toEqual([]);
  });

  it("a ref that looks like an id but names another body (sc27 is JTC 1/SC 27's designation) finds the same paths as its id", async () => {
    const paths = '{ paths { length hops { text } } from { ... on Organization { key } } }';
    const byDesignation = await query(`{ connection(from: "sc27", to: "jca-mv") ${paths} }`);
    const byId = await query(`{ connection(from: "jtc1-sc27", to: "jca-mv") ${paths} }`);
    expect(byDesignation.connection.from).toEqual({ key: "jtc1-sc27" });
    expect(byDesignation.connection.paths.length).toBeGreaterThan(0);
    expect(byDesignation).toEqual(byId);
  });

  it("between a person and a body: through the roles held", async () => {
    const { connection } = await query('{ connection(from: "Shin-Gak Kang", to: "jca-mv", via: [PEOPLE]) { paths { hops { text detail } } } }');
    expect(connection.paths[0].hops).toEqual([{ text: "Shin-Gak Kang -[HOLDS_ROLE CO_CHAIR]-> JCA-MV", detail: "JCA-MV Co-Chair" }]);
  });

  it("is bounded: none within too few hops, and maxHops above the configured maximum is refused", async () => {
    const { connection } = await query('{ connection(from: "ieee-sa-msc", to: "jca-mv", maxHops: 1, via: [PARENT_BODY, LIAISON]) { paths { length } } }');
    expect(connection.paths).toEqual([]);
    expect(await errorOf('{ connection(from: "ieee", to: "jca-mv", maxHops: 50) { maxHops } }')).toMatchObject({
      message: "maxHops must be a whole number from 1 to 6",
      extensions: { code: "BAD_USER_INPUT", field: "maxHops" },
    });
    expect((await errorOf('{ connection(from: "ieee", to: "nowhere-at-all") { maxHops } }')).message).toMatch(/^to: no organization or person "nowhere-at-all"/);
  });
});

describe("roadmap", () => {
  const ROADMAP = `query($from: Date, $to: Date, $orgs: [String!], $statuses: [DeliverableStatus!]) {
    roadmap(organizations: $orgs, from: $from, to: $to, statuses: $statuses) {
      total planned done
      items { kind date dateKind status planned event { key } deliverable { key } collocatedWith { key } }
      byTopic { topic { key } items { kind } }
      byOrganization { organization { key } items { event { key } deliverable { key } } }
    } }`;

  it("of JCA-MV in 2026 shows its 2nd meeting and the events collocated with it", async () => {
    const { roadmap } = await query(ROADMAP, { orgs: ["jca-mv"], from: "2026-01-01", to: "2026-12-31" });
    const events = roadmap.items.map((i: Json) => i.event?.key);
    expect(events).toEqual(expect.arrayContaining(["jca-mv-meeting-2", "un-virtual-worlds-day-3", "citiverse-assembly-2", "itu-t-sg20-meeting-2026-05"]));
    expect(events).not.toContain("jca-mv-meeting-1"); // 2025
    for (const item of roadmap.items.filter((i: Json) => i.event.key !== "jca-mv-meeting-2")) expect(item.collocatedWith.key).toBe("jca-mv-meeting-2");
    const dates = roadmap.items.map((i: Json) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(roadmap.byOrganization.find((l: Json) => l.organization?.key === "jca-mv").items).toEqual([{ event: { key: "jca-mv-meeting-2" }, deliverable: null }]);
  });

  it("tells planned from done deliverables, dated by their latest milestone", async () => {
    const { roadmap } = await query(ROADMAP, { orgs: ["fg-mv"] });
    const deliverables = roadmap.items.filter((i: Json) => i.kind === "DELIVERABLE");
    expect(deliverables.length).toBeGreaterThan(10);
    for (const item of deliverables) {
      expect(item.planned).toBe(["PLANNED", "IN_PROGRESS"].includes(item.status));
      expect(["PUBLISHED", "APPROVED", "CONSENTED", "TARGET"]).toContain(item.dateKind);
    }
    expect(roadmap.planned + roadmap.done).toBeLessThanOrEqual(roadmap.items.length);
  });

  it("answers for a date window and statuses", async () => {
    const { roadmap } = await query(ROADMAP, { from: "2025-01-01", to: "2025-12-31", statuses: ["APPROVED", "AGREED"] });
    expect(roadmap.items.length).toBeGreaterThan(0);
    for (const item of roadmap.items) {
      expect(item.date >= "2025-01-01" && item.date <= "2025-12-31" || item.kind === "EVENT").toBe(true);
      if (item.kind === "DELIVERABLE") expect(["APPROVED", "AGREED"]).toContain(item.status);
    }
    expect((await errorOf('{ roadmap(from: "2026-02-01", to: "2026-01-01") { total } }')).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});

describe("contacts and upcoming", () => {
  it("contacts of JCA-MV: its co-chairs, with titles and sources", async () => {
    const { contacts } = await query('{ contacts(organizations: ["jca-mv"], asOf: "2026-06-01") { total contacts { person { key name } organization { key } role title sources { ref } } } }');
    expect(contacts.contacts.map((c: Json) => [c.person.key, c.role]).sort()).toEqual([["muath-alrumayh", "CO_CHAIR"], ["shin-gak-kang", "CO_CHAIR"]]);
    expect(contacts.contacts[0].sources.length).toBeGreaterThan(0);
  });

  it("contacts of the bodies working on a topic, filtered by role, on a date", async () => {
    const { contacts } = await query('{ contacts(topic: "pii-protection", roles: [VICE_CHAIR], asOf: "2023-06-01") { total contacts { organization { key } role } } }');
    expect(contacts.total).toBeGreaterThan(5);
    expect(new Set(contacts.contacts.map((c: Json) => c.role))).toEqual(new Set(["VICE_CHAIR"]));
    expect(contacts.contacts.map((c: Json) => c.organization.key)).toContain("fg-mv");
  });

  it("liaison representatives of a body's liaisons are contacts too", async () => {
    // A statement's contacts are not current roles: listed when asked for (issue 26).
    const { contacts } = await query('{ contacts(organizations: ["tsag"], roles: [LIAISON_REPRESENTATIVE], asOf: "2023-01-01", includeStatements: true) { total contacts { person { key } liaison { key } } } }');
    expect(contacts.total).toBeGreaterThan(0);
    expect(contacts.contacts.map((c: Json) => c.person.key)).toContain("shin-gak-kang");
    expect(contacts.contacts.every((c: Json) => c.liaison !== null)).toBe(true);
  });

  it("upcoming: JCA-MV's deadlines and the meeting week in May 2026, in date order", async () => {
    const { upcoming } = await query('{ upcoming(from: "2026-04-01", days: 60) { from to items { kind date daysAway event { key } deadline { kind } } } }');
    expect(upcoming.to).toBe("2026-05-31");
    expect(upcoming.items.map((i: Json) => [i.kind, i.event.key, i.deadline?.kind ?? null])).toEqual(
      expect.arrayContaining([
        ["DEADLINE", "jca-mv-meeting-2", "CONTRIBUTION"],
        ["EVENT", "jca-mv-meeting-2", null],
      ]),
    );
    const dates = upcoming.items.map((i: Json) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(upcoming.items.find((i: Json) => i.kind === "EVENT" && i.event.key === "jca-mv-meeting-2").daysAway).toBe(42);
    expect((await errorOf('{ upcoming(days: 0) { total } }')).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "days" });
  });
});
