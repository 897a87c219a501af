import { describe, expect, it } from "vitest";
import { useSeedGraphApp, type Json } from "./helpers.js";

/**
 * Issue 15: answers an analyst can trust. Each test is a question asked through GraphQL, as in
 * GraphiQL, against the seed graph (read only).
 */
const { query } = useSeedGraphApp();

describe("1. connection", () => {
  it("how is IEEE connected to FG-MV returns exactly min(first, total) paths, structural lines (parent bodies, liaisons, reporting lines, roles) before shared topics", async () => {
    for (const first of [5, 10, 15]) {
      const { connection } = await query(`query($first: Int!) { connection(from: "IEEE", to: "FG-MV", first: $first) {
        total paths { length structural hops { relation text } } } }`, { first });
      expect(connection.paths).toHaveLength(Math.min(first, connection.total));
      expect(connection.total).toBeGreaterThanOrEqual(first);
      const firstTopical = connection.paths.findIndex((p: Json) => !p.structural);
      const lastStructural = connection.paths.map((p: Json) => p.structural).lastIndexOf(true);
      expect(lastStructural).toBeGreaterThanOrEqual(0);
      if (firstTopical >= 0) expect(lastStructural).toBeLessThan(firstTopical);
      expect(connection.paths[0].hops.map((h: Json) => h.relation)).not.toContain("WORKS_ON");
    }
  });
});

describe("2. partial dates are ranges", () => {
  it("which events fall in the second half of June 2024 lists the First UN Virtual Worlds Day (dated only 'June 2024')", async () => {
    const { events } = await query('{ events(first: 50, filter: {dates: {from: "2024-06-15", to: "2024-06-30"}}) { nodes { key start end startDate endDate } } }');
    expect(events.nodes).toContainEqual({ key: "un-virtual-worlds-day-1", start: "2024-06", end: "2024-06", startDate: "2024-06-01", endDate: "2024-06-30" });
  });

  it("the roadmap for 15–30 June 2024 shows it too, ending on 30 June", async () => {
    const { roadmap } = await query('{ roadmap(from: "2024-06-15", to: "2024-06-30", include: [EVENT]) { items { event { key } endDate } } }');
    expect(roadmap.items).toContainEqual({ event: { key: "un-virtual-worlds-day-1" }, endDate: "2024-06-30" });
  });
});

describe("5. one rule for dates across the schema", () => {
  it("FG-MV's collaborations: liaisons(of:) and organization { liaisons } give the same answer today, and the same with includeEnded", async () => {
    const today = await query(`{
      liaisons(of: "fg-mv", kind: [COLLABORATION], inheritance: [DIRECT]) { total }
      organization(ref: "fg-mv") { liaisons(kinds: [COLLABORATION]) { liaison { key } } }
      liaisonRecords(first: 100, filter: { organization: "fg-mv", kinds: [COLLABORATION] }) { totalCount }
    }`);
    expect(today.organization.liaisons).toHaveLength(today.liaisons.total);
    expect(today.liaisonRecords.totalCount).toBe(today.liaisons.total);
    const all = await query(`{
      liaisons(of: "fg-mv", kind: [COLLABORATION], includeEnded: true, inheritance: [DIRECT]) { total }
      organization(ref: "fg-mv") { liaisons(kinds: [COLLABORATION], includeEnded: true) { liaison { key } } }
      liaisonRecords(first: 100, filter: { organization: "fg-mv", kinds: [COLLABORATION], includeEnded: true }) { totalCount }
    }`);
    expect(all.organization.liaisons.length).toBeGreaterThan(today.organization.liaisons.length);
    expect(all.organization.liaisons).toHaveLength(all.liaisons.total);
    expect(all.liaisonRecords.totalCount).toBe(all.liaisons.total);
  });
});

