import { holdsOn } from "./holds-on.js";
import { isUnconfirmed } from "./freshness.js";

/**
 * Where a dated fact (a role, a standing liaison) stands on a date, as one answer: CURRENT (it
 * holds, and a source confirmed it within the staleness window), UNCONFIRMED (it holds by its
 * dates, but no source has confirmed it within the window: it may have ended), ENDED, NOT_STARTED;
 * and MESSAGE for a liaison statement, which never holds. `unconfirmed` alone was opt-in: a
 * client reading only `current` took a 2022 chairman as today's.
 */
export type HoldingStatus = "CURRENT" | "UNCONFIRMED" | "ENDED" | "NOT_STARTED" | "MESSAGE";

export function holdingStatus(
  fact: { sinceDate?: string | null; untilDate?: string | null; untilLastDate?: unknown; lastConfirmed?: string | null; kind?: unknown },
  on: string,
  cutoff: string,
): HoldingStatus {
  if (fact.kind === "LIAISON_STATEMENT") return "MESSAGE";
  const dates = { sinceDate: fact.sinceDate ?? undefined, untilDate: fact.untilDate ?? undefined, untilLastDate: fact.untilLastDate };
  if (!holdsOn(dates, on)) return dates.sinceDate && dates.sinceDate > on ? "NOT_STARTED" : "ENDED";
  return isUnconfirmed(fact.lastConfirmed, cutoff) ? "UNCONFIRMED" : "CURRENT";
}
