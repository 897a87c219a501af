import { describe, expect, it } from "vitest";
import { clauseRole } from "./clause-role.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qsb", "Quay Standards Bureau", "BUREAU", "QSB"),
  body("tideworks", "Tideworks Ltd", "COMPANY"),
  body("lock-tc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
];
const roles = (text: string, genre: "news" | "other" | "report" = "news") =>
  factsOf(text, graph, [clauseRole], genre).roles.map((r) => [r.person, r.role, r.organization]);
const without = (text: string, genre: "news" | "other" | "report" = "news") =>
  factsOf(text, graph, [], genre).roles.map((r) => [r.person, r.role, r.organization]);

describe("clause-role: one person, one office word and one body in one clause make a role, whatever the verb", () => {
  it("reads the office whatever the verb or noun that carries it", () => {
    expect(roles("The mandate of Laura Brandvold as Convenor of the Lock Gates Technical Committee was prolonged by two years.")).toEqual([["Laura Brandvold", "CONVENOR", "lock-tc"]]);
    expect(roles("Catherine Soldal’s chairmanship of the Harbour Sensors Alliance will run until the end of 2032.")).toEqual([["Catherine Soldal", "CHAIR", "hsa"]]);
    expect(roles("Maria Ekwueme is going to stay on as HSA rapporteur for another cycle.")).toEqual([["Maria Ekwueme", "RAPPORTEUR", "hsa"]]);
  });

  it("takes the body right beside the office over a body of the person's own", () => {
    expect(roles("Daniel Tollefsen (Tideworks Ltd) has taken up the post of Vice-Chair of the Quay Standards Bureau.")).toEqual([["Daniel Tollefsen", "VICE_CHAIR", "qsb"]]);
  });

  it("gives an office whose body is named but unknown to no other body of the clause", () => {
    expect(roles("At the HSA meeting in Porto, Laura Brandvold was elected chair of the Kelp Farming Board.")).toEqual([]);
  });

  it("reads several offices listed after one person, each with its own body beside it", () => {
    expect(roles("Maria Ekwueme takes a leading role in harbour standards, including Vice-Chair of the Quay Standards Bureau, Rapporteur of the Lock Gates Technical Committee and HSA Convenor.")).toEqual([
      ["Maria Ekwueme", "VICE_CHAIR", "qsb"], ["Maria Ekwueme", "RAPPORTEUR", "lock-tc"], ["Maria Ekwueme", "CONVENOR", "hsa"],
    ]);
    expect(roles("Maria Ekwueme is Vice-Chair of the Quay Standards Bureau and chairs a panel on buoys.")).toEqual([]);
  });

  it("reads 'He' or 'She' as the one person the block named before", () => {
    expect(roles("Laura Brandvold joined Tideworks Ltd in 2029. She was appointed Rapporteur of the Quay Standards Bureau a year later.")).toEqual([["Laura Brandvold", "RAPPORTEUR", "qsb"]]);
    expect(roles("Laura Brandvold met Thomas Aaltonen in 2029. She was appointed Rapporteur of the Quay Standards Bureau a year later.")).toEqual([]);
  });

  it("reads the person after the office's phrase in apposition or after 'is'", () => {
    expect(roles("The Chair of the Harbour Sensors Alliance, Sarah Verhoeven, opened the session.")).toEqual([["Sarah Verhoeven", "CHAIR", "hsa"]]);
    expect(roles("This year the Rapporteur of the Quay Standards Bureau is Daniel Tollefsen.")).toEqual([["Daniel Tollefsen", "RAPPORTEUR", "qsb"]]);
    expect(roles("Sarah Verhoeven is the new Secretary of the Quay Standards Bureau.")).toEqual([["Sarah Verhoeven", "SECRETARIAT", "qsb"]]);
  });

  it("takes the only body of the clause when the office names none", () => {
    expect(roles("At its spring plenary the Harbour Sensors Alliance confirmed Sarah Verhoeven as its editor.")).toEqual([["Sarah Verhoeven", "EDITOR", "hsa"]]);
  });

  it("reads each clause of a sentence cut at 'while' on its own", () => {
    expect(roles("Thomas Aaltonen stays Chair of the Quay Standards Bureau while Anna Achterberg remains Secretary of the Lock Gates Technical Committee.")).toEqual([
      ["Thomas Aaltonen", "CHAIR", "qsb"], ["Anna Achterberg", "SECRETARIAT", "lock-tc"],
    ]);
  });

  it("reads nothing when the pairing is not stated: two people, two offices, two bodies, a plural office, a past office", () => {
    expect(roles("Thomas Aaltonen and Anna Achterberg met the Chair of the Quay Standards Bureau.")).toEqual([]);
    expect(roles("Thomas Aaltonen, Chair and Rapporteur, spoke for the Quay Standards Bureau.")).toEqual([]);
    expect(roles("Anna Achterberg was named editor in a joint meeting of the Quay Standards Bureau and the Harbour Sensors Alliance.")).toEqual([]);
    expect(roles("Anna Achterberg thanked the editors of the Harbour Sensors Alliance.")).toEqual([]);
    expect(roles("The former Chair of the Harbour Sensors Alliance, Thomas Aaltonen, opened the session.")).toEqual([]);
  });

  it("reads no office that is only a word: the members of a body, a director of something that is no body, an office far from the person", () => {
    expect(roles("Anna Achterberg thanked the members of the Harbour Sensors Alliance for their trust.")).toEqual([]);
    expect(roles("Sarah Verhoeven is Senior Director of Product Strategy at Tideworks Ltd.")).toEqual([]);
    expect(roles("The Chairman opened the Harbour Sensors Alliance meeting, welcomed the delegates warmly and then thanked Sarah Verhoeven for hosting.")).toEqual([]);
    expect(roles("Sarah Verhoeven thanked the Chair of the Harbour Sensors Alliance for the invitation.")).toEqual([]);
    expect(roles("The Chair of the Harbour Sensors Alliance thanked Sarah Verhoeven for the invitation.")).toEqual([]);
  });

  it("needs the tagger to read a name without an honorific as a person, and counts a name it does not read as a possible second person", () => {
    expect(roles("Lantern Quay will remain Chair of the Harbour Sensors Alliance.")).toEqual([]);
    expect(roles("Ottilie Brandvold and Anna Achterberg met the Chair of the Quay Standards Bureau.")).toEqual([]);
  });

  it("adds to the generic reading only: nothing when the rule is not listed", () => {
    expect(without("Catherine Soldal’s chairmanship of the Harbour Sensors Alliance will run until the end of 2032.")).toEqual([]);
  });
});
