import type { Genre } from "./genre.js";

/** A news post or an announcement (elections, appointments, launches). */
export const news: Genre = {
  name: "news",
  detect: (doc) => /\b(?:News|Date:\s*\d{4}-\d\d-\d\d|has been (?:elected|appointed|renewed)|announce[sd]?|calls for)\b/i.test(doc.head),
};
