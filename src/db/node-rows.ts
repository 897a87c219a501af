import { z } from "zod";

/**
 * Row schemas of the graph's nodes and relationships as statements return them (`n {.*}`,
 * `r {.*}`), shared by the repositories. They name the properties code reads; the others pass
 * through untouched (loose objects), to become GraphQL fields in the resolvers.
 */
const node = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ id: z.string(), ...shape });
const date = z.string().optional();

/**
 * A declared property: absent, or null as a map projection that names it gives for a node
 * without it (`n {.acronym}`), reads as absent, as in `n {.*}`.
 */
const property = <T extends z.ZodType>(type: T) => type.nullish().transform((value) => value ?? undefined).optional();
const text = property(z.string());
const texts = property(z.array(z.string()));
const version = property(z.number());

/**
 * The organization's, person's, topic's and deliverable's declared properties: those GraphQL
 * reads. They are also the only names a slim projection may read (db/projection.ts): the index
 * properties (`aliasText`, `searchKeys`) and the date ranges' last days are never declared, so
 * never projected.
 */
export const OrganizationRow = node({
  name: text, acronym: text, formerNames: text, kind: text, aliases: texts, mandate: text, description: text, website: text,
  mailbox: text, phone: text, country: text, status: text, established: text, establishedDate: text, closed: text, closedDate: text,
  lastConfirmed: text, sources: texts, version,
});
export const PersonRow = node({
  name: text, honorific: text, aliases: texts, country: text, identityNote: text, email: text, phone: text, sources: texts, version,
});
export const TopicRow = node({ name: text, aliases: texts, description: text, sources: texts, version });
export const DeliverableRow = node({
  code: text, title: text, kind: text, status: text, aliases: texts, approved: text, approvedDate: text, consented: text, consentedDate: text,
  published: text, publishedDate: text, target: text, targetDate: text, draft: text, draftDate: text, description: text, url: text, confidence: text, sources: texts, version,
});
export const EventRow = node({ startDate: date, endDate: date });
export const DeadlineRow = node({});
export const DocumentRow = node({});
export const StatisticRow = node({});
export const LiaisonRow = node({ kind: z.string().optional(), sinceDate: date, untilDate: date });

export type OrganizationRow = z.infer<typeof OrganizationRow>;
export type PersonRow = z.infer<typeof PersonRow>;
export type TopicRow = z.infer<typeof TopicRow>;
export type DeliverableRow = z.infer<typeof DeliverableRow>;
export type EventRow = z.infer<typeof EventRow>;
export type DeadlineRow = z.infer<typeof DeadlineRow>;
export type DocumentRow = z.infer<typeof DocumentRow>;
export type StatisticRow = z.infer<typeof StatisticRow>;
export type LiaisonRow = z.infer<typeof LiaisonRow>;

/** A relationship's properties. */
export const EdgeRow = z.looseObject({});
/** That a body works on a topic (WORKS_ON): its declared properties, those GraphQL reads (TopicWork). */
export const WorksOnRow = z.looseObject({ evidence: texts, sources: texts });
/** A deliverable's ADDRESSES link: the words that show the topic (a catalogue match), where given, and its sources. */
export const AddressesRow = z.looseObject({ evidence: texts, sources: texts });
/** A relationship with its own readable id (a dated role). */
export const RoleEdgeRow = z.looseObject({ id: z.string(), role: z.string().optional(), sinceDate: date, untilDate: date });
export type EdgeRow = z.infer<typeof EdgeRow>;

/** A node at the other end of a relationship, with the relationship's properties. */
export const linked = <N extends z.ZodType, E extends z.ZodType>(node: N, edge: E) => z.object({ node, edge });

/**
 * One schema per item schema, built on first use and kept while the item schema lives. A zod
 * schema built per request is compiled per request too (its first parse generates its parser):
 * about a millisecond of the server's CPU each time.
 */
function oncePerItem<R>(build: (item: z.ZodType) => R) {
  const built = new WeakMap<z.ZodType, R>();
  return (item: z.ZodType): R => {
    let row = built.get(item);
    if (row === undefined) built.set(item, (row = build(item)));
    return row;
  };
}
const pageRows = oncePerItem((item) => z.object({ total: z.number(), start: z.number(), items: z.array(item) }));
const nestedPageRows = oncePerItem((item) => z.object({ total: z.number(), items: z.array(item) }));

/** The row of a list statement ending in PAGE_TAIL (db/paging.ts). */
export const pageRow = <T extends z.ZodType>(item: T) => pageRows(item) as z.ZodObject<{ total: z.ZodNumber; start: z.ZodNumber; items: z.ZodArray<T> }>;

/** One page of a nested connection (db/paging.ts `nestedPage`): its items and how many in all. */
export const nestedPageRow = <T extends z.ZodType>(item: T) => nestedPageRows(item) as z.ZodObject<{ total: z.ZodNumber; items: z.ZodArray<T> }>;
export interface NestedPage<T> {
  total: number;
  items: T[];
}