describe("9. liaison gaps", () => {
  it("which bodies working on PII protection lack a liaison with JCA-MV does not list ITU-T SG17 (our own sector), and says which rule excluded it", async () => {
    const { liaisonGaps } = await query('{ liaisonGaps(topic: "pii-protection") { organizations { organization { key } } excluded { organization { key } rule } } }');
    expect(liaisonGaps.organizations.map((o: Json) => o.organization.key)).not.toContain("itu-t-sg17");
    expect(liaisonGaps.excluded).toContainEqual({ organization: { key: "itu-t-sg17" }, rule: "OUR_SECTOR" });
  });
});

describe("10. who works on a topic", () => {
  it("who works on PII protection lists FG-MV and WG6 before ITU and JTC 1", async () => {
    const { whoWorksOn } = await query('{ whoWorksOn(topic: "pii-protection", asOf: "2023-06-01") { organizations { organization { key } ownWork subGroupWork } } }');
    const order = whoWorksOn.organizations.map((o: Json) => o.organization.key);
    for (const worker of ["fg-mv", "fg-mv-wg6"]) {
      for (const parent of ["itu", "jtc1"]) {
        if (order.includes(parent)) expect(order.indexOf(worker)).toBeLessThan(order.indexOf(parent));
      }
      expect(order).toContain(worker);
    }
  });
});

