import { z } from "zod";

/**
 * Row schemas of the graph's nodes and relationships as statements return them (`n {.*}`,
 * `r {.*}`), shared by the repositories. They name the properties code reads; the others pass
 * through untouched (loose objects), to become GraphQL fields in the resolvers.
 */
const node = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ id: z.string(), ...shape });
const date = z.string().optional();

export const OrganizationRow = node({});
export const PersonRow = node({});
export const TopicRow = node({});
export const DeliverableRow = node({ status: z.string().optional() });
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
/** A relationship with its own readable id (a dated role). */
export const RoleEdgeRow = z.looseObject({ id: z.string(), role: z.string().optional(), sinceDate: date, untilDate: date });
export type EdgeRow = z.infer<typeof EdgeRow>;

/** A node at the other end of a relationship, with the relationship's properties. */
export const linked = <N extends z.ZodType, E extends z.ZodType>(node: N, edge: E) => z.object({ node, edge });

/** The row of a list statement ending in PAGE_TAIL (db/paging.ts). */
export const pageRow = <T extends z.ZodType>(item: T) => z.object({ total: z.number(), start: z.number(), items: z.array(item) });

/** One page of a nested connection (db/paging.ts `nestedPage`): its items and how many in all. */
export const nestedPageRow = <T extends z.ZodType>(item: T) => z.object({ total: z.number(), items: z.array(item) });
export interface NestedPage<T> {
  total: number;
  items: T[];
}
