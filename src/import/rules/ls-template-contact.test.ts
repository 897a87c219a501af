import { describe, expect, it } from "vitest";
import { lsTemplateContact } from "./ls-template-contact.js";
import { body, factsOf } from "./testing.js";

const graph = [body("xag", "Example Advisory Group", "ADVISORY_GROUP", "XAG"), body("yag", "Yonder Advisory Group", "ADVISORY_GROUP", "YAG")];
const glued = "Example Advisory Group (XAG)LS 44 March 2027English onlyChairman, XAGLS on joint planning (TO YAG)For comment to:YAGFor information to:n/aDeadline:30 June 2027Contact:Name/Organization/Entity:Mr Bo Lind, Chairman XAGPhone number:+41 00 000 0000Summary:This liaison statement reports on planning.";

describe("ls-template-contact: an ITU statement's header table, however its cells were run together", () => {
  it("makes the contact the contact person and chair of the body his title names, and that body the sender", () => {
    const facts = factsOf(glued, graph, [lsTemplateContact], "liaison");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization]).sort()).toEqual([["Bo Lind", "CHAIR", "xag"], ["Bo Lind", "CONTACT_PERSON", "xag"]]);
    expect(facts.liaisons.map((l) => [l.from, l.to, l.addressed, l.deadline])).toEqual([["xag", "yag", "for comment", "2027-06-30"]]);
  });

  it("proposes an addressee the graph does not know by its acronym, and none for n/a", () => {
    const facts = factsOf(glued.replace("For comment to:YAG", "For comment to:ZQG"), graph, [lsTemplateContact], "liaison");
    expect(facts.liaisons.map((l) => l.to)).toEqual(["zqg"]);
  });

  it("reads nothing from a contact cell without a body", () => {
    const facts = factsOf(glued.replace("Mr Bo Lind, Chairman XAG", "Mr Bo Lind"), graph, [lsTemplateContact], "liaison");
    expect(facts.liaisons.filter((l) => l.to === "yag" && l.addressed === "for comment")).toEqual([]);
  });
});
