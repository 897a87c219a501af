import { describe, expect, it } from "vitest";
import { formContacts } from "./form-contacts.js";
import { body, factsOf } from "./testing.js";

const graph = [body("xsg", "Example Study Group", "STUDY_GROUP", "XSG"), body("qtf", "Quarry Task Force", "SDO", "QTF")];
const page = [
  "Liaison statement",
  "LS on harbour sensors",
  "State Posted",
  "Submitted Date 2027-02-11",
  "From Group XSG",
  "From Contact Ada Quill",
  "To Group QTF",
  "To Contacts The QTF Chair <>",
  "Bo Lind <>",
  "Cc The QTF Board <>",
  "Harbour Sensors Discussion List <>",
  "Cleo Marsh <>",
  "Response Contact",
  "Purpose For information",
  "XSG thanks QTF for its statement of January and reports that Dan Ives reviewed the draft.",
].join("\n");

describe("form-contacts: the people a liaison form's contact rows name", () => {
  it("proposes each named contact, and the sender's contact as its contact person", () => {
    const facts = factsOf(page, graph, [formContacts], "datatracker");
    expect(facts.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Ada Quill", "Bo Lind", "Cleo Marsh"]));
    expect(facts.roles.filter((r) => r.role === "CONTACT_PERSON").map((r) => [r.person, r.organization])).toEqual([["Ada Quill", "xsg"]]);
  });

  it("takes no mailbox, list or body for a person, nor a name outside the contact rows", () => {
    const names = factsOf(page, graph, [formContacts], "datatracker").people.map((p) => p.name);
    expect(names.some((n) => /QTF|List|Board|Dan Ives/.test(n))).toBe(false);
  });

  it("reads a Cc row whose label lost its space (\"CcEmil Novak\") as the person", () => {
    const glued = page.replace("Cc The QTF Board <>", "CcEmil Novak");
    const names = factsOf(glued, graph, [formContacts], "datatracker").people.map((p) => p.name);
    expect(names).toContain("Emil Novak");
    expect(names.some((n) => n.startsWith("Cc"))).toBe(false);
  });

  it("reads Cc rows under an empty To Contacts row, and recipients a copy ran together on one line", () => {
    const runTogether = page.replace("To Contacts The QTF Chair <>\nBo Lind <>\nCc The QTF Board <>", "To Contacts\nCc Bo Lind <>\nGita Roy <> Hal Tern <> The QTF Chair <>");
    const names = factsOf(runTogether, graph, [formContacts], "datatracker").people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Bo Lind", "Gita Roy", "Hal Tern"]));
    expect(names.some((n) => /^Cc|QTF/.test(n))).toBe(false);
  });

  it("takes a Cc row that names a known body for that body, not a person", () => {
    const facts = factsOf("Title: LS on gauges\nSource: XSG\nTo: QTF\nCc: Quarry Task Force\nBo Lind <>", graph, [formContacts], "liaison");
    expect(facts.people.map((p) => p.name)).toEqual(["Bo Lind"]);
  });
});
