/**
 * A body's lifetime: from `established` to `closed`, both inclusive (`closed` is its last day:
 * "until the end of June 2024" is 2024-06-30). Outside it a body has no roles, people or
 * liaisons, and the answers that come back empty say why.
 */

/** The first day of a date as precise as the sources give it ("2024-06" → 2024-06-01). */
export function firstDayOf(partial: string): string {
  const [year, month = "01", day = "01"] = partial.split("-");
  return `${year}-${month}-${day}`;
}

/** The last day of a date as precise as the sources give it ("2024-06" → 2024-06-30; "2024" → 2024-12-31). */
export function lastDayOf(partial: string): string {
  const parts = partial.split("-");
  if (parts.length === 3) return partial;
  const year = Number(parts[0]);
  const month = parts.length === 2 ? Number(parts[1]) : 12;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${parts[0]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Lifetime {
  name?: string;
  acronym?: string;
  established?: string;
  closed?: string;
}

/**
 * Why a body has nothing to show on `date` (ISO): it had closed ("FG-MV closed on 2024-06-30…",
 * naming the `asOf` that gives its last state), or was not yet established; null while it exists.
 */
export function lifetimeNote(body: Lifetime, date: string): string | null {
  const label = body.acronym ?? body.name ?? "This body";
  if (body.closed && lastDayOf(body.closed) < date) {
    const lastDay = lastDayOf(body.closed);
    return `${label} closed on ${lastDay}: it holds no roles or liaisons after that day. Ask with asOf: ${lastDay} for its last state.`;
  }
  if (body.established && firstDayOf(body.established) > date) {
    return `${label} was established on ${firstDayOf(body.established)}: it held no roles or liaisons before that day.`;
  }
  return null;
}
