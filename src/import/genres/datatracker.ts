import type { Genre } from "./genre.js";

/** An IETF Datatracker liaison page, saved as HTML or copied as text. */
export const datatracker: Genre = {
  name: "datatracker",
  detect: (doc) => doc.kind === "DATATRACKER_LS" || (/\b(?:Submitted|Posted) Date\b/i.test(doc.head) && /\b(From|To) Groups?\b/i.test(doc.head)),
};
