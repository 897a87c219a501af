import { describe, expect, it } from "vitest";
import { elected } from "./elected.js";
import { surnameMention } from "./surname-mention.js";
import { body, factsOf } from "./testing.js";

const graph = [body("board", "Technical Policy Board", "OTHER", "TPB")];
const news = "Ada Quill has been elected Chair of the Technical Policy Board for a three-year term, starting in 2027. Mr. Quill takes over from Bo Lind. Quill's plan is ambitious.";

describe("elected: a person elected or appointed to a role, named without an honorific", () => {
  it("gives the person the role, from the year the sentence gives", () => {
    const roles = factsOf(news, graph, [elected]).roles.map((r) => [r.person, r.role, r.organization, r.since]);
    expect(roles).toEqual([["Ada Quill", "CHAIR", "board", "2027"]]);
  });
});

describe("surname-mention: a surname alone is the person named in full", () => {
  it("makes one person of 'Ada Quill', 'Mr. Quill' and 'Quill's'", () => {
    const names = factsOf(news, graph, [elected, surnameMention]).people.map((p) => p.name);
    expect(names).toEqual(["Ada Quill"]);
  });
});
