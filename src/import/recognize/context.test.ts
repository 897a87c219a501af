import { describe, expect, it } from "vitest";
import type { DeliverableRow, OrganizationRow } from "../graph-index.repository.js";
import { deliverableInContext } from "../numbered-deliverable.js";
import { factsOf, readingOf } from "../rules/testing.js";
import { acronymThenName, documentSector, OrganizationResolver, sectorBefore } from "./organizations.js";
import { findPeople } from "./people.js";
import { countryCode, isVenueName } from "./places.js";

const org = (id: string, name: string, acronym?: string, aliases: string[] = [], partOf?: string): OrganizationRow => ({
  id, name, acronym, kind: "OTHER", aliases, partOf, mandate: undefined,
});

describe("generic references resolved in their context (failure class 7)", () => {
  it("takes an unqualified study group, question or working party as the sector's the text is about", () => {
    expect(documentSector("BDT invites ITU-D members; ITU-D Study Group 1 and the BDT secretariat. See also ITU-T.")).toBe("ITU-D");
    expect(documentSector("A TSB circular about ITU-T SG 13 and one ITU-R study group.")).toBe("ITU-T");
    expect(documentSector("No sector named here.")).toBe("ITU-T");
    expect(sectorBefore("Chair of ITU-R Study Group 6 and Mr Y, Chair of Study Group 3", 52)).toBe("ITU-R");
    expect(sectorBefore("ITU-R met. Then Study Group 3", 20)).toBeUndefined();

    const r = new OrganizationResolver([org("itu-d", "ITU Telecommunication Development Sector", "ITU-D")]);
    r.defaultSector = "ITU-D";
    const found = r.scan("Rapporteurs of Question 4/2 and Working Party 3/1 report to Study Group 2.", { locator: "p1" });
    expect(found.map((f) => f.key)).toEqual(["itu-d-q4-2", "itu-d-wp3-1", "itu-d-sg2"]);
    expect(r.created.get("itu-d-q4-2")!.partOf).toBe("itu-d-sg2");
    expect(r.created.get("itu-d-sg2")!.partOf).toBe("itu-d");
  });

  it("reads ITU-R's lettered working parties (Working Party 5D, WP 4A) under the ITU-R study group of their number, whatever sector the text is about", () => {
    const r = new OrganizationResolver([org("itu-r-sg5", "ITU-R Study Group 5", "ITU-R SG5", ["ITU-R SG 5"])]);
    const found = r.scan("The meeting of Working Party 5D and ITU-R WP4A will consider the draft; WP 5/16 is not one of them.", { locator: "p1" });
    expect(found.map((f) => f.key)).toEqual(["itu-r-wp5d", "itu-r-wp4a", "itu-t-wp5-16"]);
    expect(r.created.get("itu-r-wp5d")).toMatchObject({ name: "ITU-R Working Party 5D", partOf: "itu-r-sg5" });
    expect(r.scan("The WP 5Dx draft and a WP 9Z.", { locator: "p2" })).toEqual([]);
    // A study group of before 2007 (8 and 9): an older document's "Working Party 8A" is ITU-R's too.
    expect(r.scan("Working Party 8A thanks WP 9B.", { locator: "p3" }).map((f) => f.key)).toEqual(["itu-r-wp8a", "itu-r-wp9b"]);
  });

  it("a bare acronym after another family's qualifier is a compound name, not the body known by the acronym (\"ZEPH-2 HRF\" is not the Holo Render Forum)", () => {
    const r = new OrganizationResolver([
      org("etsi-isg-hrf", "ETSI ISG Holo Render Forum", "HRF", ["ISG HRF"]),
      org("etsi", "European Telecommunications Standards Institute", "ETSI"),
    ]);
    expect(r.scan("Compression aspects of ZEPH-2 HRF were discussed.", { locator: "p1" }).map((f) => f.key)).toEqual([]);
    expect(r.scan("The ETSI HRF group and HRF itself agreed.", { locator: "p2" }).map((f) => f.key)).toEqual(["etsi", "etsi-isg-hrf", "etsi-isg-hrf"]);
  });

  it("never reads another sector's bare designation as the ITU-T body the graph holds", () => {
    const r = new OrganizationResolver([org("itu-t-sg5", "ITU-T Study Group 5", "SG5", ["Study Group 5"])]);
    r.defaultSector = "ITU-R";
    expect(r.scan("Comments to Study Group 5 are welcome.", { locator: "p1" })[0]!.key).toBe("itu-r-sg5");
    const t = new OrganizationResolver([org("itu-t-sg5", "ITU-T Study Group 5", "SG5", ["Study Group 5"])]);
    expect(t.scan("Comments to Study Group 5 are welcome.", { locator: "p1" })[0]!.key).toBe("itu-t-sg5");
  });

  it("resolves a body's numbered report, or a titled one, to the graph's deliverable of that family", () => {
    const orgs = [org("fg-xr", "Focus Group on XR", "FG-XR"), org("fg-xr-wg2", "Working Group 2", "WG2", [], "fg-xr"), org("sg9", "Study Group 9")];
    const rows: DeliverableRow[] = [
      { id: "fgxr-03", code: "FGXR-03", title: "Use cases of shared spaces", aliases: [], status: "APPROVED", developedBy: "fg-xr-wg2" },
      { id: "sg9-tr3", code: "TR-SG9-3", title: "Cable XR", aliases: [], status: "APPROVED", developedBy: "sg9" },
    ];
    expect(deliverableInContext({ code: "Technical Report 03", developedBy: "fg-xr" }, rows, orgs)?.id).toBe("fgxr-03");
    expect(deliverableInContext({ code: "Technical Report 3", developedBy: "sg9" }, rows, orgs)?.id).toBe("sg9-tr3");
    expect(deliverableInContext({ code: "Technical Report 04", developedBy: "fg-xr" }, rows, orgs)).toBeUndefined();
    expect(deliverableInContext({ code: "Y.xr-1", title: "Use cases of shared spaces", developedBy: "fg-xr-wg2" }, rows, orgs)?.id).toBe("fgxr-03");
    expect(deliverableInContext({ code: "Technical Report 03", developedBy: undefined }, rows, orgs)).toBeUndefined();
  });
});

