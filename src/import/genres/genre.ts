/**
 * A genre of document the importer reads: one file per genre under src/import/genres/, with its
 * detector; the rules that apply to it name it (src/import/rules/), and its fixtures live under
 * test/corpus/<genre>/. Adding a genre: a file here, added to `genres` in classify.ts, its
 * rules, its documents and gold in the corpus.
 */
export const genreNames = ["circular", "liaison", "datatracker", "event", "report", "news", "group", "other"] as const;
export type GenreName = (typeof genreNames)[number];

export interface GenreEvidence {
  /** The document's text (its first blocks weigh most in the detectors). */
  text: string;
  /** The document's first lines, joined. */
  head: string;
  /** The document kind the header recognizer gave (TSB_CIRCULAR, LIAISON_STATEMENT, DATATRACKER_LS, EVENT_PAGE…). */
  kind: string;
}

export interface Genre {
  name: GenreName;
  detect(doc: GenreEvidence): boolean;
}
