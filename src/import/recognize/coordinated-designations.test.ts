import { describe, expect, it } from "vitest";
import type { OrganizationRow } from "../graph-index.repository.js";
import { coordinatedDesignations } from "./coordinated-designations.js";
import { OrganizationResolver } from "./organizations.js";

const org = (id: string, name: string, acronym?: string, aliases: string[] = [], partOf?: string): OrganizationRow => ({
  id, name, acronym, kind: "OTHER", aliases, partOf, mandate: undefined,
});

const designations = (text: string) => coordinatedDesignations(text).map((m) => m.designation);

describe("coordinatedDesignations: one body per member of a plural designation", () => {
  it("spells each member of a plural kind word as its singular, the prefix and shared suffix carried over", () => {
    expect(designations("Vice-chairs of ITU-D Study Groups 3 and 4 met.")).toEqual(["ITU-D Study Group 3", "ITU-D Study Group 4"]);
    expect(designations("a note to Study Groups 7, 9 and 12 on buoys")).toEqual(["Study Group 7", "Study Group 9", "Study Group 12"]);
    expect(designations("Experts of Questions 4, 5 and 8/11 are invited")).toEqual(["Question 4/11", "Question 5/11", "Question 8/11"]);
    expect(designations("Meetings of the Working Parties 2 and 4/9 (Porto)")).toEqual(["Working Party 2/9", "Working Party 4/9"]);
    expect(designations("ITU-R Working Parties 6A, 6B and 6C will meet")).toEqual(["Working Party 6A", "Working Party 6B", "Working Party 6C"]);
  });

  it("reads the siblings after a slash designation under its parent", () => {
    expect(designations("sent to ISO/IEC JTC 1/SC 41/WG 2 and WG 6 for comment")).toEqual(["ISO/IEC JTC 1/SC 41/WG 6"]);
    expect(designations("JTC 1/SC 31, SC 37 and SC 39 agreed")).toEqual(["JTC 1/SC 37", "JTC 1/SC 39"]);
    expect(designations("ISO/IEC SC 41/WG 2 and WG 5")).toEqual(["ISO/IEC SC 41/WG 5"]);
  });

  it("takes no plain number, year or singular designation", () => {
    expect(designations("Study Group 7 and 2031 are the dates; Questions 4 and 5 were studied.")).toEqual([]);
    expect(designations("Working Parties of all Study Groups")).toEqual([]);
    expect(designations("JTC 1/SC 41/WG 2 met in 2031 and 2032")).toEqual([]);
  });

  it("gives each member its own span, the first one from the plural's start", () => {
    const text = "ITU-T Study Groups 5 and 9";
    expect(coordinatedDesignations(text).map((m) => text.slice(m.start, m.end))).toEqual(["ITU-T Study Groups 5", "9"]);
    const q = "Questions 4 and 8/11 met";
    expect(coordinatedDesignations(q).map((m) => q.slice(m.start, m.end))).toEqual(["Questions 4", "8/11"]);
  });
});

describe("the organization scan reads each member as a body", () => {
  it("resolves members the graph holds and proposes the others under their parent, in the sector printed or named before", () => {
    const r = new OrganizationResolver([
      org("itu-t", "ITU Telecommunication Standardization Sector", "ITU-T"),
      org("itu-t-sg5", "ITU-T Study Group 5", "SG5", ["ITU-T SG5"], "itu-t"),
      org("itu-d", "ITU Telecommunication Development Sector", "ITU-D"),
    ]);
    expect(r.scan("A statement to ITU-T Study Groups 5 and 9 and to the Tide Board.", { locator: "p1" }).map((m) => m.key)).toEqual(["itu-t-sg5", "itu-t-sg9"]);
    expect(r.created.get("itu-t-sg9")).toMatchObject({ name: "ITU-T Study Group 9", partOf: "itu-t" });
    expect(r.scan("Chairs of ITU-D Study Groups 1 and 2", { locator: "p2" }).map((m) => m.key)).toEqual(["itu-d-sg1", "itu-d-sg2"]);
    expect(r.scan("Experts of Questions 4 and 8/11", { locator: "p3" }).map((m) => m.key)).toEqual(["itu-t-q4-11", "itu-t-q8-11"]);
  });

  it("reads an ISO/IEC subcommittee without its JTC 1 as JTC 1's, and the siblings after it", () => {
    const r = new OrganizationResolver([org("jtc1", "ISO/IEC JTC 1", "JTC 1"), org("jtc1-sc41", "ISO/IEC JTC 1/SC 41", "JTC 1/SC 41", [], "jtc1")]);
    expect(r.scan("We ask ISO/IEC SC 41/WG 2 and WG 6 to reply.", { locator: "p1" }).map((m) => m.key)).toEqual(["jtc1-sc41-wg2", "jtc1-sc41-wg6"]);
    expect(r.created.get("jtc1-sc41-wg6")!.partOf).toBe("jtc1-sc41");
    expect(r.scan("JTC 1/SC 41 and SC 43 met.", { locator: "p2" }).map((m) => m.key)).toEqual(["jtc1-sc41", "jtc1-sc43"]);
  });
});

describe("a sector named in words", () => {
  it("reads \"Radiocommunication Study Groups 4 and 6\" as ITU-R's", () => {
    const r = new OrganizationResolver([]);
    expect(r.scan("Working Parties of Radiocommunication Study Groups 4 and 6 will meet.", { locator: "p1" }).map((m) => m.key)).toEqual(["itu-r-sg4", "itu-r-sg6"]);
    expect(r.scan("the Radiocommunication Study Group 5 chairman", { locator: "p2" }).map((m) => m.key)).toEqual(["itu-r-sg5"]);
  });
});
