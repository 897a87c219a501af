/**
 * One rule of the reference syntax of a family of bodies (one per file in ./rules): a pattern on
 * a deliverable's code, and the series the match names. Rules are tried in order; the first
 * whose pattern matches wins. A rule names the syntax of references, never a particular series.
 */
export interface SeriesRule {
  /** What the rule recognizes, for its tests and for review. */
  name: string;
  pattern: RegExp;
  series(match: RegExpExecArray): string;
}
