import { GraphQLError } from "graphql";
import { parseRows } from "../db/rows.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../errors.js";
import { relationshipTypes } from "../seed/to-graph.js";
import { laterOf } from "./confirmation.js";
import type { Edit } from "./edit.js";
import * as cypher from "./editing.repository.js";
import { checkLinkValues, linkProps, recordBothEnds, type LinkRequest } from "./links.js";
import {
  checkAcyclicLinks, checkCreate, checkReferences, conflictIfStale, createdGraph, createLinks, linkValues, patched, references, updatedProps, view, withId,
  type LinkRow, type Reference,
} from "./nodes.js";
import { targetLabel, type EntitySpec, type Entry } from "./specs.js";

/**
 * The editing engine's batch form: the same creates, updates, confirmations and links as
 * nodes.ts and links.ts, with the same validation, provenance, `lastConfirmed` and audit records,
 * for many entities in one Edit, written with one statement per kind of write and label (UNWIND
 * over rows) instead of a few statements per entity. Each row cites its own source (an import's
 * or a sync's `document#locator`), which its change record cites too. The first bad row fails the
 * whole edit (one transaction): a caller that wants the good rows applied retries them in
 * smaller edits (src/sync/apply.ts retries record by record).
 *
 * Within one call a row may refer to an entity another row of the same call creates (creates are
 * written before any reference is checked); an entity updated, confirmed or linked twice in one
 * call is written in rounds, so each write sees the one before, as one-by-one edits would.
 */

/** Where a row comes from: the `sources` entry it adds, and the document whose node the change record cites. */
export interface RowSource {
  ref: string;
  documentKey: string;
}

export interface CreateRow {
  spec: EntitySpec;
  /** A seed entry with its id (the batch form does not make readable ids; createNode does). */
  values: Entry;
  source: RowSource;
  /** The field path named in errors ("values"). */
  prefix: string;
  /** A date the row's source confirms the entity on besides the edit's (a catalogue's retrieval date): the later one is kept. */
  confirmedOn?: string;
  /** Names the row in errors ("proposal p3 (New deliverable …)"). */
  label?: string;
}

export interface UpdateRow {
  spec: EntitySpec;
  key: string;
  patch: Entry;
  /** The version the patch was made against; absent, the current one (an import applies to the record as it is now). */
  version?: number;
  source: RowSource;
  prefix: string;
  confirmedOn?: string;
  label?: string;
}

export interface ConfirmRow {
  spec: EntitySpec;
  key: string;
  source: RowSource;
  /** The date the source confirms the fact on. */
  confirmedOn: string;
  label?: string;
}

export interface LinkManyRow {
  request: LinkRequest;
  source: RowSource;
  prefix: string;
  confirmedOn?: string;
  label?: string;
}

/** An error of one row, named: the batch's error says which row it was (as applyProposal names its proposal). */
function named<T>(row: { label?: string }, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw rowError(row, error);
  }
}

function rowError(row: { label?: string }, error: unknown): unknown {
  return row.label && error instanceof GraphQLError ? new GraphQLError(`${row.label}: ${error.message}`, { extensions: error.extensions }) : error;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Rows in rounds, each key at most once per round (in order): a second write of one entity sees the first. */
export function rounds<T>(rows: T[], key: (row: T) => string): T[][] {
  const out: T[][] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const n = seen.get(key(row)) ?? 0;
    seen.set(key(row), n + 1);
    (out[n] ??= []).push(row);
  }
  return out;
}

/** Checks the references of many rows: one statement per target label (checkReferences). */
async function checkAllReferences(edit: Edit, refs: Array<Reference & { row: { label?: string } }>): Promise<void> {
  try {
    await checkReferences(edit, refs.map(({ row: _row, ...ref }) => ref));
  } catch (error) {
    // The first missing reference names its row (the message lists every missing one).
    const field = error instanceof GraphQLError ? error.extensions.field : undefined;
    const culprit = refs.find((ref) => ref.field === field && error instanceof Error && error.message.includes(`"${ref.key}"`));
    throw culprit ? rowError(culprit.row, error) : error;
  }
}

