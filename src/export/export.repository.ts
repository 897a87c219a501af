import { z } from "zod";
import type { Queries } from "../db/database.js";
import { DeadlineRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";

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

const Named = z.looseObject({ id: z.string() });
const EventDetailsRow = z.object({
  id: z.string(),
  collocatedWith: z.array(Named),
  meetingOf: z.array(Named),
  organizers: z.array(Named),
  deadlines: z.array(DeadlineRow),
});
export type EventDetails = z.infer<typeof EventDetailsRow>;

const DocumentRow = z.object({ id: z.string(), title: z.string().nullable(), reference: z.string().nullable(), url: z.string().nullable() });
export type DocumentRow = z.infer<typeof DocumentRow>;

export async function eventDetails(db: Queries, ids: string[]): Promise<Map<string, EventDetails>> {
  const rows = await db.read(EVENT_DETAILS, { ids });
  return new Map(parseRows(EventDetailsRow, rows).map((row) => [row.id, row]));
}

const DocumentByIdRow = z.object({ document: DocumentRow });

export async function documentsById(db: Queries, ids: string[]): Promise<Map<string, DocumentRow>> {
  const rows = await db.read(DOCUMENTS, { ids: [...new Set(ids)] });
  return new Map(parseRows(DocumentByIdRow, rows).map(({ document }) => [document.id, document]));
}
