import type { Genre } from "./genre.js";

/** An event, forum, workshop or session page, or its speakers' page. */
export const event: Genre = {
  name: "event",
  detect: (doc) => doc.kind === "EVENT_PAGE"
    || /^(?:Time and date|Date and time|Venue|Place)\s*:/im.test(doc.head)
    || (/\b(?:took place|will take place|will be held)\b/i.test(doc.head) && /\b(?:Target audience|Programme|Program|Registration|Speakers)\b/i.test(doc.text))
    // A programme: a day's heading, then sessions by time range ("09:00–09:45 AM Break").
    || (/^\s*Day\s+\d\b/im.test(doc.head) && (doc.head.match(/\b\d{1,2}[:.]\d{2}\s*(?:[AP]M\s*)?[-–]\s*\d{1,2}[:.]\d{2}\b/g)?.length ?? 0) >= 3),
};
