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

describe("elected: a body named by its kind word alone", () => {
  it("is the last body named before whose name has that word, and an apposition's name is the person", () => {
    const text = "The Quarry Oversight Committee (QOC) met in March.\nWith most votes, the candidate from the north, Bo Lind, was elected as the new Chair of the Committee for four years.";
    const roles = factsOf(text, [body("qoc", "Quarry Oversight Committee", "OTHER", "QOC"), ...graph], [elected]).roles.map((r) => [r.person, r.role, r.organization]);
    expect(roles).toEqual([["Bo Lind", "CHAIR", "qoc"]]);
  });

  it("gives no role when no body of that kind was named", () => {
    expect(factsOf("Bo Lind was elected as the new Chair of the Committee.", graph, [elected]).roles).toEqual([]);
  });
});

describe("surname-mention: a surname alone is the person named in full", () => {
  it("makes one person of 'Ada Quill', 'Mr. Quill' and 'Quill's'", () => {
    const names = factsOf(news, graph, [elected, surnameMention]).people.map((p) => p.name);
    expect(names).toEqual(["Ada Quill"]);
  });
});
