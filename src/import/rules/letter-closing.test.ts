import { describe, expect, it } from "vitest";
import { letterClosing } from "./letter-closing.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tb", "Tide Board", "OTHER", "TB"), body("qtf", "Quarry Task Force", "SDO", "QTF")];
const reading = (text: string, genre: "liaison" | "news" = "liaison") => {
  const facts = factsOf(text, graph, [letterClosing], genre);
  return { people: facts.people.map((p) => p.name), roles: facts.roles.map((r) => [r.person, r.organization, r.role]) };
};

describe("letter-closing: a letter's signer and the office the lines under the name state", () => {
  it("proposes the signer, with the office their title states in the body it names", () => {
    expect(reading("Dear Ms Lind,\nWe propose a liaison.\nSincerely,\n\nAda Quill\nSecretariat, Tide Board").roles).toEqual([["Ada Quill", "tb", "SECRETARIAT"]]);
    expect(reading("We thank you.\nBest regards,\nBo Lind\nChair of the Quarry Task Force").roles).toEqual([["Bo Lind", "qtf", "CHAIR"]]);
  });

  it("gives the person alone when the title names no body, and nothing without a closing or in another genre", () => {
    expect(reading("Thanks again.\nKind regards,\nCleo Marsh").people).toEqual(["Cleo Marsh"]);
    expect(reading("Thanks again.\nKind regards,\nCleo Marsh").roles).toEqual([]);
    expect(reading("Sincerely yours was printed at the end.\nAda Quill\nSecretariat, Tide Board").roles).toEqual([]);
    expect(reading("Sincerely,\nAda Quill\nSecretariat, Tide Board", "news").roles).toEqual([]);
  });
});
