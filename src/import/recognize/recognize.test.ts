import { describe, expect, it } from "vitest";
import type { OrganizationRow } from "../graph-index.repository.js";
import { findDates, findTimes } from "./dates.js";
import { recognizeDocument } from "./document.js";
import { findFields } from "./fields.js";
import { OrganizationResolver } from "./organizations.js";
import { findPeople, findRoleWords } from "./people.js";

const org = (id: string, name: string, acronym?: string, aliases: string[] = [], partOf?: string): OrganizationRow => ({
  id, name, acronym, kind: "OTHER", aliases, partOf, mandate: undefined,
});

const graph = [
  org("itu-t", "ITU Telecommunication Standardization Sector", "ITU-T"),
  org("itu-t-sg17", "ITU-T Study Group 17", "SG17", ["ITU-T SG17", "Study Group 17"], "itu-t"),
  org("jtc1", "ISO/IEC JTC 1", "JTC 1", ["ISO/IEC JTC1"]),
  org("jtc1-sc27", "ISO/IEC JTC 1/SC 27", "JTC 1/SC 27", ["ISO/IEC JTC1/SC27"], "jtc1"),
  org("etri", "Electronics and Telecommunications Research Institute", "ETRI"),
];

describe("dates, ranges and local times", () => {
  it("reads single dates, ranges within and across months, and months", () => {
    expect(findDates("Geneva, 3 July 2025").map((d) => d.start)).toEqual(["2025-07-03"]);
    expect(findDates("from 4 to 6 July 2023")[0]).toMatchObject({ start: "2023-07-04", end: "2023-07-06" });
    expect(findDates("(12–21 May 2026)")[0]).toMatchObject({ start: "2026-05-12", end: "2026-05-21" });
    expect(findDates("28 June - 2 July 2027")[0]).toMatchObject({ start: "2027-06-28", end: "2027-07-02" });
    expect(findDates("held in June 2024")[0]!.start).toBe("2024-06");
    expect(findDates("in the first quarter 2023")[0]!.start).toBe("2023-03");
    expect(findDates("by November 1, 2023")[0]!.start).toBe("2023-11-01");
  });

  it("reads no date the text does not give: chrono's relative days would be read against today's clock", () => {
    expect(findDates("The board met last week and will meet again tomorrow.")).toEqual([]);
    expect(findDates("on the 4th of July, 2023")[0]!.start).toBe("2023-07-04");
  });

  it("reads local times with their zone", () => {
    expect(findTimes("on 9 October 2025 from 1115 to 1315 Geneva time")[0]).toMatchObject({ start: "11:15", end: "13:15", timezone: "Europe/Zurich" });
    expect(findTimes("(11:15-13:15 CEST)")[0]).toMatchObject({ start: "11:15", end: "13:15", timezone: "Europe/Zurich" });
    expect(findTimes("from 2 p.m. to 4 p.m. UTC")[0]).toMatchObject({ start: "14:00", end: "16:00", timezone: "Etc/UTC" });
    expect(findTimes("12-16 December 2022")).toEqual([]);
  });
});

describe("organizations", () => {
  it("finds existing bodies however they are spaced and punctuated", () => {
    const r = new OrganizationResolver(graph);
    const found = r.scan("Comments from JTC 1/SC 27 and ISO/IEC JTC1/SC27, and from ITU-T SG 17.", { locator: "p1" });
    expect(found.map((f) => [f.key, f.existing])).toEqual([["jtc1-sc27", true], ["jtc1-sc27", true], ["itu-t-sg17", true]]);
  });

  it("proposes new bodies by their naming pattern, under their parent", () => {
    const r = new OrganizationResolver(graph);
    const found = r.scan("ISO/IEC JTC1/SC27/WG2, Question 6/17, ITU-T SG21 and IEC TC 100", { locator: "p1" });
    expect(found.map((f) => f.key)).toEqual(["jtc1-sc27-wg2", "itu-t-q6-17", "itu-t-sg21", "iec-tc100"]);
    expect(r.created.get("jtc1-sc27-wg2")!.partOf).toBe("jtc1-sc27");
    expect(r.created.get("itu-t-q6-17")!.partOf).toBe("itu-t-sg17");
    expect(r.created.get("itu-t-sg21")!.partOf).toBe("itu-t");
    expect(r.created.get("iec-tc100")!.partOf).toBe("iec");
    expect(r.created.get("iec")).toMatchObject({ acronym: "IEC", kind: "SDO" });
  });

  it("takes the name whose initials fit the acronym, and proposes it once", () => {
    const r = new OrganizationResolver([]);
    const found = r.scan("Mr X, Telecommunications Technology Association (TTA), and the Metaverse Standards Forum (MSF).", { locator: "p1" });
    expect(found.map((f) => f.key)).toEqual(["tta", "msf"]);
    expect(r.created.get("tta")).toMatchObject({ name: "Telecommunications Technology Association", acronym: "TTA" });
    expect(r.scan("MSF and TTA", { locator: "p2" }).map((f) => [f.key, f.existing])).toEqual([["msf", false], ["tta", false]]);
    expect(r.created.size).toBe(2);
  });
});