describe("names that are not what they seem", () => {
  it("reads an acronym followed by its name in parentheses as one body", () => {
    expect(acronymThenName("Source: NXA (Nordic Xylophone Alliance)")).toMatchObject([{ acronym: "NXA", name: "Nordic Xylophone Alliance" }]);
    expect(acronymThenName("SG9 (Geneva, 2027) and XR (Extended reality)")).toEqual([]);
    const r = new OrganizationResolver([]);
    expect(r.scan("Source: NXA (Nordic Xylophone Alliance)", { locator: "p1" })[0]!.key).toBe("nxa");
    // Initials that fit but no word of a body's name: a term, not a body.
    expect(r.scan("See the RFC (Request for Comments) series.", { locator: "p2" })).toEqual([]);
  });

  it("takes a conference centre or a hotel for a venue, not a body", () => {
    expect(isVenueName("Kigali Convention Centre")).toBe(true);
    expect(isVenueName("Lakeside International Conference Center")).toBe(true);
    expect(isVenueName("Grand Hotel Esplanade")).toBe(true);
    expect(isVenueName("Joint Research Centre")).toBe(false);
    const r = new OrganizationResolver([]);
    r.scan("Venue: Lakeside International Conference Center (LICC), Mombasa", { locator: "p1" });
    expect([...r.created.keys()]).toEqual([]);
  });

  it("drops a possessive from a name and knows countries by their official names", () => {
    expect(findPeople("During Dr. Okonkwo's second term", []).map((p) => p.name)).toEqual(["Okonkwo"]);
    // A results table's row: the surname in capitals ends the name, the company follows.
    expect(findPeople("Ms Ada QUILL Harbour Sensors Ltd / HSA", []).map((p) => p.name)).toEqual(["Ada Quill"]);
    expect(findPeople("Mr Bo DE LIND, Norway", []).map((p) => p.name)).toEqual(["Bo De Lind"]);
    expect(countryCode("Islamic Republic of Iran")).toBe("IR");
    expect(countryCode("United Republic of Tanzania")).toBe("TZ");
  });

  it("reads a role in apposition after a person as theirs, not the previous person's", () => {
    const graph = [org("itu-r", "ITU Radiocommunication Sector", "ITU-R")];
    const facts = factsOf("With Ms Ana Ruiz (Chile), Chair of ITU-R Study Group 7 and Mr Bo Lind (Sweden), Chair of Study Group 4, we invite you.", graph, []);
    expect(facts.roles.map((r) => [r.person, r.organization, r.role])).toEqual([["Ana Ruiz", "itu-r-sg7", "CHAIR"], ["Bo Lind", "itu-r-sg4", "CHAIR"]]);
  });

  it("reads a deadline in prose after \"not later than\" as after \"no later than\"", () => {
    const facts = factsOf("Such contributions must therefore be received by the bureau not later than 9 October 2031.", [], []);
    expect(facts.deadlines.map((d) => [d.kind, d.due])).toEqual([["CONTRIBUTION", "2031-10-09"]]);
  });

  it("reads a working-methods Recommendation cited as \"ITU-T Rec. A.9\" as ITU-T's, as \"ITU-T A.9\" is", () => {
    const facts = factsOf("According to ITU-T Rec. A.9 the forum asks for the status of ITU-T A.8; Annex A/A.7 is a clause.", [org("itu-t", "ITU Telecommunication Standardization Sector", "ITU-T")], []);
    expect(facts.deliverables.map((d) => d.code)).toEqual(["ITU-T A.9", "ITU-T A.8"]);
  });

  it("ends the affiliation of a person named inside parentheses at the closing parenthesis", () => {
    const facts = factsOf("The agenda, prepared with the Chairman of the Study Group (Mr Ode Lark, Norway) and its management team, is in Annex B.", [], []);
    expect(facts.people.map((p) => p.name)).toEqual(["Ode Lark"]);
    expect(facts.people[0]!.affiliations).toEqual([]);
  });
});

describe("3GPP's groups named without '3GPP'", () => {
  it("reads 'TSG CT' and 'TSG-SA' as 3GPP's technical specification groups, and leaves a bare 'SA' alone", () => {
    const r = new OrganizationResolver([org("3gpp", "3rd Generation Partnership Project", "3GPP")]);
    const keys = (t: string) => r.scan(t, { locator: "p1" }).map((o) => o.key);
    expect(keys("the Core Network and Terminals group (TSG CT) met")).toEqual(["3gpp-tsg-ct"]);
    expect(keys("the TSG-SA Chairman")).toEqual(["3gpp-tsg-sa"]);
    expect(keys("the SA plenary")).toEqual([]);
    expect(r.created.get("3gpp-tsg-ct")?.partOf).toBe("3gpp");
  });
});

describe("affiliations", () => {
  it("proposes no body from an affiliation cut short after a function word (a line that stops at 'Organization for')", () => {
    const created = (text: string) => [...readingOf(text, [], []).orgs.created.values()].map((o) => o.name);
    expect(created("To:  Dr. Ada Quill, Secretary, Harbour Society for\n\nDear Dr. Quill,")).toEqual([]);
    expect(created("To:  Dr. Ada Quill, Secretary, Harbour Society for Tides")[0]).toMatch(/Harbour Society for Tides$/);
  });
});
