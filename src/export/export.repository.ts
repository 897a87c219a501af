import type { Queries } from "../db/database.js";

type Props = Record<string, unknown>;

/** What a calendar entry says about an event beyond its own properties: one batch for all events. */
const EVENT_DETAILS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  [(e)-[:COLLOCATED_WITH]-(c:Event) | c {.id, .name, .start, .startDate}] AS collocatedWith,
  [(e)-[:MEETING_OF]->(o:Organization) | o {.id, .name, .acronym}] AS meetingOf,
  [(e)-[:ORGANIZED_BY|HOSTED_BY]->(o:Organization) | o {.id, .name, .acronym}] AS organizers,
  [(d:Deadline)-[:DEADLINE_OF]->(e) | d {.*}] AS deadlines`;

/** The documents that sources cite, by id. */
const DOCUMENTS = /* cypher */ `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.id, .title, .reference, .url} AS document`;

export interface EventDetails {
  collocatedWith: Props[];
  meetingOf: Props[];
  organizers: Props[];
  deadlines: Props[];
}

export interface DocumentRow {
  id: string;
  title: string | null;
  reference: string | null;
  url: string | null;
}

export async function eventDetails(db: Queries, ids: string[]): Promise<Map<string, EventDetails>> {
  const rows = await db.read(EVENT_DETAILS, { ids });
  return new Map(rows.map((row) => [row.id as string, row as unknown as EventDetails]));
}

export async function documentsById(db: Queries, ids: string[]): Promise<Map<string, DocumentRow>> {
  const rows = await db.read(DOCUMENTS, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [(row.document as DocumentRow).id, row.document as DocumentRow]));
}