describe("people and roles", () => {
  it("reads names with titles, affiliations and countries", () => {
    const text = "chaired by Mr Shin-Gak KANG (ETRI, Republic of Korea), with Ms Shane HE (Nokia Corporation, Finland)";
    const people = findPeople(text, []);
    expect(people.map((p) => [p.name, p.honorific, p.country, p.affiliationText])).toEqual([
      ["Shin-Gak Kang", "Mr", "KR", "ETRI, Republic of Korea"], ["Shane He", "Ms", "FI", "Nokia Corporation, Finland"],
    ]);
  });

  it("reads people listed without a title when their parentheses hold an affiliation or a country", () => {
    const people = findPeople("includes Andrey Nunes (Brazil), Hideo Imanaka (NICT, Japan) and the World Tourism Organization (UNWTO)", []);
    expect(people.map((p) => p.name)).toEqual(["Andrey Nunes", "Hideo Imanaka"]);
  });

  it("knows the role words", () => {
    expect(findRoleWords("the JCA-MV Co-Chairs, a Vice-Chairman, the Rapporteur, the Director, chaired by").map((r) => r.role)).toEqual([
      "CO_CHAIR", "VICE_CHAIR", "RAPPORTEUR", "DIRECTOR", "CHAIR",
    ]);
  });
});

describe("the document itself", () => {
  it("recognizes a TSB circular's reference, date, title and signatory", () => {
    const blocks = [
      "TELECOMMUNICATION STANDARDIZATION BUREAU", "Geneva, 14 February 2027", "Ref:", "TSB Circular 312", "Subject:", "Meeting of ITU-T Study Group 17",
      "Dear Sir/Madam,", "Yours faithfully,", "Seizo Onoe", "Director of the Telecommunication", "Standardization Bureau",
    ].map((text, i) => ({ locator: `l${i + 1}`, text }));
    const facts = recognizeDocument(blocks, findFields(blocks), undefined, "TEXT");
    expect(facts).toMatchObject({ kind: "TSB_CIRCULAR", reference: "TSB Circular 312", date: "2027-02-14", title: "Meeting of ITU-T Study Group 17" });
    expect(facts.signatory).toMatchObject({ name: "Seizo Onoe", title: "Director of the Telecommunication Standardization Bureau" });
  });

  it("recognizes a liaison statement in the ITU template", () => {
    const blocks = ["SG17-LS45", "LIAISON STATEMENT", "Source: ITU-T Study Group 17", "Title: LS on terminology", "For action to: JTC 1/SC 27", "Approval: SG17 meeting (Geneva, 17 September 2027)", "Deadline: 1 November 2027"]
      .map((text, i) => ({ locator: `l${i + 1}`, text }));
    const facts = recognizeDocument(blocks, findFields(blocks), undefined, "TEXT");
    expect(facts).toMatchObject({ kind: "LIAISON_STATEMENT", reference: "SG17-LS45", title: "LS on terminology", date: "2027-09-17", issuerText: "ITU-T Study Group 17" });
  });
});

describe("scans that stay linear on repetitive text", () => {
  it("finds every one of 34,000 repeated mentions of one body (200 KB of “SG17, ”), each once", () => {
    const text = "SG17, ".repeat(34_000);
    const mentions = new OrganizationResolver(graph).scan(text, { locator: "l1" });
    expect(mentions).toHaveLength(34_000);
    expect(new Set(mentions.map((m) => m.key))).toEqual(new Set(["itu-t-sg17"]));
    expect(mentions.every((m, i) => i === 0 || m.start >= mentions[i - 1]!.end)).toBe(true);
  });

  it("reads a name with its acronym the same after 5,000 other parentheses as alone", () => {
    const sentence = "The Electronics and Telecommunications Research Institute (ETRI) takes part.";
    const read = (text: string) => new OrganizationResolver(graph).scan(text, { locator: "l1" }).map((m) => [m.printed, m.key]);
    expect(read(`${"Some words (AB) and more. ".repeat(5_000)}${sentence}`)).toEqual(read(sentence));
    expect(read(sentence)).toContainEqual(["Electronics and Telecommunications Research Institute", "etri"]);
  });
});