describe("12. one entry per person", () => {
  it("who leads FG-MV lists Shin-Gak Kang once, as chair and contact person", async () => {
    const { organization } = await query('{ organization(ref: "fg-mv") { people(includeEnded: true) { person { key } roles { role } } } }');
    const kang = organization.people.filter((p: Json) => p.person.key === "shin-gak-kang");
    expect(kang).toHaveLength(1);
    expect(kang[0].roles.map((r: Json) => r.role).sort()).toEqual(["CHAIR", "CONTACT_PERSON"]);
    const keys = organization.people.map((p: Json) => p.person.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("12. one entry per person, in TSAG too", () => {
  it("who leads TSAG lists its chairman once, as chair and contact person", async () => {
    const { organization } = await query('{ organization(ref: "tsag") { people(asOf: "2023-01-01") { person { key } roles { role } } } }');
    const chair = organization.people.filter((p: Json) => p.person.key === "abdurahman-al-hassan");
    expect(chair).toHaveLength(1);
    expect(chair[0].roles.map((r: Json) => r.role).sort()).toEqual(["CHAIR", "CONTACT_PERSON"]);
  });
});

describe("14. staleness", () => {
  it("is TSAG's chairman, known only from a 2022 document, still current in 2026? contacts marks him unconfirmed, and stale() lists the role to check", async () => {
    const { contacts, stale } = await query(`{
      contacts(organizations: ["tsag"], asOf: "2026-11-25") { contacts { person { key } role lastConfirmed unconfirmed } }
      stale(asOf: "2026-11-25", kinds: ["ROLE"], first: 500) { confirmedBefore total facts { kind key lastConfirmed daysSinceConfirmed sources { ref } } }
    }`);
    const chair = contacts.contacts.find((c: Json) => c.person.key === "abdurahman-al-hassan" && c.role === "CHAIR");
    expect(chair).toMatchObject({ unconfirmed: true });
    expect(chair.lastConfirmed < "2024-11-25").toBe(true);
    expect(stale.confirmedBefore).toBe("2024-11-25");
    const fact = stale.facts.find((f: Json) => f.key === "tsag-chair-abdurahman-al-hassan");
    expect(fact).toMatchObject({ kind: "ROLE", lastConfirmed: chair.lastConfirmed });
    expect(fact.sources.map((s: Json) => s.ref)).toContain("tsag-ls-fg-mv#contact");
  });

  it("a role confirmed by a 2025 circular is not stale: JCA-MV's co-chairs are confirmed", async () => {
    const { contacts } = await query('{ contacts(organizations: ["jca-mv"], roles: [CO_CHAIR], asOf: "2026-06-01") { contacts { person { key } lastConfirmed unconfirmed } } }');
    expect(contacts.contacts.length).toBeGreaterThan(0);
    for (const contact of contacts.contacts) expect(contact.unconfirmed).toBe(false);
  });
});

describe("6. parent group and containment", () => {
  it("what is JCA-MV's parent group: TSAG (the reporting line, ITU's words), while it is part of ITU-T", async () => {
    const { jca, fg } = await query(`{
      jca: organization(ref: "JCA-MV") { parentGroup { key } partOf { key } }
      fg: organization(ref: "FG-MV") { parentGroup { key } partOf { key } }
    }`);
    expect(jca).toEqual({ parentGroup: { key: "tsag" }, partOf: { key: "itu-t" } });
    expect(fg.parentGroup).toEqual({ key: "tsag" });
  });
});

describe("3. open-source communities", () => {
  it("with whom does JCA-MV cooperate by its ToR 2.4: all nine, open-source communities included", async () => {
    const { liaisons } = await query('{ liaisons(of: "JCA-MV", kind: [COOPERATION], inheritance: [DIRECT]) { total links { partner { key kind } } } }');
    expect(liaisons.total).toBe(9);
    expect(liaisons.links).toContainEqual({ partner: { key: "open-source-communities", kind: "OPEN_SOURCE_COMMUNITY" } });
  });
});

describe("8. local times", () => {
  it("when does the first JCA-MV meeting start, Geneva time: 11:15 with its offset and zone, beside the UTC instant", async () => {
    const { events } = await query('{ events(first: 50, filter: {dates: {from: "2025-10-09", to: "2025-10-09"}}) { nodes { meetingOf { key } startsAt localStart localEnd timezone } } }');
    const meeting = events.nodes.find((e: Json) => e.meetingOf?.key === "jca-mv");
    expect(meeting).toMatchObject({
      startsAt: "2025-10-09T09:15:00.000Z",
      localStart: "2025-10-09T11:15:00+02:00[Europe/Zurich]",
      localEnd: "2025-10-09T13:15:00+02:00[Europe/Zurich]",
      timezone: "Europe/Zurich",
    });
  });
});

describe("4. search through topics", () => {
  it('what does a search for "privacy" find: the PII protection topic and SC 27 by their own text, then FG-MV WG6 and the deliverables on PII protection, each saying it matched through that topic', async () => {
    const { search } = await query('{ search(text: "privacy", first: 50) { score match matchedThrough { key } node { __typename key } } }');
    const keys = search.map((h: Json) => h.node.key);
    expect(keys).toEqual(expect.arrayContaining(["pii-protection", "jtc1-sc27", "fg-mv-wg6"]));
    const wg6 = search.find((h: Json) => h.node.key === "fg-mv-wg6");
    expect(wg6).toMatchObject({ match: "TOPIC", matchedThrough: { key: "pii-protection" }, node: { __typename: "Organization" } });
    expect(search.some((h: Json) => h.match === "TOPIC" && h.node.__typename === "Deliverable")).toBe(true);
    // Every direct match ranks above every match through a topic, and scores still read best first.
    const lastText = search.map((h: Json) => h.match).lastIndexOf("TEXT");
    const firstTopic = search.findIndex((h: Json) => h.match === "TOPIC");
    expect(lastText).toBeLessThan(firstTopic);
    const scores = search.map((h: Json) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of search.filter((h: Json) => h.match === "TEXT")) expect(hit.matchedThrough).toBeNull();
  });

  it("types filter the matches through topics too: only deliverables", async () => {
    const { search } = await query('{ search(text: "privacy", types: [DELIVERABLE], first: 50) { match node { __typename } } }');
    expect(search.length).toBeGreaterThan(0);
    expect(search.every((h: Json) => h.node.__typename === "Deliverable")).toBe(true);
  });
});

describe("7. facts that were only prose", () => {
  it("under which Recommendation does JCA-MV operate, and by which resolution was it established: Rec. ITU-T A.18 and WTSA-24 Res. 105, each citing TSB Circular 60", async () => {
    const { jca, fg } = await query(`{
      jca: organization(ref: "JCA-MV") {
        operatesUnder { deliverable { key code kind } sources { ref document { key } } }
        establishedBy { deliverable { key code kind } sources { ref } }
      }
      fg: organization(ref: "FG-MV") { operatesUnder { deliverable { key } sources { ref } } establishedBy { deliverable { key } sources { ref } } }
    }`);
    expect(jca.operatesUnder).toHaveLength(1);
    expect(jca.operatesUnder[0].deliverable).toEqual({ key: "itu-t-a18", code: "ITU-T A.18", kind: "RECOMMENDATION" });
    expect(jca.operatesUnder[0].sources).toContainEqual({ ref: "tsb-circular-60#annex-a-1", document: { key: "tsb-circular-60" } });
    expect(jca.establishedBy).toEqual([{ deliverable: { key: "wtsa-24-res-105", code: "WTSA-24 Resolution 105", kind: "RESOLUTION" }, sources: [{ ref: "tsb-circular-60#annex-a-1" }] }]);
    // FG-MV: created by TSAG "in accordance with Recommendation ITU-T A.7", whose clauses its ToR follows.
    expect(fg.operatesUnder.map((i: Json) => i.deliverable.key)).toEqual(["itu-t-a7"]);
    expect(fg.establishedBy).toEqual([{ deliverable: { key: "itu-t-a7" }, sources: [{ ref: "tsag-ls-fg-mv#body" }] }]);
  });

  it.each(["A.18", "ITU-T A.18", "Rec. ITU-T A.18", "Recommendation ITU-T A.18", "itu-t-a18"])('deliverable(ref: "%s") finds Rec. ITU-T A.18', async (ref) => {
    const { deliverable } = await query("query($ref: String!) { deliverable(ref: $ref) { key code developedBy { key } sources { ref } } }", { ref });
    expect(deliverable).toMatchObject({ key: "itu-t-a18", code: "ITU-T A.18", developedBy: { key: "itu-t" } });
    expect(deliverable.sources.length).toBeGreaterThan(0);
  });

  it("who signed TSB Circular 98 and the 2nd JCA-MV circular: Seizo Onoe, each from the signature block; TSB Circular 60 names no signatory", async () => {
    const { c98, c2, c60 } = await query(`{
      c98: document(key: "tsb-circular-98") { signedBy { person { key } sources { ref } } }
      c2: document(key: "tsb-circular-jca-mv-2") { signedBy { person { key } sources { ref } } }
      c60: document(key: "tsb-circular-60") { signedBy { person { key } } }
    }`);
    expect(c98.signedBy).toEqual([{ person: { key: "seizo-onoe" }, sources: [{ ref: "tsb-circular-98#signature" }] }]);
    expect(c2.signedBy).toEqual([{ person: { key: "seizo-onoe" }, sources: [{ ref: "tsb-circular-jca-mv-2#signature" }] }]);
    expect(c60.signedBy).toEqual([]);
  });
});

describe("13. names change over time", () => {
  it("whom was Natalia Bayona affiliated with in 2023: the World Tourism Organization (UNWTO), the name then; today the same body reads UN Tourism", async () => {
    const { person } = await query(`{ person(ref: "Natalia Bayona") {
      in2023: affiliations(asOf: "2023-06-01") { organization { key name acronym } sources { ref } }
      in2025: affiliations(asOf: "2025-01-01") { organization { key name acronym } }
    } }`);
    expect(person.in2023).toEqual([{ organization: { key: "un-tourism", name: "World Tourism Organization", acronym: "UNWTO" }, sources: [{ ref: "tsb-circular-98#1" }] }]);
    expect(person.in2025).toEqual([{ organization: { key: "un-tourism", name: "UN Tourism", acronym: "UN Tourism" } }]);
  });

  it("what was UN Tourism called, and when: its former name with its period and sources; name(asOf:) answers for any date", async () => {
    const { organization } = await query(`{ organization(ref: "UNWTO") {
      name before: name(asOf: "2023-12-31") after: name(asOf: "2024-01-01")
      formerNames { name acronym until sources { ref } }
    } }`);
    expect(organization).toEqual({
      name: "UN Tourism", before: "World Tourism Organization", after: "UN Tourism",
      formerNames: [{ name: "World Tourism Organization", acronym: "UNWTO", until: "2024", sources: [{ ref: "tsb-circular-98#1" }, { ref: "apt-wtsa24-mv-proposal#recognizing-d" }] }],
    });
  });

  it("who were the FG-MV vice-chairs in 2023, through contacts: every body reads with its name on that date", async () => {
    const { contacts } = await query('{ contacts(organizations: ["fg-mv"], asOf: "2023-06-01", includeSubGroups: false) { asOf contacts { organization { key name } } } }');
    expect(contacts.contacts.length).toBeGreaterThan(0);
    for (const c of contacts.contacts) expect(c.organization.name).toBeTruthy();
  });
});

describe("11. a liaison statement is a dated message, not a standing liaison", () => {
  it("are TSAG's 2022 statements to the IEEE groups current liaisons in 2026? No: IEEE's standing liaisons do not include them, and asked for, they come back dated, with their purpose, current: false", async () => {
    const { standing, statements, records, org } = await query(`{
      standing: liaisons(of: "ieee-sa-msc", asOf: "2026-06-01", inheritance: [DIRECT]) { total links { current liaison { kind } } }
      statements: liaisons(of: "ieee-sa-msc", asOf: "2026-06-01", kind: [LIAISON_STATEMENT]) {
        links { current liaison { key kind standing sent sentDate until purpose deadline from { key } document { key } } }
      }
      records: liaisonRecords(first: 100, filter: { organization: "ieee-cs-msg", asOf: "2026-06-01" }) { totalCount }
      org: organization(ref: "ieee-sa-msc") { liaisons(asOf: "2026-06-01") { liaison { key } } statements: liaisons(asOf: "2026-06-01", kinds: [LIAISON_STATEMENT]) { liaison { key } } }
    }`);
    expect(standing.links.filter((l: Json) => l.liaison.kind === "LIAISON_STATEMENT")).toEqual([]);
    expect(standing.links.every((l: Json) => l.current)).toBe(true);
    expect(statements.links).toEqual([{
      current: false,
      liaison: {
        key: "tsag-ls-fg-mv-to-ieee-sa-msc", kind: "LIAISON_STATEMENT", standing: false, sent: "2022-12-16", sentDate: "2022-12-16", until: null,
        purpose: expect.stringContaining("announces the creation by TSAG of new ITU-T Focus Group on metaverse"), deadline: null,
        from: { key: "tsag" }, document: { key: "tsag-ls-fg-mv" },
      },
    }]);
    expect(records.totalCount).toBe(0);
    expect(org.liaisons).toEqual([]);
    expect(org.statements).toEqual([{ liaison: { key: "tsag-ls-fg-mv-to-ieee-sa-msc" } }]);
  });

  it("before it was sent, a statement is not listed even when asked for; with includeEnded every statement is, never current", async () => {
    const { before, all } = await query(`{
      before: liaisons(of: "tsag", asOf: "2022-12-01", kind: [LIAISON_STATEMENT]) { total }
      all: liaisons(of: "tsag", kind: [LIAISON_STATEMENT], includeEnded: true, inheritance: [DIRECT]) { total links { current } }
    }`);
    expect(before.total).toBe(0);
    expect(all.total).toBe(40);
    expect(all.links.every((l: Json) => l.current === false)).toBe(true);
  });

  it("which standing liaisons does FG-MV have with its partners in 2023: its collaborations, current; its statement to the IETF is not one of them", async () => {
    const { liaisons } = await query('{ liaisons(of: "fg-mv", asOf: "2023-12-01", inheritance: [DIRECT]) { links { current liaison { key kind } } } }');
    expect(liaisons.links.length).toBeGreaterThan(30);
    expect(liaisons.links.map((l: Json) => l.liaison.kind)).not.toContain("LIAISON_STATEMENT");
    expect(liaisons.links.every((l: Json) => l.current)).toBe(true);
  });
});
