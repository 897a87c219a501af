import { describe, expect, it } from "vitest";
import { prosePeople } from "./prose-people.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("rb", "Radio Bureau", "BUREAU", "RB"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
];

describe("prose-people: people named without an honorific, kept where the context says so", () => {
  it("reads an office in apposition and an office held since a date", () => {
    const text = [
      "Ilse Marquardt, Director of the Radio Bureau, opened the session.",
      "Tomas Brenner has been Chair of the Harbour Sensors Alliance since March 2029.",
    ].join("\n");
    const facts = factsOf(text, graph, [prosePeople], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization, r.since])).toEqual([
      ["Ilse Marquardt", "DIRECTOR", "rb", undefined], ["Tomas Brenner", "CHAIR", "hsa", "2029-03"],
    ]);
  });

  it("takes a name with its country, and a name after 'keynote by', when the tagger also reads a person", () => {
    const text = "John Marquardt of Austria and David Mensah of Ghana were re-elected today.\nKeynote by Sarah Vogt, video";
    const facts = factsOf(text, graph, [prosePeople], "event");
    expect(facts.people.map((p) => [p.name, p.country])).toEqual([["John Marquardt", "AT"], ["David Mensah", "GH"], ["Sarah Vogt", undefined]]);
  });

  it("reads a programme's speakers with their bodies, in parentheses or one a line", () => {
    const text = [
      "1. 09:00 Sensor fusion on buoys, video (Emily Tanaka, Michael Berg, Saltmarsh Instruments)",
      "Laura Lund, Harbour Sensors Alliance (facilitator)",
    ].join("\n");
    const facts = factsOf(text, graph, [prosePeople], "event");
    expect(facts.people.map((p) => [p.name, p.affiliations])).toEqual([
      ["Emily Tanaka", ["saltmarsh-instruments"]], ["Michael Berg", ["saltmarsh-instruments"]], ["Laura Lund", ["hsa"]],
    ]);
  });

  it("takes no capitalized phrase without such a context: places, titles, a topic in parentheses", () => {
    const text = [
      "The workshop took place in San Jose, California, hosted by Harbour Sensors Alliance.",
      "Sensor Fusion Methods were discussed (Buoy Telemetry, Open Data).",
      "Port Authority Liaison, Harbour Sensors Alliance",
    ].join("\n");
    expect(factsOf(text, graph, [prosePeople], "event").people).toEqual([]);
  });
});

describe("prose-people: an office's title before the name, a mail's quoted reply, a session's name line", () => {
  it("takes 'the group's Chairman Name', 'Name wrote:' and an untitled name line beside a programme's speakers", () => {
    const text = [
      "The drafting group's Chairman Tomas Brenner from Saltmarsh Instruments welcomed the work.",
      "> On 2 May 2031, at 10.12, Henrik Dahl wrote:",
    ].join("\n");
    expect(factsOf(text, graph, [prosePeople], "news").people.map((p) => p.name)).toEqual(["Tomas Brenner", "Henrik Dahl"]);
    const programme = ["Buoy telemetry (Emily Tanaka, Saltmarsh Instruments)", "Robert Hughes", "Lightning Talks"].join("\n");
    expect(factsOf(programme, graph, [prosePeople], "event").people.map((p) => p.name)).toEqual(["Emily Tanaka", "Robert Hughes"]);
  });
});

describe("prose-people: an abbreviation and a year in parentheses are no speaker and no body", () => {
  it("reads nothing in '(Res. 7 (Rev. Lisbon, 2031))'", () => {
    const facts = factsOf("Open to: the Harbour Sensors Alliance (Res. 7 (Rev. Lisbon, 2031)) and Members.", graph, [prosePeople], "event");
    expect(facts.people).toEqual([]);
  });
});
