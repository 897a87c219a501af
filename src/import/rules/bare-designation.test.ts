import { describe, expect, it } from "vitest";
import { clauseRole } from "./clause-role.js";
import { body, readingOf } from "./testing.js";

const graph = [
  body("iec", "International Electrotechnical Commission", "SDO", "IEC"),
  body("iec-tc73", "IEC TC 73", "TECHNICAL_COMMITTEE", "TC 73", [], "iec"),
  body("iec-tc40", "IEC TC 40", "TECHNICAL_COMMITTEE", "TC 40", [], "iec"),
];
const reading = (text: string) => readingOf(text, graph, [clauseRole], "news");
const roles = (text: string) => reading(text).facts.roles.map((r) => [r.person, r.role, r.organization]);

describe("bare-designation: an office of a designation printed without its family ('Chair of TC 40')", () => {
  it("resolves it in the family the document prints the same designation with: the graph's body", () => {
    expect(roles("The chairmanship of IEC TC 73 was extended.\nSarah Verhoeven will remain Chair of TC 40: Capacitors, until the end of 2031.")).toEqual([["Sarah Verhoeven", "CHAIR", "iec-tc40"]]);
  });

  it("proposes a body the graph lacks as a part of that family, never as a new top-level body", () => {
    const r = reading("IEC TC 73 met in Porto.\nSarah Verhoeven will remain Chair of TC 98: Tidal Gauges, until the end of 2031.");
    expect(r.facts.roles.map((x) => [x.person, x.role, x.organization])).toEqual([["Sarah Verhoeven", "CHAIR", "iec-tc98"]]);
    expect(r.orgs.created.get("iec-tc98")).toMatchObject({ name: "IEC TC 98", partOf: "iec" });
  });

  it("gives nothing when the document prints no designation of that kind with its family", () => {
    expect(roles("The plenary met in Porto.\nSarah Verhoeven will remain Chair of TC 98: Tidal Gauges, until the end of 2031.")).toEqual([]);
    expect(roles("IEC TC 73 met in Porto.\nSarah Verhoeven will remain Chair of WG 4, until the end of 2031.")).toEqual([]);
  });

  it("reads a short designation ('RAN1') in the family of a body the document names, before the office or after 'of'", () => {
    const family = [body("3gpp", "3rd Generation Partnership Project", "SDO", "3GPP"), body("3gpp-tsg-ran", "3GPP TSG RAN", "TECHNICAL_COMMITTEE", "3GPP RAN", ["TSG RAN"], "3gpp")];
    const of = (text: string) => readingOf(text, family, [clauseRole], "news");
    const before = of("The 3GPP TSG RAN plenary met in Porto.\nSarah Verhoeven, the current RAN1 Chair, opened the session.");
    expect(before.facts.roles.map((x) => [x.person, x.role, x.organization])).toEqual([["Sarah Verhoeven", "CHAIR", "3gpp-ran1"]]);
    expect(before.orgs.created.get("3gpp-ran1")).toMatchObject({ partOf: "3gpp-tsg-ran" });
    expect(of("The 3GPP TSG RAN plenary met in Porto.\nSarah Verhoeven was Chairman of RAN2 Working Group for four years.").facts.roles.map((x) => x.organization)).toEqual(["3gpp-ran2"]);
    // No family named, or one whose designations the table does not know: nothing.
    expect(of("The plenary met in Porto.\nSarah Verhoeven, the current RAN1 Chair, opened the session.").facts.roles).toEqual([]);
    expect(of("The 3GPP TSG RAN plenary met in Porto.\nSarah Verhoeven, the current XYZ1 Chair, opened the session.").facts.roles).toEqual([]);
  });
});
