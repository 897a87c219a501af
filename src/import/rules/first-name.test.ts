import { describe, expect, it } from "vitest";
import { clauseRole } from "./clause-role.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qsb", "Quay Standards Bureau", "BUREAU", "QSB"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
];
const roles = (text: string) => factsOf(text, graph, [clauseRole], "news").roles.map((r) => [r.person, r.role, r.organization]);

describe("clause-role and clause-mentions: first names, and one office listed in several bodies", () => {
  it("reads a first name alone as the person the document named in full before", () => {
    expect(roles("Dr. Laura BRANDVOLD spoke at the opening. At the spring plenary in Porto, Laura was elected Chair of the Quay Standards Bureau.")).toEqual([["Laura Brandvold", "CHAIR", "qsb"]]);
  });

  it("reads no first name that two people of the document share, nor one followed by another surname", () => {
    expect(roles("Dr. Laura Brandvold and Dr. Laura Osei spoke at the opening. Later Laura was elected Chair of the Quay Standards Bureau.")).toEqual([]);
    expect(roles("Dr. Laura Brandvold spoke at the opening. Later Laura Osei was elected Chair of the Quay Standards Bureau.")).not.toContainEqual(["Laura Brandvold", "CHAIR", "qsb"]);
  });

  it("reads one office listed in several bodies after a lead-in, each body a role", () => {
    expect(roles("Dr. Maria Okafor works on harbour safety. Maria holds several posts in harbour standards bodies worldwide including Vice-chair of the Quay Standards Bureau, HSA Vice-chair, and LGTC Vice-chair.")).toEqual([
      ["Maria Okafor", "VICE_CHAIR", "qsb"], ["Maria Okafor", "VICE_CHAIR", "hsa"], ["Maria Okafor", "VICE_CHAIR", "lgtc"],
    ]);
  });

  it("reads no far list without its lead-in", () => {
    expect(roles("Dr. Maria Okafor works on harbour safety. Maria wrote many papers about harbour standards bodies worldwide and thanked the Vice-chair of the Quay Standards Bureau, HSA Vice-chair, and LGTC Vice-chair.")).toEqual([]);
  });

  it("reads a counsellor of a body as its secretariat, an office after 'is also the', and a body's quoted title inside a list", () => {
    expect(roles("Anna Achterberg is the Harbour Focal Point on Tidal Safety. She is also the Counsellor of the Quay Standards Bureau “Buoys, beacons and lights (BBL)” and the Counsellor of the Harbour Sensors Alliance.")).toEqual([
      ["Anna Achterberg", "SECRETARIAT", "qsb"], ["Anna Achterberg", "SECRETARIAT", "hsa"],
    ]);
    // A counsellor with no body beside the word is no office.
    expect(roles("Anna Achterberg, a legal counsellor, joined the Quay Standards Bureau in 2030.")).toEqual([]);
  });
});
