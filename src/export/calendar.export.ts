import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import type { DocumentRow, EventDetails } from "./export.repository.js";

type Props = Record<string, unknown>;

/** An event of the feed with what the calendar entry says about it. */
export interface CalendarEvent {
  event: Props;
  details: EventDetails;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Events known to the day: the sources give some events only a month or a year ("2024-03"),
 * which a calendar entry cannot show; those stay in the roadmap export only.
 */
export const isDatedToTheDay = (event: Props) => FULL_DATE.test(String(event.start)) && FULL_DATE.test(String(event.end));

/** Stable across exports (a calendar updates the entry instead of adding a copy): the graph id. */
export const eventUid = (id: string) => `event-${id}@mvgraph`;
export const deadlineUid = (id: string) => `deadline-${id}@mvgraph`;

/**
 * An iCalendar feed (RFC 5545) of meetings and their deadlines. Events with times are in their
 * own time zone (Geneva meetings: DTSTART;TZID=Europe/Zurich, with its VTIMEZONE), others are
 * all-day entries over their days; deadlines are all-day entries on the due date. Each
 * description says what the event is a meeting of, what it is collocated with, and its sources.
 */
export function calendarIcs(
  events: CalendarEvent[],
  documents: Map<string, DocumentRow>,
  options: { deadlines: boolean; name: string },
): { body: string; entries: number } {
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: "mvgraph", product: "meetings and deadlines", language: "EN" },
    // One VTIMEZONE per zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60 * 24,
  });
  const sources = (refs: unknown) => sourceLines(refs, documents);

  for (const { event, details } of events) {
    calendar.createEvent({
      id: eventUid(String(event.id)),
      summary: String(event.name),
      ...eventTimes(event),
      location: [event.venue, event.city, event.country].filter(Boolean).join(", ") || null,
      categories: [{ name: String(event.kind) }],
      description: [
        event.description ? String(event.description) : null,
        details.meetingOf.length ? `Meeting of: ${details.meetingOf.map(orgName).join("; ")}` : null,
        details.organizers.length ? `Organized or hosted by: ${details.organizers.map(orgName).join("; ")}` : null,
        details.collocatedWith.length ? `Collocated with: ${details.collocatedWith.map((c) => `${c.name} (${c.start})`).join("; ")}` : null,
        ...sources(event.sources),
      ].filter((line) => line !== null).join("\n"),
    });
    if (!options.deadlines) continue;
    for (const deadline of details.deadlines.filter((d) => FULL_DATE.test(String(d.due)))) {
      const due = DateTime.fromISO(String(deadline.due), { zone: "utc" });
      calendar.createEvent({
        id: deadlineUid(String(deadline.id)),
        summary: `${kindLabel(String(deadline.kind))} deadline: ${event.name}`,
        start: due,
        end: due.plus({ days: 1 }),
        allDay: true,
        categories: [{ name: "DEADLINE" }],
        description: [
          String(deadline.description),
          deadline.submitTo ? `Submit to: ${deadline.submitTo}` : null,
          `For: ${event.name} (${event.start})`,
          ...sources(deadline.sources),
        ].filter((line) => line !== null).join("\n"),
      });
    }
  }
  return { body: calendar.toString(), entries: calendar.length() };
}

/** A timed event in its own zone, or an all-day event over its days (DTEND is the day after). */
function eventTimes(event: Props): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> {
  const zone = event.timezone ? String(event.timezone) : null;
  if (event.startsAt && zone) {
    return {
      start: DateTime.fromISO(String(event.startsAt), { zone }),
      end: event.endsAt ? DateTime.fromISO(String(event.endsAt), { zone }) : null,
      timezone: zone,
    };
  }
  return {
    start: DateTime.fromISO(String(event.startDate), { zone: "utc" }),
    end: DateTime.fromISO(String(event.endDate), { zone: "utc" }).plus({ days: 1 }),
    allDay: true,
  };
}

/** "Sources:" then one line per cited document: reference and title, places in it, address. */
function sourceLines(refs: unknown, documents: Map<string, DocumentRow>): string[] {
  const places = new Map<string, string[]>();
  for (const ref of Array.isArray(refs) ? (refs as string[]) : []) {
    const [id, locator] = ref.split("#", 2) as [string, string | undefined];
    places.set(id, [...(places.get(id) ?? []), ...(locator ? [locator] : [])]);
  }
  if (places.size === 0) return [];
  return [
    "Sources:",
    ...[...places].map(([id, locators]) => {
      const doc = documents.get(id);
      const title = doc ? [doc.reference, doc.title].filter(Boolean).join(", ") : id;
      return `- ${title}${locators.length ? ` [${locators.join(", ")}]` : ""}${doc?.url ? ` ${doc.url}` : ""}`;
    }),
  ];
}

const orgName = (o: Props) => (o.acronym ? `${o.acronym} (${o.name})` : String(o.name));
const kindLabel = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, " ");

