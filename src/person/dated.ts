/** The schema's one rule for dated links (roles, affiliations, liaisons): since inclusive, until exclusive. */
export function holdsOn(link: { sinceDate?: string; untilDate?: string }, date: string): boolean {
  return (!link.sinceDate || link.sinceDate <= date) && (!link.untilDate || link.untilDate > date);
}
