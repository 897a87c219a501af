import { z } from "zod";
import type { Database } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { staticLabels } from "../db/static-labels.js";
import { entityKinds, type EntityLabel } from "../entity-kinds.js";
import { readGraphSnapshot, type GraphSnapshot } from "../import/graph-index.repository.js";

/**
 * What a sync plans against: the importer's graph snapshot (names, aliases, codes) and, for the
 * entities a catalogue describes, the fields it compares, their sources, and whether anyone but a
 * sync changed them (an API edit is never overwritten). Read-only statements.
 */
const optStr = z.string().nullish().transform((v) => v ?? undefined);
const strList = z.array(z.string()).nullish().transform((v) => v ?? []);

const deliverableState = z.object({
  id: z.string(), code: z.string(), title: optStr, kind: optStr, status: optStr, aliases: strList, published: optStr, draft: optStr, description: optStr,
  url: optStr, sources: strList, developedBy: optStr, topics: strList, edited: z.boolean(),
});
const organizationState = z.object({ id: z.string(), established: optStr, mandate: optStr, description: optStr, sources: strList, edited: z.boolean() });
const liaisonState = z.object({ id: z.string(), kind: z.string(), from: optStr, to: optStr, sources: strList, edited: z.boolean() });
const removed = z.object({ label: z.string(), key: z.string(), before: optStr, actor: z.string(), at: z.string() });

export type DeliverableState = z.output<typeof deliverableState>;
export type OrganizationState = z.output<typeof organizationState>;
export type LiaisonState = z.output<typeof liaisonState>;
export type RemovedEntity = z.output<typeof removed>;

export interface SyncIndex {
  graph: GraphSnapshot;
  deliverables: DeliverableState[];
  organizations: OrganizationState[];
  liaisons: LiaisonState[];
  /** Entities deleted or merged away through the API: a sync never brings them back. */
  removed: RemovedEntity[];
  documents: Array<{ id: string }>;
}

/** Changed by someone other than a sync (`sync:…`): an edit through the API, an import's reviewer, a forced seed. */
const EDITED = (v: string, label: string) => `EXISTS { MATCH (c:Change {entityType: '${label}', entityKey: ${v}.id}) WHERE NOT c.actor STARTS WITH 'sync:' }`;

const DELIVERABLES = /* cypher */ `
MATCH (d:Deliverable)
RETURN d.id AS id, d.code AS code, d.title AS title, d.kind AS kind, d.status AS status, d.aliases AS aliases, d.published AS published, d.draft AS draft,
       d.description AS description, d.url AS url, d.sources AS sources,
       [(d)-[:DEVELOPED_BY]->(o:Organization) | o.id][0] AS developedBy, [(d)-[:ADDRESSES]->(t:Topic) | t.id] AS topics,
       ${EDITED("d", "Deliverable")} AS edited`;

const ORGANIZATIONS = /* cypher */ `
MATCH (o:Organization)
RETURN o.id AS id, o.established AS established, o.mandate AS mandate, o.description AS description, o.sources AS sources,
       ${EDITED("o", "Organization")} AS edited`;

const LIAISONS = /* cypher */ `
MATCH (l:Liaison)
RETURN l.id AS id, l.kind AS kind, [(l)-[:FROM]->(f:Organization) | f.id][0] AS from, [(l)-[:TO]->(t:Organization) | t.id][0] AS to,
       l.sources AS sources, ${EDITED("l", "Liaison")} AS edited`;

/** The kinds a catalogue sync writes, whose removal through the API it must respect. */
export const SYNCED_KINDS = ["Deliverable", "Organization", "Liaison"] as const satisfies readonly EntityLabel[];

/**
 * The entities of kind `$kind` deleted or merged away (oldest change first). A label read from
 * the change record (`$(c.entityType)`) cannot seek an index on Neo4j 5.26, so each removal cost
 * a scan of every node in the graph: the statement is run once per synced kind, its `$($kind)`
 * written as the registry's label by db/static-labels.ts, never taken from a row.
 */
const REMOVED = /* cypher */ `
MATCH (c:Change) WHERE c.entityType = $kind AND c.entityKey IS NOT NULL AND c.action IN ['DELETE', 'MERGED_INTO']
  AND NOT EXISTS { MATCH (n:$($kind) {id: c.entityKey}) }
RETURN c.entityType AS label, c.entityKey AS key, c.before AS before, c.actor AS actor, toString(c.at) AS at
ORDER BY c.seq`;

const syncedLabels: ReadonlySet<string> = new Set(SYNCED_KINDS);

export function removedQuery(kind: (typeof SYNCED_KINDS)[number]): { cypher: string; params: { kind: string } } {
  if (!syncedLabels.has(kind) || !(kind in entityKinds)) throw new Error(`not a synced entity kind: ${kind}`);
  const params = { kind };
  return { cypher: staticLabels(REMOVED, params, syncedLabels), params };
}

const DOCUMENTS = /* cypher */ `MATCH (d:Document) RETURN d.id AS id`;

export async function readSyncIndex(db: Database): Promise<SyncIndex> {
  const [graph, rows] = await Promise.all([
    readGraphSnapshot(db),
    db.readAll([...[DELIVERABLES, ORGANIZATIONS, LIAISONS, DOCUMENTS].map((cypher) => ({ cypher, params: {} })), ...SYNCED_KINDS.map(removedQuery)], { app: "mvgraph-sync" }),
  ]);
  const [d, o, l, docs, ...r] = rows;
  return {
    graph,
    deliverables: parseRows(deliverableState, d!),
    organizations: parseRows(organizationState, o!),
    liaisons: parseRows(liaisonState, l!),
    removed: r.flatMap((kindRows) => parseRows(removed, kindRows)),
    documents: parseRows(z.object({ id: z.string() }), docs!),
  };
}
