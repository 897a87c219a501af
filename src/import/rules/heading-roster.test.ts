import { describe, expect, it } from "vitest";
import { headingRoster } from "./heading-roster.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tbc", "Tidal Buoys Committee", "STANDARDS_COMMITTEE", "TBC")];

describe("heading-roster: officers printed as headings above their names", () => {
  it("makes a person of every name line under a heading (not of one above the first), and gives the office to the name right under its heading", () => {
    const facts = factsOf([
      "Tidal Buoys Committee (TBC)",
      "The committee writes guides for buoy telemetry.",
      "Yu Hale",
      "Chair",
      "Odile Ferrand",
      "Vice Chair",
      "Tomas Lindqvist",
      "Rui Vaz",
      "Staff Manager",
      "Mei-Ling van Dam",
    ].join("\n"), graph, [headingRoster], "group");
    expect(facts.people.map((p) => p.name).sort()).toEqual(["Mei-Ling van Dam", "Odile Ferrand", "Rui Vaz", "Tomas Lindqvist"]);
    // Rui Vaz's heading was lost: he is a person of the page, with no office; a staff manager holds no office of the graph's kinds.
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Odile Ferrand", "CHAIR", "tbc"], ["Tomas Lindqvist", "VICE_CHAIR", "tbc"]]);
  });

  it("reads a session page's moderators, with or without an honorific, as people without a role", () => {
    const facts = factsOf([
      "Harbour Forum 2031 Session 4: Buoys and Data",
      "Onsite Moderator",
      "Dr Hana Okafor",
      "Online Moderator",
      "Pieter Jansen",
    ].join("\n"), graph, [headingRoster], "event");
    expect(facts.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Hana Okafor", "Pieter Jansen"]));
    expect(facts.roles).toEqual([]);
  });

  it("takes nothing from capitalized lines without a heading, nor from a heading over a topic", () => {
    const facts = factsOf([
      "Tidal Buoys Committee (TBC)",
      "Active projects",
      "Digital Asset Management",
      "Buoy Telemetry Formats",
      "Editor",
      "Harbour Data Exchange Protocol version 2 and its annexes",
    ].join("\n"), graph, [headingRoster], "group");
    expect(facts.people).toEqual([]);
    expect(facts.roles).toEqual([]);
  });
});
