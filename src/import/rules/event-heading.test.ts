import { describe, expect, it } from "vitest";
import { eventHeading } from "./event-heading.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsu", "Harbour Standards Union", "SDO", "HSU"), body("hsu-tc9", "HSU Technical Committee 9", "TECHNICAL_COMMITTEE", "HSU TC 9", [], "hsu")];
const eventsOf = (text: string) =>
  factsOf(text, graph, [eventHeading], "other").events.map((e) => [e.name, e.kind, e.startDate, e.endDate ?? "-", e.city ?? "-", e.meetingOf ?? "-"]);

describe("event-heading: the event a page is about, by its layout", () => {
  it("reads a heading that names a gathering, with the range and the place under it", () => {
    expect(eventsOf("Quay Twins Workshop 2031\n14–16 October 2031\nPorto, Portugal\nThe workshop brings together harbour modellers."))
      .toEqual([["Quay Twins Workshop 2031", "WORKSHOP", "2031-10-14", "2031-10-16", "Porto", "-"]]);
  });

  it("reads a meeting of a body, its place and dates on labelled lines under it", () => {
    expect(eventsOf("Events\nPlenary meeting of the HSU Technical Committee 9\nVenue: Harbour Hall, Porto, Portugal\nDates: 3-5 May 2032"))
      .toEqual([["Plenary meeting of the HSU Technical Committee 9", "MEETING", "2032-05-03", "2032-05-05", "Porto", "hsu-tc9"]]);
  });

  it("takes an online gathering without a city", () => {
    expect(eventsOf("Webinar on Harbour Digital Twins\nDate: 9 June 2031, 14:00 UTC\nOnline")).toEqual([["Webinar on Harbour Digital Twins", "EVENT", "2031-06-09", "-", "-", "-"]]);
  });

  it("takes no sentence, no deadline's or publication date, and no heading without a place", () => {
    expect(eventsOf("The Quay Twins Workshop will be held soon.\n14 October 2031\nPorto, Portugal")).toEqual([]);
    expect(eventsOf("Quay Twins Workshop\nPosted 2 March 2031\nSubmissions by 14 October 2031\nPorto, Portugal")).toEqual([]);
    expect(eventsOf("Quay Twins Workshop\n14 October 2031\nMore details soon")).toEqual([]);
  });
});
