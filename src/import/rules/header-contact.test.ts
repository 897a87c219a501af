import { describe, expect, it } from "vitest";
import { headerContact } from "./header-contact.js";
import { body, factsOf } from "./testing.js";

const graph = [body("xb", "Example Development Bureau", "BUREAU", "XDB")];

describe("header-contact: whom a circular's header says to contact", () => {
  it("reads the contact cell, also from a header run together on one line, as the bureau's contact person", () => {
    const text = "Example Development Bureau (XDB) Ref.: Circular XDB/031 Lisbon, 3 May 2029 Contact: Ada Quill Telephone: +351 21 000 0000 To: - Member States Subject: Meeting of the advisory group";
    const facts = factsOf(text, graph, [headerContact], "circular");
    expect(facts.people.map((p) => p.name)).toContain("Ada Quill");
    expect(facts.roles.map((r) => [r.person, r.organization, r.role])).toContainEqual(["Ada Quill", "xb", "CONTACT_PERSON"]);
  });

  it("reads a cell of its own with an honorific, and takes no bureau or office for a person", () => {
    const own = factsOf(["Example Development Bureau (XDB)", "Circular XDB/032", "Contact: / Mr Bo Lind", "Tel: +351 21 000 0001"].join("\n"), graph, [headerContact], "circular");
    expect(own.people.map((p) => p.name)).toContain("Bo Lind");
    const office = factsOf(["Example Development Bureau (XDB)", "Circular XDB/033", "Contact: Events Office", "Tel: +351 21 000 0002"].join("\n"), graph, [headerContact], "circular");
    expect(office.people).toEqual([]);
  });
});
