import type { Genre } from "./genre.js";

/** A TSB or BDT circular, a collective letter. */
export const circular: Genre = {
  name: "circular",
  detect: (doc) => doc.kind === "TSB_CIRCULAR" || /\b(?:Circular|Collective[- ]letter)\b/i.test(doc.head),
};
