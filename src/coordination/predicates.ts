/**
 * Cypher predicates the coordination statements share, written once. Each takes a variable name
 * from our own statements (never user input) and reads the date from `$asOf`.
 */

/**
 * A liaison or role `x` holds on $asOf: since and until both inclusive. `until` is the last day it
 * holds ("until the end of June 2024" includes 30 June); a partial until ("2024-06") holds through
 * the period's last day (`untilLastDate`).
 */
export const holdsOnAsOf = (x: string) =>
  `((${x}.sinceDate IS NULL OR ${x}.sinceDate <= $asOf) AND (${x}.untilDate IS NULL OR coalesce(${x}.untilLastDate, ${x}.untilDate) >= $asOf))`;

/**
 * Liaison `l` is a standing liaison (not a statement) holding on $asOf. A liaison statement is a
 * dated message: it never holds, so it never makes two bodies "in liaison" (gaps, overlaps, status).
 */
export const standsOnAsOf = (l: string) => `(${l}.kind <> 'LIAISON_STATEMENT' AND ${holdsOnAsOf(l)})`;

/** Liaison `l` is a statement sent on or before $asOf (its date, `since`, inclusive). */
export const sentByAsOf = (l: string) => `(${l}.kind = 'LIAISON_STATEMENT' AND (${l}.sinceDate IS NULL OR ${l}.sinceDate <= $asOf))`;

/** Organization `o` exists on $asOf: established by then, not yet closed (`closed` is its last day, inclusive). */
export const existsOnAsOf = (o: string) =>
  `((${o}.establishedDate IS NULL OR ${o}.establishedDate <= $asOf) AND (${o}.closedDate IS NULL OR coalesce(${o}.closedLastDate, ${o}.closedDate) >= $asOf) AND NOT (${o}.status = 'CLOSED' AND ${o}.closedDate IS NULL))`;

/** Event `e` concerns one of $organizations or a sub-group of one (meeting of, organizer, host, participant); true without $organizations. */
export const eventOfOrganizations = (e: string) => `
  ($organizations IS NULL
   OR EXISTS { MATCH (${e})-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]->(:Organization)-[:PART_OF*0..8]->(o:Organization) WHERE o.id IN $organizations }
   OR EXISTS { MATCH (${e})<-[:PARTICIPATED_IN]-(:Organization)-[:PART_OF*0..8]->(o:Organization) WHERE o.id IN $organizations })`;
