import { describe, expect, it } from "vitest";
import { quotedPerson } from "./quoted-person.js";
import { body, factsOf } from "./testing.js";

const graph = [body("board", "Example Board", "OTHER", "XB"), body("guild", "The Harbour Guild", "CONSORTIUM", "Harbour")];

describe("quoted-person: who said a news post's quotation", () => {
  it("makes the speaker a person of the body their title names, with the role it states", () => {
    const facts = factsOf("“We welcome every member,” said Ada Quill, Chair of the Example Board. “Join us.”", graph, [quotedPerson], "news");
    expect(facts.people.map((p) => [p.name, p.affiliations])).toEqual([["Ada Quill", ["board"]]]);
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Ada Quill", "CHAIR", "board"]]);
  });

  it("keeps a title that is no role of the graph's as the person's body only", () => {
    const facts = factsOf("“Open is better,” said Bo Lind, president of the Harbour Guild and founder of the fair.", graph, [quotedPerson], "news");
    expect(facts.people.map((p) => [p.name, p.affiliations])).toEqual([["Bo Lind", ["guild"]]]);
    expect(facts.roles).toEqual([]);
  });

  it("takes no speaker whose title names no body", () => {
    expect(factsOf("“Soon,” said Cleo Marsh, head of marketing.", graph, [quotedPerson], "news").people).toEqual([]);
  });
});
