import { describe, expect, it } from "vitest";
import { standardWordName } from "./standard-word-name.js";
import { body, factsOf } from "./testing.js";

const graph = [body("qsa", "Quayside Standards Alliance", "CONSORTIUM", "QSA"), body("tvc", "Tidal Visuals Consortium", "CONSORTIUM", "TVC")];
const deliverables = (text: string) => factsOf(text, graph, [standardWordName], "group").deliverables.map((d) => ({ code: d.code, kind: d.kind, status: d.status, by: d.developedBy }));

describe("standard-word-name: a deliverable named by a coined name next to a standard's word", () => {
  it("reads each name of a list before the word, its developer the body named before it", () => {
    expect(deliverables("The Tidal Visuals Consortium keeps extending the QX3 and HTanim standards for its members.")).toEqual([
      { code: "QX3", kind: "STANDARD", status: "PUBLISHED", by: "tvc" },
      { code: "HTanim", kind: "STANDARD", status: "PUBLISHED", by: "tvc" },
    ]);
    expect(deliverables("The Tidal Visuals Consortium released the qnTF 2.0 specification.").map((d) => [d.code, d.kind])).toEqual([["qnTF", "SPECIFICATION"]]);
    expect(deliverables("The Tidal Visuals Consortium maintains the QVML and QX3 International Standards.").map((d) => d.code)).toEqual(["QVML", "QX3"]);
    expect(deliverables("The Tidal Visuals Consortium leads the QX3 suite of standards.").map((d) => d.code)).toEqual(["QX3"]);
  });

  it("says in progress when the sentence says it is being made", () => {
    expect(deliverables("The Tidal Visuals Consortium is currently developing the TideGL specification.")[0]).toMatchObject({ code: "TideGL", status: "IN_PROGRESS" });
  });

  it("takes no body, no technology's acronym, no ordinary word and nothing without a developer", () => {
    expect(deliverables("The Tidal Visuals Consortium follows the QSA standards and the IoT standards.")).toEqual([]);
    expect(deliverables("The Tidal Visuals Consortium follows open standards and the new Buoy standard.")).toEqual([]);
    expect(deliverables("Nobody said who made the QX3 standard.")).toEqual([]);
  });
});