/** Creates many nodes and the relationships their entries name (createNode for many). */
export async function createNodes(edit: Edit, rows: CreateRow[]): Promise<void> {
  if (rows.length === 0) return;
  const prepared = rows.map((row) =>
    named(row, () => {
      const { checked, explicitId } = checkCreate(row.spec, row.values, row.prefix, [row.source.ref]);
      if (!explicitId) throw new BadUserInputError(`${row.prefix}.id: give the new ${row.spec.noun}'s id`, `${row.prefix}.id`);
      const entry = withId(row.spec, checked, explicitId, row.prefix);
      const confirmedOn = laterOf(row.confirmedOn, edit.confirmedOn);
      return { row, entry, ...createdGraph(row.spec, entry, confirmedOn, edit.confirmedOn) };
    }),
  );
  for (const [label, some] of groupBy(prepared, (p) => p.row.spec.label)) {
    const ids = new Set<string>();
    for (const p of some) {
      if (ids.has(p.entry.id as string)) throw rowError(p.row, new ConflictError(`${p.row.prefix}.id: a ${p.row.spec.noun} "${String(p.entry.id)}" is created twice`, `${p.row.prefix}.id`));
      ids.add(p.entry.id as string);
    }
    const existing = parseRows(cypher.ReferenceRow, await edit.tx.run(cypher.REFERENCES_EXIST, { label, refs: some.map((p) => ({ field: `${p.row.prefix}.id`, key: p.entry.id })) }));
    const taken = existing.find((r) => r.found);
    const culprit = taken && some.find((p) => p.entry.id === taken.key)!;
    if (culprit) throw rowError(culprit.row, new ConflictError(`${culprit.row.prefix}.id: a ${culprit.row.spec.noun} "${taken.key}" already exists`, `${culprit.row.prefix}.id`));
    const [written] = parseRows(cypher.CreatedRow, await edit.tx.run(cypher.CREATE_NODES, { label, rows: some.map((p) => p.props) }));
    if (written!.created !== some.length) throw new Error(`created ${written!.created} of ${some.length} ${label} nodes`);
  }
  await checkAllReferences(edit, prepared.flatMap((p) => references(p.row.spec, p.entry, p.row.prefix).map((ref) => ({ ...ref, row: p.row }))));
  await createLinks(edit, prepared.flatMap((p): LinkRow[] => p.links));
  for (const p of prepared) {
    edit.record({ action: "CREATE", entityType: p.row.spec.label, entityKey: p.entry.id as string, before: null, after: view(p.row.spec, p.entry, true), source: p.row.source });
  }
}

/** Applies many patches (updateNode for many); an entity patched twice is patched in two rounds. */
export async function updateNodes(edit: Edit, rows: UpdateRow[]): Promise<void> {
  for (const round of rounds(rows, (row) => `${row.spec.label} ${row.key}`)) {
    for (const some of groupBy(round, (row) => row.spec.label).values()) await updateSome(edit, some);
  }
}

async function updateSome(edit: Edit, rows: UpdateRow[]): Promise<void> {
  const spec = rows[0]!.spec;
  const singleTypes = Object.values(spec.single).map((link) => link.type);
  const loaded = new Map(parseRows(cypher.LoadNodesRow, await edit.tx.run(cypher.LOAD_NODES, { label: spec.label, keys: rows.map((row) => row.key), singleTypes })).map((r) => [r.key, r]));
  const prepared = rows.map((row) =>
    named(row, () => {
      const found = loaded.get(row.key);
      if (!found) throw new NotFoundError(`no ${spec.noun} "${row.key}"`);
      const current = conflictIfStale(spec.noun, row.key, found.props, row.version ?? ((found.props.version as number | undefined) ?? 0));
      const { before, entry, changedLinks } = patched(spec, found.props, found.single, row.patch, row.prefix, row.source.ref);
      // The update cites its source: that document confirms the record (never moving the date back).
      const lastConfirmed = laterOf(laterOf(found.props.lastConfirmed, edit.confirmedOn), row.confirmedOn ?? edit.confirmedOn);
      return { row, before, entry, changedLinks, props: updatedProps(spec, found.props, entry, lastConfirmed, current) };
    }),
  );
  await checkAllReferences(edit, prepared.flatMap((p) => references(spec, p.entry, p.row.prefix, p.changedLinks).map((ref) => ({ ...ref, row: p.row }))));
  for (const p of prepared) await checkAcyclicLinks(edit, spec, p.row.key, p.entry, p.changedLinks, p.row.prefix).catch((error: unknown) => Promise.reject(rowError(p.row, error)));
  const [replaced] = parseRows(cypher.ReplacedRow, await edit.tx.run(cypher.REPLACE_NODES, { label: spec.label, rows: prepared.map((p) => ({ key: p.row.key, props: p.props })) }));
  if (replaced!.replaced !== prepared.length) throw new Error(`replaced ${replaced!.replaced} of ${prepared.length} ${spec.label} nodes`);
  for (const [field, link] of Object.entries(spec.single)) {
    const changed = prepared.filter((p) => p.changedLinks.has(field));
    if (changed.length === 0) continue;
    await edit.tx.run(cypher.SET_SINGLE_LINKS, {
      label: spec.label, type: link.type, targetLabel: targetLabel(link.type),
      rows: changed.map((p) => ({ key: p.row.key, target: p.entry[field] ?? null, sources: [p.row.source.ref], lastConfirmed: edit.confirmedOn })),
    });
  }
  for (const p of prepared) {
    edit.record({ action: "UPDATE", entityType: spec.label, entityKey: p.row.key, before: view(spec, p.before), after: view(spec, p.entry), source: p.row.source });
  }
}

