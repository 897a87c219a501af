/**
 * The schema's one rule for dated links (roles, affiliations, liaisons): since and until both
 * inclusive. `until` is the last day the link holds; a partial until ("2024-06") holds through the
 * period's last day (`untilLastDate`, when the row carries it).
 */
export function holdsOn(link: { sinceDate?: string; untilDate?: string; untilLastDate?: unknown }, date: string): boolean {
  const lastDay = typeof link.untilLastDate === "string" ? link.untilLastDate : link.untilDate;
  return (!link.sinceDate || link.sinceDate <= date) && (!lastDay || lastDay >= date);
}
