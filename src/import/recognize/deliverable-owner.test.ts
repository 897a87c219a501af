import { describe, expect, it } from "vitest";
import { body, factsOf } from "../rules/testing.js";

/** The deliverables stage (extractor.ts) with no rule: codes by shape, their developer by family. */
const graph = [
  body("itu-t", "ITU Telecommunication Standardization Sector", "SECTOR", "ITU-T"),
  body("itu-t-sg77", "ITU-T Study Group 77", "STUDY_GROUP", "SG77", ["Study Group 77"], "itu-t"),
  body("ieee", "Institute of Electrical and Electronics Engineers", "SDO", "IEEE"),
  body("iso", "International Organization for Standardization", "SDO", "ISO"),
  body("jtc1", "ISO/IEC Joint Technical Committee 1", "JOINT_TECHNICAL_COMMITTEE", "ISO/IEC JTC 1", ["JTC 1"]),
  body("hsu", "Harbour Standards Union", "SDO", "HSU"),
];
const deliverablesOf = (text: string) =>
  factsOf(text, graph, [], "other").deliverables.map((d) => [d.code, d.developedBy ?? "-"]);

describe("deliverables by shape, their developer by the code's family", () => {
  it("gives a standard another body's page cites to its publisher, not to the page's body", () => {
    expect(deliverablesOf("Harbour Standards Union (HSU)\nThe HSU profile builds on ISO 76543 and on its own HSU Quay Profile."))
      .toEqual([["ISO 76543", "iso"]]);
  });

  it("keeps a group of the code's family named near it as its developer", () => {
    expect(deliverablesOf("Study Group 77 consented Recommendation ITU-T Q.9876 this week.")).toEqual([["Q.9876", "itu-t-sg77"]]);
  });

  it("reads an IEEE project printed without its publisher on an IEEE page only", () => {
    expect(deliverablesOf("IEEE working groups\nP9876.5 – Standard for Harbour Twins\nStd. 9877 is in force")).toEqual([["IEEE P9876.5", "ieee"]]);
    expect(deliverablesOf("Harbour Standards Union (HSU)\nPart P9876.5 ships in May.")).toEqual([]);
    expect(deliverablesOf("IEEE Std. 9877-2031 is in force")).toEqual([["IEEE 9877-2031", "ieee"]]);
  });

  it("reads a bare ITU-T number on a page of ITU-T's, and not on another body's", () => {
    expect(deliverablesOf("ITU-T Study Group 77\nWork programme\nP.9876 | Quay latency | approved")).toEqual([["P.9876", "itu-t-sg77"]]);
    expect(deliverablesOf("Harbour Standards Union (HSU)\nP.9876 | Quay latency | approved")).toEqual([]);
  });

  it("reads a JTC 1 standard printed by its stage and number alone, on a page of JTC 1's only", () => {
    expect(deliverablesOf("JTC 1 meeting report\nThe group asks to publish IS 54321 on paper; FCD 15 446 comes next.")).toEqual([["ISO/IEC 54321", "iso"], ["ISO/IEC 15446", "iso"]]);
    expect(deliverablesOf("Harbour Standards Union (HSU)\nQuay IS 54321 and CD 12345 are parcel numbers.")).toEqual([]);
  });

  it("reads a specification by its coined name and version on a page about standards, and no common name with a version", () => {
    expect(deliverablesOf("Harbour Standards Union (HSU)\nThe HSU approved the HarbourPose 1.0 Standard; work on HarbourPose 1.1 goes on."))
      .toEqual([["HarbourPose 1.0", "hsu"], ["HarbourPose 1.1", "hsu"]]);
    expect(deliverablesOf("Harbour Standards Union (HSU)\nA standards view of Web 3.0 and Industry 4.0.")).toEqual([]);
    expect(deliverablesOf("Harbour news\nThe HarbourPose 1.0 app is out.")).toEqual([]);
  });
});
