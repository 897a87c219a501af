/**
 * `lastConfirmed` of what an edit writes: the date of its source document (the first day of a
 * partial date, as the seed computes it), else the day of the edit; it never moves back.
 */

/** "2023" → "2023-01-01", "2023-05" → "2023-05-01": the day `lastConfirmed` takes from a partial date. */
export function firstDayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/** The later of two ISO dates (either may be missing): `lastConfirmed` never moves back. */
export function laterOf(a: unknown, b: string): string {
  return typeof a === "string" && a > b ? a : b;
}
