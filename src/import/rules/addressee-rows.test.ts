import { describe, expect, it } from "vitest";
import { addresseeRows } from "./addressee-rows.js";
import { body, factsOf } from "./testing.js";

const graph = [body("xsg", "Example Study Group", "STUDY_GROUP", "XSG"), body("board", "Example Board", "OTHER")];
const letter = [
  "Example Forum",
  "To:     Ada Quill, XSG",
  "Bo Lind, QRB",
  "CC:     . Cleo Marsh, Chair, Example Board",
  ". Dan Ives, QRB",
  "Subject:  Update on our activities",
  "Dear colleagues, Eve Park, QRB asked us to write.",
].join("\n");

describe("addressee-rows: a letter's To and CC rows, one addressee a line", () => {
  it("makes each addressee a person of the body the row names, with the role it states", () => {
    const facts = factsOf(letter, graph, [addresseeRows]);
    expect(facts.people.map((p) => [p.name, p.affiliations])).toEqual([
      ["Ada Quill", ["xsg"]], ["Bo Lind", ["qrb"]], ["Cleo Marsh", ["board"]], ["Dan Ives", ["qrb"]],
    ]);
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Cleo Marsh", "CHAIR", "board"]]);
  });

  it("reads rows re-joined into one line, and nothing after the rows", () => {
    const joined = "To: Ada Quill, XSG\nCC: . Cleo Marsh, Chair, Example Board . Dan Ives, QRB\nSubject: News\nEve Park, QRB";
    expect(factsOf(joined, graph, [addresseeRows]).people.map((p) => p.name)).toEqual(["Ada Quill", "Cleo Marsh", "Dan Ives"]);
  });
});
