import { describe, expect, it } from "vitest";
import { addresseeRows } from "./addressee-rows.js";
import { letterAddressee } from "./letter-addressee.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("tb", "Tide Board", "OTHER", "TB"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
];
const statements = (text: string, genre: "liaison" | "group" = "liaison") =>
  factsOf(text, graph, [addresseeRows, letterAddressee], genre).liaisons.filter((l) => l.kind === "LIAISON_STATEMENT").map((l) => [l.from, l.to]);

describe("letter-addressee: a letter's addressees and its sender, without a form", () => {
  it("sends the letter from its signer's body to the body of the person it greets, found in the address block", () => {
    const letter = ["Ms. Ada Quill", "Secretariat, Quarry Task Force", "Harbour Street 4", "", "Dear Ms. Quill,", "We propose a liaison on gauges.", "Sincerely,", "Bo Lind", "Secretariat, Tide Board"].join("\n");
    expect(statements(letter)).toEqual([["tb", "qtf"]]);
  });

  it("finds the greeted person's body where the text names the person with a title, and the sender its prose speaks as", () => {
    const letter = ["Below is the text we sent to Dr. Cleo Marsh, President of QTF, on Monday.", "Dear Dr. Marsh,", "The Harbour Sensors Alliance (HSA) wishes to express its concern over the tariff."].join("\n");
    expect(statements(letter)).toEqual([["hsa", "qtf"]]);
  });

  it("takes the bodies of the To rows as the addressees, the letterhead above them as the sender", () => {
    const letter = ["Harbour Sensors Alliance Dan B. Ives Gauge Liaison Official", "To: Ada Quill, QTF", "Bo Lind, XYZC", "CC: Cleo Marsh, Tide Board", "Subject: Update", "HSA would like to update you on its work."].join("\n");
    expect(statements(letter)).toEqual([["hsa", "qtf"], ["hsa", "xyzc"]]);
  });

  it("names no addressee from a greeting to colleagues or to a person the letter names nowhere else, and reads only letters", () => {
    expect(statements("Dear colleagues,\nThe Tide Board wishes to update you.")).toEqual([]);
    expect(statements("Dear Ms. Quill,\nThe Tide Board wishes to update you.")).toEqual([]);
    expect(statements("Ms. Ada Quill\nSecretariat, Quarry Task Force\nDear Ms. Quill,\nThe Tide Board wishes to update you.", "group")).toEqual([]);
  });
});
