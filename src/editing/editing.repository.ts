import { z } from "zod";

/**
 * The Cypher of edits, each statement with the row schema of what it returns (parsed with
 * parseRows where it runs). Labels and relationship types travel as parameters too, through
 * Cypher's dynamic `$(…)` labels and types (Neo4j 5.26), so no statement is ever assembled from text.
 */

/** Stored properties of a node or relationship, in their stored order (the audit trail records them as read). */
const Props = z.record(z.string(), z.unknown());

/** A node's properties and the targets of its outgoing relationships of the given types. */
export const LOAD_NODE = /* cypher */ `
MATCH (n:$($label) {id: $key})
RETURN n {.*} AS props,
       [(n)-[r]->(t) WHERE type(r) IN $singleTypes | {type: type(r), key: t.id}] AS single`;
export const LoadNodeRow = z.object({ props: Props, single: z.array(z.object({ type: z.string(), key: z.string() })) });

/** A node with every relationship it has (not the audit trail's), for deletes and merges. */
export const LOAD_NODE_WITH_LINKS = /* cypher */ `
MATCH (n:$($label) {id: $key})
RETURN n {.*} AS props, elementId(n) AS element,
       [(n)-[r]->(m) WHERE NOT m:Change | {type: type(r), out: true, label: labels(m)[0], key: m.id, props: properties(r), element: elementId(r), other: elementId(m)}] +
       [(n)<-[r]-(m) WHERE NOT m:Change | {type: type(r), out: false, label: labels(m)[0], key: m.id, props: properties(r), element: elementId(r), other: elementId(m)}] AS links`;
const LoadedLinkRow = z.object({ type: z.string(), out: z.boolean(), label: z.string(), key: z.string(), props: Props, element: z.string(), other: z.string() });
export type LoadedLink = z.infer<typeof LoadedLinkRow>;
export const LoadNodeWithLinksRow = z.object({ props: Props, element: z.string(), links: z.array(LoadedLinkRow) });

/** Which of the referenced entities of one label exist (one label a statement, so it seeks the label's constraint). */
export const REFERENCES_EXIST = /* cypher */ `
UNWIND $refs AS ref
OPTIONAL MATCH (n:$($label) {id: ref.key})
RETURN ref.field AS field, $label AS label, ref.key AS key, n IS NOT NULL AS found`;
export const ReferenceRow = z.object({ field: z.string(), label: z.string(), key: z.string(), found: z.boolean() });

/** Ids taken among `candidates`, for making a free readable id. */
export const IDS_TAKEN = /* cypher */ `
MATCH (n:$($label)) WHERE n.id = $base OR n.id STARTS WITH $base + '-'
RETURN collect(n.id) AS taken`;
/** The row of IDS_TAKEN and ROLE_ID_TAKEN. */
export const TakenRow = z.object({ taken: z.array(z.string()) });

export const CREATE_NODE = /* cypher */ `
CREATE (n:$($label))
SET n = $props
RETURN n {.*} AS node`;
/** The row of CREATE_NODE and REPLACE_NODE: the node as stored. */
export const NodeRow = z.object({ node: Props });

/** Relationships between existing nodes of two labels (counted, so a missing end cannot go unnoticed). */
export const CREATE_LINKS = /* cypher */ `
UNWIND $rows AS row
MATCH (a:$($fromLabel) {id: row.from})
MATCH (b:$($toLabel) {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created`;
export const CreatedRow = z.object({ created: z.number() });

export const REPLACE_NODE = /* cypher */ `
MATCH (n:$($label) {id: $key})
SET n = $props
RETURN n {.*} AS node`;

/** Points a single-valued relationship (partOf, developedBy…) at a new target, or removes it. */
export const SET_SINGLE_LINK = /* cypher */ `
MATCH (n:$($label) {id: $key})
OPTIONAL MATCH (n)-[old:$($type)]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (t:$($targetLabel) {id: $target})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (n)-[r:$($type)]->(t) SET r.sources = $sources, r.lastConfirmed = $lastConfirmed)`;

/** True when following `type` from the target leads back to the node (the new link would close a cycle). */
export const WOULD_CYCLE = /* cypher */ `
MATCH (n:$($label) {id: $key})
MATCH (t:$($label) {id: $target})
RETURN EXISTS { MATCH (t)-[:$($type)]->*(n) } AS cycle`;
export const CycleRow = z.object({ cycle: z.boolean() });

