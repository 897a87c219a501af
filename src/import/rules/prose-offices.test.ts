import { describe, expect, it } from "vitest";
import { appointedAs } from "./appointed-as.js";
import { deputiesList } from "./deputies-list.js";
import { elected } from "./elected.js";
import { electedAtMeeting } from "./elected-at-meeting.js";
import { surnameMention } from "./surname-mention.js";
import { takesOverFrom } from "./takes-over-from.js";
import { body, factsOf } from "./testing.js";
import type { Rule } from "./rule.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("tpb", "Technical Policy Board", "OTHER", "TPB"),
];
const roles = (text: string, rules: readonly Rule[], date?: string) =>
  factsOf(text, graph, rules, "news", date).roles.map((r) => [r.person, r.role, r.organization, r.since].filter((x) => x !== undefined));

describe("appointed-as: 'appointed Name of Affiliation as the chair of Body' (active voice)", () => {
  it("gives the office in the body after 'of', a known body with its kind word being that body's part", () => {
    const text = "Harbour, 4 May 2031\nHSA members have appointed Ms. Odile Ferrand of Saltmarsh Instruments as the chair of the new HSA Board, elected at the 12th HSA General Assembly in Brest.";
    // "hsa-board": the body proposed as "HSA Board", part of HSA.
    expect(roles(text, [appointedAs])).toEqual([["Odile Ferrand", "CHAIR", "hsa-board"]]);
  });

  it("reads past an apposition after the affiliation, and a body named by its kind alone is the document's", () => {
    const text = [
      "The 12th HSA General Assembly met in Brest.",
      "The General Assembly also appointed Mr. Rui Vaz Mendes of QTA, the Quay Traders Association of Brest, Lorient and Vannes, as a Vice-Chair of the General Assembly representing users.",
    ].join("\n");
    expect(roles(text, [appointedAs])).toEqual([["Rui Vaz Mendes", "VICE_CHAIR", "hsa-general-assembly"]]);
  });

  it("gives nothing when the phrase after 'of' names no body", () => {
    expect(roles("The club appointed Ms. Odile Ferrand as the editor of its weekly newsletter.", [appointedAs])).toEqual([]);
  });
});

describe("elected-at-meeting: several people elected to offices without 'of', at a body's meeting", () => {
  const text = [
    "Harbour, 2 December 2031",
    "On 30 November, Dr. Ada Quill, Saltmarsh Instruments, was elected as the new Chair while Mr. Bo Lind, Quay Traders and Ms. Cy Moss, Port of Brest were elected as Vice Chairs during the board meeting on 30 November.",
    "The Technical Policy Board steers the work programme.",
  ].join("\n");

  it("gives each their office in the body whose meeting it was, from that day", () => {
    // The sentence gives no year: the document's (its date, 2 December 2031).
    expect(roles(text, [electedAtMeeting], "2031-12-02")).toEqual([
      ["Ada Quill", "CHAIR", "tpb", "2031-11-30"], ["Bo Lind", "VICE_CHAIR", "tpb", "2031-11-30"], ["Cy Moss", "VICE_CHAIR", "tpb", "2031-11-30"],
    ]);
  });

  it("guesses no body when the sentence names no meeting", () => {
    expect(roles("Dr. Ada Quill, Saltmarsh Instruments, was elected as the new Chair.\nThe Technical Policy Board met.", [electedAtMeeting])).toEqual([]);
  });
});

describe("deputies-list: 'assisted by three vice-chairs, Mr A of X, Ms B of Y and Dr C of Z'", () => {
  it("gives the listed people the office in the body where the sentence's subject is chair", () => {
    const text = [
      "Ada Quill has been elected Chair of the Technical Policy Board for a three-year term.",
      "Ms. Quill will be assisted by three vice-chairs, Mr. Bo Lind of Quay Traders, Ms. Cy Moss of the Ministry of Harbours, Locks and Canals and Dr. Eve Roe of Saltmarsh Instruments.",
    ].join("\n");
    expect(roles(text, [elected, deputiesList])).toEqual([
      ["Ada Quill", "CHAIR", "tpb"], ["Bo Lind", "VICE_CHAIR", "tpb"], ["Cy Moss", "VICE_CHAIR", "tpb"], ["Eve Roe", "VICE_CHAIR", "tpb"],
    ]);
  });

  it("gives nothing when no one in the sentence is a chair", () => {
    expect(roles("The work will be assisted by two vice-chairs, Mr. Bo Lind of Quay Traders and Ms. Cy Moss of Port Lab.", [deputiesList])).toEqual([]);
  });
});

describe("takes-over-from: the person named after 'taking over from' held the office before", () => {
  it("gives the predecessor the successor's office, without dates", () => {
    const text = "Ada Quill has been elected Chair of the Technical Policy Board for a three-year term, starting in 2032.\nMs. Quill is taking over from Bo Lind, who has served two terms.";
    expect(roles(text, [elected, takesOverFrom, surnameMention])).toEqual([["Ada Quill", "CHAIR", "tpb", "2032"], ["Bo Lind", "CHAIR", "tpb"]]);
  });

  it("takes nothing when the subject holds no office the document states", () => {
    expect(roles("Ms. Quill is taking over from Bo Lind as host of the podcast.", [takesOverFrom])).toEqual([]);
  });
});
