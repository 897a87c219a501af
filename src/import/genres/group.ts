import type { Genre } from "./genre.js";

/** A committee's, group's or forum's own page, or its charter. */
export const group: Genre = {
  name: "group",
  detect: (doc) => /\b(?:Charter|Domain Groups|Working Groups?|Community Group|Focus Group on|Management Team|Liaisons?)\b/.test(doc.head),
};
