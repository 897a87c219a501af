/** STALE_AFTER_DAYS when the configuration gives none. */
export const DEFAULT_STALE_AFTER_DAYS = 730;

/** `lastConfirmed` of today and the staleness limit: facts confirmed before the cutoff are unconfirmed. */
export function confirmationCutoff(asOf: string, staleAfterDays: number): string {
  const date = new Date(`${asOf}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - staleAfterDays);
  return date.toISOString().slice(0, 10);
}

/** A fact whose latest confirming source is before the cutoff: it may have ended. */
export function isUnconfirmed(lastConfirmed: string | null | undefined, cutoff: string): boolean {
  return typeof lastConfirmed === "string" && lastConfirmed < cutoff;
}
