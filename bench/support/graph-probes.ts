import { z } from "zod";
import type { Database } from "../../src/db/database.js";
import type { Probes } from "../mix.js";

/**
 * The bench queries' arguments chosen from a loaded graph itself (the seed with its layers, whose
 * ids the generator does not know), each by a rule, never by an id of the data: the same rules
 * pick comparable questions when the catalogues are synced again.
 *
 * - asOf: the latest date a source document carries (the graph's "today"); the roadmap window is
 *   that year.
 * - topic: the topic the most bodies work on (directly, or through a deliverable addressing it).
 * - far: the body with the most deliverables, other than `home` (connection from it to `home`).
 * - roadmapOrganization: the top-level body with the most deliverables in its tree.
 * - listingKind: the kind most sub-groups have (the nested listing lists bodies with parents).
 * - alias: an alias that names one body only (none of its id, name or acronym, and no other
 *   body's), of the body with the most deliverables that has one.
 * - searchText: the topic's name, as an analyst would type it.
 * Ties are broken by id, so a graph gives the same probes at every run.
 */
const PROBES = /* cypher */ `
MATCH (:Organization {id: $home})
CALL () {
  MATCH (d:Document) WHERE d.dateDate IS NOT NULL
  RETURN max(d.dateDate) AS asOf
}
CALL () {
  MATCH (t:Topic)
  CALL (t) {
    MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o
    UNION
    MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o
  }
  WITH t, count(DISTINCT o) AS bodies
  ORDER BY bodies DESC, t.id
  LIMIT 1
  RETURN t.id AS topic, t.name AS topicName
}
CALL () {
  MATCH (o:Organization) WHERE o.id <> $home
  WITH o, COUNT { (o)<-[:DEVELOPED_BY]-(:Deliverable) } AS deliverables
  ORDER BY deliverables DESC, o.id
  LIMIT 1
  RETURN o.id AS far
}
CALL () {
  MATCH (o:Organization) WHERE NOT EXISTS { (o)-[:PART_OF]->(:Organization) }
  WITH o, COUNT { (:Deliverable)-[:DEVELOPED_BY]->(:Organization)-[:PART_OF*0..]->(o) } AS deliverables
  ORDER BY deliverables DESC, o.id
  LIMIT 1
  RETURN o.id AS roadmapOrganization
}
CALL () {
  MATCH (o:Organization) WHERE o.kind IS NOT NULL AND EXISTS { (o)-[:PART_OF]->(:Organization) }
  WITH o.kind AS kind, count(*) AS bodies
  ORDER BY bodies DESC, kind
  LIMIT 1
  RETURN kind AS listingKind
}
CALL () {
  MATCH (o:Organization)
  UNWIND coalesce(o.aliases, []) AS alias
  WITH o, alias
  WHERE NOT toLower(alias) IN [toLower(o.id), toLower(o.name), toLower(coalesce(o.acronym, ''))]
    AND NOT EXISTS {
      MATCH (other:Organization) WHERE other <> o
        AND (toLower(alias) IN [toLower(other.id), toLower(other.name), toLower(coalesce(other.acronym, ''))]
          OR any(a IN coalesce(other.aliases, []) WHERE toLower(a) = toLower(alias)))
    }
  WITH o, alias, COUNT { (o)<-[:DEVELOPED_BY]-(:Deliverable) } AS deliverables
  ORDER BY deliverables DESC, o.id, alias
  LIMIT 1
  RETURN alias, o.id AS aliasOf
}
RETURN toString(asOf) AS asOf, topic, topicName, far, roadmapOrganization, listingKind, alias, aliasOf`;

const ProbesRow = z.object({
  asOf: z.string(), topic: z.string(), topicName: z.string(), far: z.string(), roadmapOrganization: z.string(),
  listingKind: z.string(), alias: z.string(), aliasOf: z.string(),
});

/** Probes for the graph `db` holds, asked from `home` ("us": the product's HOME_ORGANIZATION). */
export async function probesFromGraph(db: Database, home: string): Promise<Probes> {
  const rows = await db.readRows(PROBES, { home }, ProbesRow);
  if (rows.length !== 1) throw new Error(`the graph has no body "${home}" (HOME_ORGANIZATION), or no dated document, topic, body, sub-group or unambiguous alias to ask the bench queries about`);
  const { topicName, ...row } = rows[0]!;
  const year = row.asOf.slice(0, 4);
  return { ...row, home, from: `${year}-01-01`, to: `${year}-12-31`, searchText: topicName };
}