/** How many facts and audit records cite a document (besides the document itself and its own history). */
export const DOCUMENT_CITATIONS = /* cypher */ `
CALL () {
  MATCH (x) WHERE NOT x:Change AND NOT (x:Document AND x.id = $key)
    AND any(s IN coalesce(x.sources, []) WHERE s = $key OR s STARTS WITH $key + '#')
  RETURN count(x) AS nodes
}
CALL () {
  MATCH ()-[r]->() WHERE any(s IN coalesce(r.sources, []) WHERE s = $key OR s STARTS WITH $key + '#')
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (c:Change)-[:SOURCED_BY]->(:Document {id: $key})
  WHERE NOT (c.entityType = 'Document' AND c.entityKey = $key)
  RETURN count(c) AS changes
}
RETURN nodes, relationships, changes`;
export const CitationsRow = z.object({ nodes: z.number(), relationships: z.number(), changes: z.number() });

export const DELETE_NODE = /* cypher */ `
MATCH (n:$($label) {id: $key})
DETACH DELETE n`;

/** One relationship between two nodes, with whether each end exists. */
export const FIND_LINK = /* cypher */ `
OPTIONAL MATCH (a:$($fromLabel) {id: $from})
OPTIONAL MATCH (b:$($toLabel) {id: $to})
OPTIONAL MATCH (a)-[r:$($type)]->(b)
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, r {.*} AS props`;
export const FoundLinkRow = z.object({ fromFound: z.boolean(), toFound: z.boolean(), props: Props.nullable() });

export const UPSERT_LINK = /* cypher */ `
MATCH (a:$($fromLabel) {id: $from})
MATCH (b:$($toLabel) {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r = $props`;

export const DELETE_LINK = /* cypher */ `
MATCH (a:$($fromLabel) {id: $from})-[r:$($type)]->(b:$($toLabel) {id: $to})
DELETE r`;

/** A dated role with its two ends. */
export const LOAD_ROLE = /* cypher */ `
MATCH (p:Person)-[r:HOLDS_ROLE {id: $key}]->(o:Organization)
RETURN r {.*} AS props, p.id AS person, o.id AS organization`;
export const RoleRow = z.object({ props: Props, person: z.string(), organization: z.string() });

export const ROLE_ID_TAKEN = /* cypher */ `
MATCH ()-[r:HOLDS_ROLE]->() WHERE r.id = $base OR r.id STARTS WITH $base + '-'
RETURN collect(r.id) AS taken`;

export const CREATE_ROLE = /* cypher */ `
MATCH (p:Person {id: $person})
MATCH (o:Organization {id: $organization})
CREATE (p)-[r:HOLDS_ROLE]->(o)
SET r = $props
RETURN r {.*} AS props`;

export const REPLACE_ROLE = /* cypher */ `
MATCH (:Person)-[r:HOLDS_ROLE {id: $key}]->(:Organization)
SET r = $props
RETURN r {.*} AS props`;
/** The row of CREATE_ROLE and REPLACE_ROLE: the role as stored. */
export const RolePropsRow = z.object({ props: Props });

export const DELETE_ROLE = /* cypher */ `
MATCH (:Person)-[r:HOLDS_ROLE {id: $key}]->(:Organization)
DELETE r`;

/**
 * Moves relationships onto the record a merge keeps: each old one is deleted and recreated at
 * the kept node with the same type and properties (values keep their Neo4j types, e.g. dates).
 * Ends are found by element id, which is stable within the transaction. Deleting first keeps a
 * moved role's unique id unique.
 */
export const MERGE_MOVE_LINKS = /* cypher */ `
MATCH (keep) WHERE elementId(keep) = $keep
UNWIND $rows AS row
MATCH ()-[old]->() WHERE elementId(old) = row.element
MATCH (other) WHERE elementId(other) = row.other
WITH keep, other, row, old, properties(old) AS props
DELETE old
FOREACH (_ IN CASE WHEN row.out THEN [1] ELSE [] END | CREATE (keep)-[r:$(row.type)]->(other) SET r = props)
FOREACH (_ IN CASE WHEN row.out THEN [] ELSE [1] END | CREATE (other)-[r:$(row.type)]->(keep) SET r = props)
RETURN count(*) AS moved`;

