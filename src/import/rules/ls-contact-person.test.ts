import { describe, expect, it } from "vitest";
import { lsContactPerson } from "./ls-contact-person.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tb", "Tide Board", "OTHER", "TB"), body("qtf", "Quarry Task Force", "SDO", "QTF")];
const header = (contact: string) => [
  "Title: Reply LS on gauge calibration",
  "Response to: LS on gauges from QTF",
  "Release: Rel-31",
  "Source: Tide Board",
  "To: QTF",
  contact,
  "Send any reply LS to: Liaisons Coordinator",
  "1. Overall Description:",
  "The Tide Board thanks QTF for its statement.",
].join("\n");
const contacts = (text: string) => factsOf(text, graph, [lsContactPerson], "liaison").roles.map((r) => [r.person, r.organization, r.role]);

describe("ls-contact-person: a 3GPP-style statement's Contact Person row", () => {
  it("reads the Source row and the To row as the statement, and the person under Contact Person as the sender's contact", () => {
    const facts = factsOf(header("Contact Person:\nName: Dr. Ada Quill\nTel. Number: +1 555 0100\nE-mail Address: ada@example.org"), graph, [lsContactPerson], "liaison");
    expect(facts.liaisons.map((l) => [l.kind, l.from, l.to])).toEqual([["LIAISON_STATEMENT", "tb", "qtf"]]);
    expect(contacts(header("Contact Person:\nName: Dr. Ada Quill\nTel. Number: +1 555 0100"))).toEqual([["Ada Quill", "tb", "CONTACT_PERSON"]]);
    expect(contacts(header("Contact Person: Bo Lind, Harbour Labs"))).toEqual([["Bo Lind", "tb", "CONTACT_PERSON"]]);
  });

  it("takes no mailbox or coordinator for a person, and nothing without a sender", () => {
    expect(contacts(header("Contact Person:\nName: Liaisons Coordinator\nE-mail Address: lc@example.org"))).toEqual([]);
    expect(contacts("Title: Note on gauges\nContact Person:\nName: Ada Quill")).toEqual([]);
  });
});
