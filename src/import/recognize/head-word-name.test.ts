import { describe, expect, it } from "vitest";
import { headWordNames } from "./head-word-name.js";

const names = (text: string) => headWordNames(text).map((h) => h.name);

describe("headWordNames: a body named in prose by the word its name ends with", () => {
  it("takes a capitalized run ending with a body's head word, or a head word with its complement", () => {
    expect(names("Members of the Harbour Metaverse Council met in Porto.")).toEqual(["Harbour Metaverse Council"]);
    expect(names("She studied at Quayside University and joined the Electronics and Buoys Research Institute in 2031.")).toEqual(["Quayside University", "Electronics and Buoys Research Institute"]);
    expect(names("a grant from the University of Lowmoor and the Ministry of Tides and Harbours")).toEqual(["University of Lowmoor", "Ministry of Tides and Harbours"]);
    expect(names("the 450 Knot Alliance")).toEqual(["450 Knot Alliance"]);
  });

  it("starts the name after a title-case heading's clause words", () => {
    expect(names("Letter From The Tidewater Forum")).toEqual(["Tidewater Forum"]);
    expect(names("In Saltmarsh Foundation news, …")).toEqual(["Saltmarsh Foundation"]);
  });

  it("takes no head word alone, no name of generic words only, no capitals-only heading, no part of a body", () => {
    expect(names("The Council agreed; the General Assembly and an International Association met.")).toEqual([]);
    expect(names("HARBOUR METAVERSE COUNCIL")).toEqual([]);
    expect(names("the Steering Committee and the Technical Working Group")).toEqual([]);
    expect(names("the forum and the consortium")).toEqual([]);
  });

  it("reads the last of two bodies joined by \"and\", and no name that is part of a longer one", () => {
    expect(names("Coastal Virtual Networks and Harbour Consortium joined.")).toEqual(["Harbour Consortium"]);
    expect(names("the 2031 Harbour Summit on the Buoy Society Forum")).toEqual([]);
    expect(names("Tidecheck, the Northern Organisation for the Safety of Quays, said")).toEqual([]);
  });

  it("does not run a name over a line break or a sentence's end", () => {
    expect(names("Porto.\nHarbour Forum")).toEqual(["Harbour Forum"]);
    expect(names("We met in Porto. Harbour Forum members came.")).toEqual(["Harbour Forum"]);
  });

  it("reads a group, committee or board with a word of its own, never a kind's words, a date or a number", () => {
    expect(names("The Tidewater Interop Working Group met; See Harbour Forum.")).toEqual(["Tidewater Interop Working Group", "Harbour Forum"]);
    expect(names("the Award-winning Harbour Experts Group")).toEqual(["Harbour Experts Group"]);
    expect(names("the March 2031 Working Group, a Joint Rapporteur Group, version 1.00 Focus Group, the LAN/MAN Standards Committee")).toEqual([]);
    expect(names("Parent Group: Tidewater Forum")).toEqual(["Tidewater Forum"]);
  });
});