/** Unites the list values (sources, evidence) of a moved link into the kept record's twin link. */
export const MERGE_UNITE_LINKS = /* cypher */ `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
SET r += row.lists
RETURN count(r) AS united`;

/*
 * The batch form of the statements above (src/editing/batch.ts): one statement per kind of write
 * and label for many entities at once, each row carrying its own values. Labels are static per
 * statement (db/static-labels.ts), so every row seeks the label's id constraint.
 */

/** Nodes of one label with the targets of their single relationships (LOAD_NODE for many keys). */
export const LOAD_NODES = /* cypher */ `
UNWIND $keys AS key
MATCH (n:$($label) {id: key})
RETURN key, n {.*} AS props,
       [(n)-[r]->(t) WHERE type(r) IN $singleTypes | {type: type(r), key: t.id}] AS single`;
export const LoadNodesRow = z.object({ key: z.string(), props: Props, single: z.array(z.object({ type: z.string(), key: z.string() })) });

/** New nodes of one label, each row its stored properties (CREATE_NODE for many). */
export const CREATE_NODES = /* cypher */ `
UNWIND $rows AS props
CREATE (n:$($label))
SET n = props
RETURN count(n) AS created`;

/** Nodes of one label replaced by their new properties (REPLACE_NODE for many). */
export const REPLACE_NODES = /* cypher */ `
UNWIND $rows AS row
MATCH (n:$($label) {id: row.key})
SET n = row.props
RETURN count(n) AS replaced`;
export const ReplacedRow = z.object({ replaced: z.number() });

/** Single-valued relationships of one type pointed at new targets (SET_SINGLE_LINK for many). */
export const SET_SINGLE_LINKS = /* cypher */ `
UNWIND $rows AS row
MATCH (n:$($label) {id: row.key})
OPTIONAL MATCH (n)-[old:$($type)]->()
DELETE old
WITH DISTINCT n, row
OPTIONAL MATCH (t:$($targetLabel) {id: row.target})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (n)-[r:$($type)]->(t) SET r.sources = row.sources, r.lastConfirmed = row.lastConfirmed)`;

/**
 * Facts already in the graph, confirmed by a source each: the source joins `sources`,
 * `lastConfirmed` moves forward (never back), a new version; returns both sides for the audit.
 */
export const CONFIRM_NODES = /* cypher */ `
UNWIND $rows AS row
MATCH (n:$($label) {id: row.key})
WITH n, row, coalesce(n.sources, []) AS sourcesBefore, n.lastConfirmed AS confirmedBefore
SET n.sources = CASE WHEN row.ref IN sourcesBefore THEN sourcesBefore ELSE sourcesBefore + row.ref END,
    n.lastConfirmed = CASE WHEN confirmedBefore IS NULL OR confirmedBefore < row.date THEN row.date ELSE confirmedBefore END,
    n.version = coalesce(n.version, 0) + 1
RETURN row.key AS key, sourcesBefore, confirmedBefore, n.sources AS sources, n.lastConfirmed AS lastConfirmed`;
export const ConfirmedNodeRow = z.object({
  key: z.string(), sourcesBefore: z.array(z.string()), confirmedBefore: z.string().nullable(), sources: z.array(z.string()), lastConfirmed: z.string(),
});

/** Links of one type between two labels, with whether each end exists (FIND_LINK for many). */
export const FIND_LINKS = /* cypher */ `
UNWIND $rows AS row
OPTIONAL MATCH (a:$($fromLabel) {id: row.from})
OPTIONAL MATCH (b:$($toLabel) {id: row.to})
OPTIONAL MATCH (a)-[r:$($type)]->(b)
RETURN row.from AS from, row.to AS to, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, r {.*} AS props`;
export const FoundLinksRow = z.object({ from: z.string(), to: z.string(), fromFound: z.boolean(), toFound: z.boolean(), props: Props.nullable() });

/** Links of one type added, or replaced by their united values (UPSERT_LINK for many). */
export const UPSERT_LINKS = /* cypher */ `
UNWIND $rows AS row
MATCH (a:$($fromLabel) {id: row.from})
MATCH (b:$($toLabel) {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS written`;
export const WrittenRow = z.object({ written: z.number() });
