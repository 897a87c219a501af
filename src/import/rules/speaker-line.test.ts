import { describe, expect, it } from "vitest";
import { speakerLine } from "./speaker-line.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("acme", "Acme Networks", "COMPANY", "Acme"),
  body("fg-holo", "Focus Group on holography", "FOCUS_GROUP", "FG-HOLO"),
  body("fg-holo-wg2", "FG-HOLO Working Group 2 – Displays", "WORKING_GROUP", undefined, [], "fg-holo"),
  body("sg9", "Study Group 9", "STUDY_GROUP", "SG9"),
  body("bureau", "Standardization Bureau", "BUREAU", "SB"),
];
const page = `Speakers
Lena Whitford
Principal Engineer, Acme Networks | Chair of Working Group 2 on Displays, Focus Group on holography (FG-HOLO)
Lena leads the display work of her company.
• Omar Haddad, Director, Standardization Bureau
Moderator: Ines Kowalczyk, Vice-chairman, Study Group 9`;

describe("speaker-line: people on programme and speakers' pages, named without an honorific", () => {
  it("reads a name line and its caption: the affiliation, and the role in the numbered group of the body named after it", () => {
    const facts = factsOf(page, graph, [speakerLine], "event");
    expect(facts.people.find((p) => p.name === "Lena Whitford")).toMatchObject({ affiliations: ["acme"] });
    expect(facts.roles.filter((r) => r.person === "Lena Whitford").map((r) => [r.role, r.organization])).toEqual([["CHAIR", "fg-holo-wg2"]]);
  });

  it("reads a caption whose office comes first and whose body is the numbered group itself", () => {
    const facts = factsOf("Speakers\nPavel Oyelaran\nCo-chairman, FG-HOLO Working Group 2 on Displays and Optics", graph, [speakerLine], "event");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Pavel Oyelaran", "CO_CHAIR", "fg-holo-wg2"]]);
    // A numbered group the text names without a body it belongs to is still no body.
    expect(factsOf("Speakers\nPavel Oyelaran\nCo-chairman, Working Group 2 on Displays and Optics", graph, [speakerLine], "event").roles).toEqual([]);
  });

  it("reads programme lines with a bullet or a label: Name, Title, Body", () => {
    const roles = factsOf(page, graph, [speakerLine], "event").roles.map((r) => [r.person, r.role, r.organization]);
    expect(roles).toEqual(expect.arrayContaining([["Omar Haddad", "DIRECTOR", "bureau"], ["Ines Kowalczyk", "VICE_CHAIR", "sg9"]]));
  });

  it("takes no title for a name, and no role in a numbered group the graph does not hold", () => {
    const facts = factsOf("Kai Brandt\nSenior Expert, Acme Networks | Chair of Working Group 7 on Audio, Focus Group on holography", graph, [speakerLine], "event");
    expect(facts.people.map((p) => p.name)).toEqual(["Kai Brandt"]);
    expect(facts.roles).toEqual([]);
  });
});
