import { describe, expect, it } from "vitest";
import { appointedAs } from "./appointed-as.js";
import { elected } from "./elected.js";
import { electedAtMeeting } from "./elected-at-meeting.js";
import { prosePeople } from "./prose-people.js";
import type { Rule } from "./rule.js";
import { surnameMention } from "./surname-mention.js";
import { takesOverFrom } from "./takes-over-from.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("qsb", "Quay Standards Bureau", "BUREAU", "QSB"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("lrb", "Lock Registry Bureau", "BUREAU", "LRB", [], "hsa"),
];
const roles = (text: string, rules: readonly Rule[]) =>
  factsOf(text, graph, rules, "news").roles.map((r) => [r.person, r.role, r.organization]);

describe("elected: what may stand between the name, the verb and the office", () => {
  it("reads a country after the name and a day between the verb and 'as'", () => {
    const facts = factsOf("Mr Bo Lind of Norway was re-elected 14 May as Director of the Quay Standards Bureau with 98 votes.", graph, [elected], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Bo Lind", "DIRECTOR", "qsb"]]);
    expect(facts.people.find((p) => p.name === "Bo Lind")?.country).toBe("NO");
  });

  it("reads a term between the verb and 'as', and a body's possessive as its part", () => {
    expect(roles("Cy Moss (Portugal) was re-elected for her third term as Director of HSA's Lock Registry Bureau, which keeps the lock records.", [elected]))
      .toEqual([["Cy Moss", "DIRECTOR", "lrb"]]);
  });

  it("reads a headline without its auxiliary only where the block starts", () => {
    expect(roles("Eve Roe of Chile re-elected Director of the Quay Standards Bureau (QSB)", [elected])).toEqual([["Eve Roe", "DIRECTOR", "qsb"]]);
    expect(roles("The delegates cheered Eve Roe, re-elected Director of the Quay Standards Bureau.", [elected])).toEqual([]);
  });

  it("reads 'chosen to serve as' and a country's possessive before the name", () => {
    const facts = factsOf("Ghana's Dan Holt was chosen to serve as Convenor of the Harbour Sensors Alliance.", graph, [elected], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Dan Holt", "CONVENOR", "hsa"]]);
    expect(facts.people.find((p) => p.name === "Dan Holt")?.country).toBe("GH");
  });
});

describe("elected-at-meeting: one sentence electing several people, without honorifics", () => {
  it("gives each clause's people its office, in the body the last clause names", () => {
    const text = "The Harbour Sensors Alliance (HSA) met in Brest.\nAda Quill (Quarry Ltd - HSA) was elected new Chair, Bo Lind (Lockworks Inc. - LRB) and Carla Moss (Tidewater GmbH - HSA) were re-elected Vice Chair (2nd term) of HSA.";
    const facts = factsOf(text, graph, [electedAtMeeting], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([
      ["Ada Quill", "CHAIR", "hsa"], ["Bo Lind", "VICE_CHAIR", "hsa"], ["Carla Moss", "VICE_CHAIR", "hsa"],
    ]);
    // The company in the parenthesis is the person's, proposed when the graph lacks it.
    expect(facts.people.find((p) => p.name === "Bo Lind")?.affiliations).toContain("lockworks-inc");
  });

  it("resolves a short form the document printed as the end of a longer one", () => {
    const text = "The Tidal Panel (TP HX) met in May.\nAda Quill was elected new Chair, and Bo Lind was re-elected Vice Chair of HX.";
    const withPanel = [...graph, body("tp", "Tidal Panel", "OTHER", "TP HX")];
    expect(factsOf(text, withPanel, [electedAtMeeting], "news").roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Ada Quill", "CHAIR", "tp"], ["Bo Lind", "VICE_CHAIR", "tp"]]);
  });

  it("lists no name that follows other words, and reads nothing when no body is named", () => {
    expect(roles("The members thanked Quay Traders and Ada Quill was elected new Chair.", [electedAtMeeting])).toEqual([]);
  });
});

describe("takes-over-from: the office a successor sentence names", () => {
  it("gives the office to the new holder and the predecessor, the body before the office's word", () => {
    const text = "Ada Quill has won the election to succeed Bo Lind as the Quay Standards Bureau (QSB) Chair, for the next term.";
    expect(roles(text, [takesOverFrom])).toEqual([["Bo Lind", "CHAIR", "qsb"], ["Ada Quill", "CHAIR", "qsb"]]);
  });

  it("reads 'He' as the person last named before, and the predecessor's company", () => {
    const text = "The Harbour Sensors Alliance elected Mr Cy Moss of Tidewater GmbH. Mr. Moss chaired its Lock panel. He succeeds Dan Holt of Quarry Ltd as HSA Chairman, as he steps down.";
    const r = roles(text, [takesOverFrom, surnameMention]);
    expect(r).toContainEqual(["Dan Holt", "CHAIR", "hsa"]);
    expect(r).toContainEqual(["Cy Moss", "CHAIR", "hsa"]);
  });

  it("names no office when the sentence names none and the subject holds none", () => {
    expect(roles("Ada Quill succeeds Bo Lind who has served ten years on the quay.", [takesOverFrom])).toEqual([]);
  });
});

describe("prose-people: a body's office right before a name", () => {
  it("gives the person that office in that body", () => {
    expect(roles("Members elected the HSA Director-General Eve Roe on the third ballot.", [prosePeople])).toEqual([["Eve Roe", "DIRECTOR", "hsa"]]);
  });

  it("gives only the person when no body comes right before the title", () => {
    const facts = factsOf("The group's Chairman Eve Roe opened the meeting.", graph, [prosePeople], "news");
    expect([facts.people.map((p) => p.name), facts.roles]).toEqual([["Eve Roe"], []]);
  });
});

describe("appointed-as: a liaison office named after its body", () => {
  it("gives the liaison office in the body before it, not in its counterpart", () => {
    const text = "The board appointed Eve Roe as the HSA Liaison Manager to the Quay Standards Bureau, replacing Dan Holt.";
    expect(roles(text, [appointedAs, takesOverFrom])).toEqual([["Eve Roe", "LIAISON_REPRESENTATIVE", "hsa"], ["Dan Holt", "LIAISON_REPRESENTATIVE", "hsa"]]);
  });
});

describe("elected: an office named after its body's possessive", () => {
  it("reads 'chosen to serve as the Alliance's Convenor' as the office in the body named with that word", () => {
    const text = "The Harbour Sensors Alliance met in May. Ghana's Dan Holt was chosen to serve as the Alliance's Convenor and a call for members is open.";
    expect(roles(text, [elected])).toEqual([["Dan Holt", "CONVENOR", "hsa"]]);
  });
});

describe("appointed-as: a seat on a body", () => {
  it("makes the person appointed to a body, or to another term on it, its member", () => {
    const text = "The Alliance appointed Eve Roe to another term on the Quay Standards Bureau. In May, the panel announced the appointment of Dan Holt to the Lock Registry Bureau, filling a vacant seat.";
    expect(roles(text, [appointedAs])).toEqual([["Eve Roe", "MEMBER", "qsb"], ["Dan Holt", "MEMBER", "lrb"]]);
  });

  it("makes no member of a person appointed to a post or a task", () => {
    expect(roles("The Alliance appointed Eve Roe to lead the review of the quay rules.", [appointedAs])).toEqual([]);
  });
});

describe("prose-people: an apposition's office at a body, and a second office after it", () => {
  it("reads 'Director of standards at X' as X's director, and ', serving as Y's chair' as Y's chair", () => {
    const text = "The Harbour Sensors Alliance (HSA) met in Brest, with Eve Roe, Director of harbour standards at Tidewater Instruments, serving as HSA's chair.";
    expect(roles(text, [prosePeople])).toEqual([["Eve Roe", "DIRECTOR", "tidewater-instruments"], ["Eve Roe", "CHAIR", "hsa"]]);
  });
});
