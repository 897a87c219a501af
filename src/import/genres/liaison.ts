import type { Genre } from "./genre.js";

/** A liaison statement (an ITU template, another body's letter in the same form). */
export const liaison: Genre = {
  name: "liaison",
  detect: (doc) => doc.kind === "LIAISON_STATEMENT" || /\bLIAISON STATEMENT\b|\bLiaison Statement to\b/.test(doc.head),
};
