import { z } from "zod";
import type { Tx } from "../db/database.js";
import { parseRows } from "../db/rows.js";

/**
 * The few statements applying an import needs beyond the editing engine's: current versions (an
 * accepted update applies to the record as it is now) and confirmations (a fact already in the
 * graph gets the document in its `sources` and its `lastConfirmed` date moved forward).
 * Labels and types travel as parameters (`$(…)`), like the engine's.
 */

const NODE_STATE = /* cypher */ `
MATCH (n:$($label) {id: $key})
RETURN coalesce(n.version, 0) AS version, coalesce(n.sources, []) AS sources, n.lastConfirmed AS lastConfirmed`;

const ROLE_STATE = /* cypher */ `
MATCH (:Person)-[r:HOLDS_ROLE {id: $key}]->(:Organization)
RETURN coalesce(r.version, 0) AS version, coalesce(r.sources, []) AS sources, r.lastConfirmed AS lastConfirmed`;

/** Adds a source and moves lastConfirmed (never backwards); a confirmation is a new version. */
const CONFIRM_NODE = /* cypher */ `
MATCH (n:$($label) {id: $key})
SET n.sources = CASE WHEN $ref IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + $ref END,
    n.lastConfirmed = CASE WHEN n.lastConfirmed IS NULL OR n.lastConfirmed < $date THEN $date ELSE n.lastConfirmed END,
    n.version = coalesce(n.version, 0) + 1
RETURN n.sources AS sources, n.lastConfirmed AS lastConfirmed`;

const CONFIRM_ROLE = /* cypher */ `
MATCH (:Person)-[r:HOLDS_ROLE {id: $key}]->(:Organization)
SET r.sources = CASE WHEN $ref IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $ref END,
    r.lastConfirmed = CASE WHEN r.lastConfirmed IS NULL OR r.lastConfirmed < $date THEN $date ELSE r.lastConfirmed END,
    r.version = coalesce(r.version, 0) + 1
RETURN r.sources AS sources, r.lastConfirmed AS lastConfirmed`;

/** lastConfirmed on a fact just written (created, updated or linked) from the document. */
const MARK_NODE = /* cypher */ `
MATCH (n:$($label) {id: $key})
SET n.lastConfirmed = CASE WHEN n.lastConfirmed IS NULL OR n.lastConfirmed < $date THEN $date ELSE n.lastConfirmed END`;

const MARK_ROLE = /* cypher */ `
MATCH (:Person)-[r:HOLDS_ROLE {id: $key}]->(:Organization)
SET r.lastConfirmed = CASE WHEN r.lastConfirmed IS NULL OR r.lastConfirmed < $date THEN $date ELSE r.lastConfirmed END`;

const MARK_LINK = /* cypher */ `
MATCH (:$($fromLabel) {id: $from})-[r:$($type)]->(:$($toLabel) {id: $to})
SET r.lastConfirmed = CASE WHEN r.lastConfirmed IS NULL OR r.lastConfirmed < $date THEN $date ELSE r.lastConfirmed END`;

const ORGANIZATION_EXISTS = /* cypher */ `
OPTIONAL MATCH (o:Organization {id: $key})
RETURN o IS NOT NULL AS found`;

const factStateShape = z.object({ version: z.number(), sources: z.array(z.string()), lastConfirmed: z.string().nullable() });
export type FactState = z.output<typeof factStateShape>;
const confirmed = z.object({ sources: z.array(z.string()), lastConfirmed: z.string() });

export type Fact = { kind: "node"; label: string; key: string } | { kind: "role"; key: string };

export async function factState(tx: Tx, fact: Fact): Promise<FactState | undefined> {
  const rows = fact.kind === "node" ? await tx.run(NODE_STATE, { label: fact.label, key: fact.key }) : await tx.run(ROLE_STATE, { key: fact.key });
  return parseRows(factStateShape, rows)[0];
}

export async function confirmFact(tx: Tx, fact: Fact, ref: string, date: string): Promise<{ sources: string[]; lastConfirmed: string }> {
  const rows = fact.kind === "node" ? await tx.run(CONFIRM_NODE, { label: fact.label, key: fact.key, ref, date }) : await tx.run(CONFIRM_ROLE, { key: fact.key, ref, date });
  const [row] = parseRows(confirmed, rows);
  if (!row) throw new Error(`no ${fact.kind} ${fact.key} to confirm`);
  return row;
}

export async function markConfirmed(tx: Tx, fact: Fact | { kind: "link"; type: string; fromLabel: string; toLabel: string; from: string; to: string }, date: string): Promise<void> {
  if (fact.kind === "node") await tx.run(MARK_NODE, { label: fact.label, key: fact.key, date });
  else if (fact.kind === "role") await tx.run(MARK_ROLE, { key: fact.key, date });
  else await tx.run(MARK_LINK, { ...fact, date });
}

export async function organizationExists(tx: Tx, key: string): Promise<boolean> {
  const [row] = parseRows(z.object({ found: z.boolean() }), await tx.run(ORGANIZATION_EXISTS, { key }));
  return row!.found;
}
