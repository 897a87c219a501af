import { describe, expect, it } from "vitest";
import { pageHeadingEvent } from "./page-heading-event.js";
import { body, factsOf } from "./testing.js";

const graph = [body("qsc", "Quay Standards Council", "STANDARDS_COMMITTEE", "QSC")];
const eventsOf = (text: string, genre: Parameters<typeof factsOf>[3] = "event") =>
  factsOf(text, graph, [pageHeadingEvent], genre).events.map((e) => [e.name, e.startDate, e.endDate ?? null, e.city ?? null, e.meetingOf ?? null]);

describe("page-heading-event: an event page's own event from its heading and the date lines under it", () => {
  it("reads a heading naming a gathering, a place line and a date line under it, a range kept", () => {
    expect(eventsOf(["Buoy Telemetry Workshop 2031", "Porto, Portugal", "14-16 October 2031, 09:00 - 17:00 UTC", "Join us for three days of talks."].join("\n")))
      .toEqual([["Buoy Telemetry Workshop 2031", "2031-10-14", "2031-10-16", "Porto", null]]);
  });

  it("reads a title wrapped over two lines, the body named right before the gathering's word being the body that meets", () => {
    expect(eventsOf(["TITLE:", "Provisional Agenda for the 3-7 March 2031 QSC", "Plenary Meeting in Lisbon", "SOURCE:"].join("\n")))
      .toEqual([["QSC Plenary", "2031-03-03", "2031-03-07", "Lisbon", "qsc"]]);
  });

  it("reads a date and a place on one line, and a body before a workshop's word as no body of the event", () => {
    expect(eventsOf(["QSC Workshop on Buoys & Tides", "October 19-20, 2031; Quayside, QX, Ruritania", "Workshop Report"].join("\n"), "other"))
      .toEqual([["QSC Workshop on Buoys & Tides", "2031-10-19", "2031-10-20", "Quayside", null]]);
  });

  it("takes a body's numbered meeting with its date in the same line", () => {
    expect(eventsOf("Registration for the 9th QSC and its task teams - Lisbon, 3 - 5 March 2031")).toEqual([["9th QSC", "2031-03-03", "2031-03-05", "Lisbon", "qsc"]]);
  });

  it("takes no section heading, no heading without a date line under it, no sentence, and nothing on a news page", () => {
    expect(eventsOf(["Upcoming Meetings", "14 October 2031", "Meeting Agenda", "3 March 2031"].join("\n"))).toEqual([]);
    expect(eventsOf(["Buoy Telemetry Workshop 2031", "The workshop gathered experts in Porto on 14 October 2031."].join("\n"))).toEqual([]);
    expect(eventsOf(["We look forward to the Buoy Telemetry Workshop.", "14 October 2031"].join("\n"))).toEqual([]);
    expect(eventsOf(["Buoy Telemetry Workshop opens", "14 October 2031"].join("\n"), "news")).toEqual([]);
    // A venue's label line, and a body whose name holds a gathering's word.
    expect(eventsOf(["Time and date: 12 May 2031", "Venue: Quayside Conference Centre, Porto, Portugal"].join("\n"))).toEqual([]);
    expect(factsOf(["Harbour Standards Forum", "14 October 2031"].join("\n"), [body("hsf", "Harbour Standards Forum", "INDUSTRY_FORUM", "HSF")], [pageHeadingEvent], "other").events).toEqual([]);
  });
});