/** Confirms facts already in the graph (the import's confirmFact for many): recorded as updates of `sources` and `lastConfirmed`. */
export async function confirmNodes(edit: Edit, rows: ConfirmRow[]): Promise<void> {
  for (const round of rounds(rows, (row) => `${row.spec.label} ${row.key}`)) {
    for (const some of groupBy(round, (row) => row.spec.label).values()) {
      const spec = some[0]!.spec;
      const confirmed = new Map(parseRows(cypher.ConfirmedNodeRow, await edit.tx.run(cypher.CONFIRM_NODES, {
        label: spec.label, rows: some.map((row) => ({ key: row.key, ref: row.source.ref, date: row.confirmedOn })),
      })).map((r) => [r.key, r]));
      for (const row of some) {
        const c = confirmed.get(row.key);
        if (!c) throw rowError(row, new NotFoundError(`no ${spec.noun} "${row.key}" in the graph`));
        edit.record({
          action: "UPDATE", entityType: spec.label, entityKey: row.key,
          before: { sources: c.sourcesBefore, ...(c.confirmedBefore ? { lastConfirmed: c.confirmedBefore } : {}) },
          after: { sources: c.sources, lastConfirmed: c.lastConfirmed },
          source: row.source,
        });
      }
    }
  }
}

/** Adds many links, or adds each row's source (and evidence) to the link that exists (link for many). */
export async function linkMany(edit: Edit, rows: LinkManyRow[]): Promise<void> {
  for (const row of rows) named(row, () => checkLinkValues(row.request, row.prefix));
  for (const round of rounds(rows, (row) => `${row.request.type} ${row.request.from} ${row.request.to}`)) {
    for (const some of groupBy(round, (row) => row.request.type).values()) {
      const type = some[0]!.request.type;
      const [fromLabel, toLabel] = relationshipTypes[type];
      for (const row of some) {
        if (fromLabel === toLabel && row.request.from === row.request.to) {
          throw rowError(row, new BadUserInputError(`${row.prefix}.to: a ${fromLabel.toLowerCase()} cannot be linked to itself`, `${row.prefix}.to`));
        }
      }
      const found = new Map(parseRows(cypher.FoundLinksRow, await edit.tx.run(cypher.FIND_LINKS, { fromLabel, toLabel, type, rows: some.map((row) => ({ from: row.request.from, to: row.request.to })) }))
        .map((f) => [`${f.from}\n${f.to}`, f]));
      const written = some.map((row) => {
        const f = found.get(`${row.request.from}\n${row.request.to}`)!;
        const missing = [
          ...(f.fromFound ? [] : [{ field: `${row.prefix}.from`, text: `no ${fromLabel.toLowerCase()} "${row.request.from}"` }]),
          ...(f.toFound ? [] : [{ field: `${row.prefix}.to`, text: `no ${toLabel.toLowerCase()} "${row.request.to}"` }]),
        ];
        if (missing.length > 0) throw rowError(row, new BadUserInputError(missing.map((m) => `${m.field}: ${m.text}`).join("; "), missing[0]!.field));
        return { row, existing: f.props, props: linkProps(f.props, row.request, row.source.ref, laterOf(row.confirmedOn, edit.confirmedOn)) };
      });
      const [upserted] = parseRows(cypher.WrittenRow, await edit.tx.run(cypher.UPSERT_LINKS, { fromLabel, toLabel, type, rows: written.map((w) => ({ from: w.row.request.from, to: w.row.request.to, props: w.props })) }));
      if (upserted!.written !== written.length) throw new Error(`wrote ${upserted!.written} of ${written.length} ${type} links`);
      for (const w of written) {
        recordBothEnds(edit, "LINK", w.row.request, fromLabel, toLabel, w.existing ? linkValues(w.existing) : null, linkValues(w.props), w.row.source);
      }
    }
  }
}
