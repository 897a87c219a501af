import type { z } from "zod";
import { parseRows } from "../db/rows.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../errors.js";
import type { SeedData } from "../seed/seed.schema.js";
import { relationshipTypes, toGraph, type RelationshipType } from "../seed/to-graph.js";
import { firstDayOf, laterOf } from "./confirmation.js";
import type { Edit } from "./edit.js";
import * as cypher from "./editing.repository.js";
import type { LoadedLink } from "./editing.repository.js";
import { requiredLinkTypes, slug, targetLabel, type EntitySpec, type Entry } from "./specs.js";

type Props = Record<string, unknown>;

/** Create, update and delete of entity nodes, each inside an Edit (one transaction, audited). */

export function emptySeed(): SeedData {
  return { documents: [], organizations: [], people: [], roles: [], liaisons: [], topics: [], deliverables: [], events: [], deadlines: [], statistics: [] };
}

/** Input values that were given (GraphQL leaves absent fields undefined). */
export function given(input: object): Entry {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
}

/** "patch" + "name" → "patch.name"; an empty prefix names the argument itself ("until"). */
export function at(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/** Validates an entry with the seed schema; BAD_USER_INPUT names every wrong field under `prefix`. */
export function validateEntry(schema: z.ZodType, raw: Entry, prefix: string, ordered: ReadonlyArray<readonly [string, string]> = []): Entry {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ field: at(prefix, issue.path.map(String).join(".")), message: issue.message }));
    throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join("; "), problems[0]!.field);
  }
  const entry = parsed.data as Entry;
  for (const [from, to] of ordered) {
    if (entry[from] !== undefined && entry[to] !== undefined && String(entry[to]) < String(entry[from])) {
      throw new BadUserInputError(`${at(prefix, to)}: ${String(entry[to])} is before ${from} (${String(entry[from])})`, at(prefix, to));
    }
  }
  return entry;
}

export interface Reference {
  field: string;
  label: string;
  key: string;
}

/** BAD_USER_INPUT naming every reference to an entity that does not exist. */
export async function checkReferences(edit: Edit, refs: Reference[]): Promise<void> {
  if (refs.length === 0) return;
  const byLabel = new Map<string, Reference[]>();
  for (const ref of refs) byLabel.set(ref.label, [...(byLabel.get(ref.label) ?? []), ref]);
  const rows = [];
  for (const [label, some] of byLabel) rows.push(...parseRows(cypher.ReferenceRow, await edit.tx.run(cypher.REFERENCES_EXIST, { label, refs: some })));
  const missing = rows.filter((row) => !row.found);
  if (missing.length > 0) {
    throw new BadUserInputError(missing.map((row) => `${row.field}: no ${row.label.toLowerCase()} "${row.key}"`).join("; "), missing[0]!.field);
  }
}

/** A readable id made from `text` that no node of `label` has yet ("sg17", then "sg17-2"…). */
export async function freeId(edit: Edit, statement: string, params: Props, text: string, field: string): Promise<string> {
  const base = slug(text);
  if (!base) throw new BadUserInputError(`${field}: cannot make a readable id from "${text}"; give one`, field);
  const [row] = parseRows(cypher.TakenRow, await edit.tx.run(statement, { ...params, base }));
  const taken = new Set(row?.taken);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function conflictIfStale(noun: string, key: string, props: Props, version: number): number {
  const current = (props.version as number | undefined) ?? 0;
  if (version !== current) {
    throw new ConflictError(
      `${noun} "${key}" was changed since version ${version} (it is now at version ${current}); reload it and apply your change again`,
      "version",
    );
  }
  return current;
}

/** The stored node properties of a valid entry, as the seed loader would write them. */
export function nodeProps(spec: EntitySpec, entry: Entry): Props {
  const graph = toGraph({ ...emptySeed(), [spec.seedKey]: [entry] });
  return graph.nodes[spec.label][0]!.props;
}

/** The entry (seed field names) of a stored node and its single links. */
export function entryFromProps(spec: EntitySpec, props: Props, single: Array<{ type: string; key: string }>): Entry {
  const entry: Entry = { id: props.id, sources: props.sources };
  for (const field of spec.fields) if (props[field] !== undefined && props[field] !== null) entry[field] = props[field];
  for (const [field, value] of Object.entries(spec.fromProps?.(props) ?? {})) if (value !== undefined && value !== null) entry[field] = value;
  for (const [field, link] of Object.entries(spec.single)) {
    const target = single.find((s) => s.type === link.type);
    if (target) entry[field] = target.key;
  }
  return entry;
}

/**
 * What the audit trail records of an entity: its fields, single links, (lists,) sources. An empty
 * list is recorded as absent: the graph stores no empty list (a seeded body without former names
 * has no `formerNames`), while a validated entry has the schema's default `[]`; recording both as
 * they come made a first update show `formerNames: null → []`, a change that did not happen.
 */
export function view(spec: EntitySpec, entry: Entry, withLists = false): Entry {
  const keys = [...spec.fields, ...Object.keys(spec.single), ...(withLists ? Object.keys(spec.lists) : []), "sources"];
  return Object.fromEntries(keys.filter((key) => !isAbsent(entry[key])).map((key) => [key, entry[key]]));
}

/** No value: undefined, null, or an empty list (the graph keeps no empty list). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

export function references(spec: EntitySpec, entry: Entry, prefix: string, fields?: Set<string>): Reference[] {
  const refs: Reference[] = [];
  for (const [field, link] of Object.entries(spec.single)) {
    if (fields && !fields.has(field)) continue;
    if (typeof entry[field] === "string") refs.push({ field: `${prefix}.${field}`, label: targetLabel(link.type), key: entry[field] });
  }
  for (const [field, link] of Object.entries(spec.lists)) {
    if (fields && !fields.has(field)) continue;
    ((entry[field] as string[] | undefined) ?? []).forEach((key, i) => refs.push({ field: `${prefix}.${field}.${i}`, label: targetLabel(link.type, link.incoming), key }));
  }
  return refs;
}

/** Refuses a link that would make `type` go round in a circle (an organization part of itself). */
async function checkAcyclic(edit: Edit, spec: EntitySpec, key: string, field: string, type: RelationshipType, target: string, prefix: string): Promise<void> {
  if (target === key) throw new BadUserInputError(`${prefix}.${field}: a ${spec.noun} cannot point at itself`, `${prefix}.${field}`);
  const [row] = parseRows(cypher.CycleRow, await edit.tx.run(cypher.WOULD_CYCLE, { label: spec.label, key, target, type }));
  if (row?.cycle) throw new BadUserInputError(`${prefix}.${field}: "${target}" is already below "${key}" (${type}); that would make a circle`, `${prefix}.${field}`);
}

/** Creates a node and the relationships its entry names; returns its stored properties. */
export async function createNode(edit: Edit, spec: EntitySpec, input: Entry, prefix = "input"): Promise<Props> {
  // A new document with no source of its own cites itself (as seeded documents do).
  const sources = edit.hasSource ? [edit.source.ref] : undefined;
  const { checked, explicitId } = checkCreate(spec, input, prefix, sources);

  const id = explicitId ?? (await freeId(edit, cypher.IDS_TAKEN, { label: spec.label }, spec.idText(checked), `${prefix}.id`));
  if (explicitId && parseRows(cypher.ReferenceRow, await edit.tx.run(cypher.REFERENCES_EXIST, { label: spec.label, refs: [{ field: "id", key: id }] }))[0]!.found) {
    throw new ConflictError(`${prefix}.id: a ${spec.noun} "${id}" already exists`, `${prefix}.id`);
  }
  const entry = withId(spec, checked, id, prefix);
  await checkReferences(edit, references(spec, entry, prefix));

  // Confirmed by the edit's source document (its date, else today); a new document that is its own
  // source, by its own date.
  const lastConfirmed = edit.hasSource ? edit.confirmedOn : (firstDayOf(entry.date as string | undefined) ?? edit.today);
  const { props, links } = createdGraph(spec, entry, lastConfirmed, lastConfirmed);
  const [created] = parseRows(cypher.NodeRow, await edit.tx.run(cypher.CREATE_NODE, { label: spec.label, props }));
  await createLinks(edit, links);
  edit.record({ action: "CREATE", entityType: spec.label, entityKey: id, before: null, after: view(spec, entry, true) });
  return created!.node;
}

/** A create's input validated with the seed schema (lists without repeats), citing `sources`; the id is checked later. */
export function checkCreate(spec: EntitySpec, input: Entry, prefix: string, sources: string[] | undefined): { checked: Entry; explicitId: string | undefined } {
  const raw = given(input);
  for (const field of Object.keys(spec.lists)) if (Array.isArray(raw[field])) raw[field] = [...new Set(raw[field] as string[])];
  const explicitId = raw.id as string | undefined;
  const checked = validateEntry(spec.schema, { ...raw, id: explicitId ?? "pending", ...(sources ? { sources } : {}) }, prefix, spec.ordered);
  return { checked, explicitId };
}

/** The checked entry with its id; refused when one of its lists links it to itself. */
export function withId(spec: EntitySpec, checked: Entry, id: string, prefix: string): Entry {
  const entry: Entry = { ...checked, id };
  for (const [field, link] of Object.entries(spec.lists)) {
    if (targetLabel(link.type, link.incoming) === spec.label && (entry[field] as string[]).includes(id)) {
      throw new BadUserInputError(`${prefix}.${field}: a ${spec.noun} cannot be linked to itself`, `${prefix}.${field}`);
    }
  }
  return entry;
}

export interface LinkRow {
  type: string;
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  props: Props;
}

/** What a new entity stores, as the seed loader would write it: its node's properties (`lastConfirmed`, version 1) and its relationships. */
export function createdGraph(spec: EntitySpec, entry: Entry, lastConfirmed: string, linksConfirmed: string): { props: Props; links: LinkRow[] } {
  const graph = toGraph({ ...emptySeed(), [spec.seedKey]: [entry] });
  const links = Object.entries(graph.relationships).flatMap(([type, rels]) =>
    rels.map((rel) => {
      const [fromLabel, toLabel] = relationshipTypes[type as RelationshipType];
      return { type, fromLabel, toLabel, from: rel.from, to: rel.to, props: { ...rel.props, lastConfirmed: linksConfirmed } };
    }),
  );
  return { props: { ...graph.nodes[spec.label][0]!.props, lastConfirmed, version: 1 }, links };
}

/** Creates relationships between existing nodes: one statement per pair of labels, so each seeks its labels' constraints (db/static-labels.ts). */
export async function createLinks(edit: Edit, rows: LinkRow[]): Promise<void> {
  const byLabels = new Map<string, LinkRow[]>();
  for (const row of rows) byLabels.set(`${row.fromLabel} ${row.toLabel}`, [...(byLabels.get(`${row.fromLabel} ${row.toLabel}`) ?? []), row]);
  for (const some of byLabels.values()) {
    const { fromLabel, toLabel } = some[0]!;
    const [written] = parseRows(cypher.CreatedRow, await edit.tx.run(cypher.CREATE_LINKS, { fromLabel, toLabel, rows: some }));
    if (written!.created !== some.length) throw new Error(`created ${written!.created} of ${some.length} relationships`);
  }
}

/** The fields a patch may not remove: required by the schema or a required link. */
function isRequired(spec: EntitySpec, field: string): boolean {
  if (spec.single[field]) return spec.single[field].required;
  const shape = (spec.schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return shape?.[field] ? !shape[field].safeParse(undefined).success : false;
}

/**
 * Properties an update keeps although they are not entry fields: an imported document's stored
 * text and content hash (src/import/), and the date a fact was last confirmed by a document.
 */
const keptProperties = ["lastConfirmed", "contentHash", "text", "blocks", "format", "importKind", "fileName", "signatory"] as const;

function kept(props: Props): Props {
  return Object.fromEntries(keptProperties.filter((name) => props[name] !== undefined && props[name] !== null).map((name) => [name, props[name]]));
}

/**
 * An update's pure part: the stored entity as an entry (`before`), the patch applied (absent:
 * unchanged, null: removed) citing `sourceRef`, validated with the seed schema (`entry`), and the
 * single links it changes.
 */
export function patched(spec: EntitySpec, props: Props, single: Array<{ type: string; key: string }>, patch: object, prefix: string, sourceRef: string): { before: Entry; entry: Entry; changedLinks: Set<string> } {
  const before = entryFromProps(spec, props, single);
  const next: Entry = { ...before };
  const changedLinks = new Set<string>();
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (isRequired(spec, field)) throw new BadUserInputError(`${prefix}.${field}: is required and cannot be removed`, `${prefix}.${field}`);
      delete next[field];
    } else {
      next[field] = value;
    }
    if (spec.single[field] && next[field] !== before[field]) changedLinks.add(field);
  }
  next.sources = [...new Set([...((before.sources as string[]) ?? []), sourceRef])];
  return { before, entry: validateEntry(spec.schema, next, prefix, spec.ordered), changedLinks };
}

/** An updated node's stored properties: the kept ones, the entry's, `lastConfirmed`, the next version. */
export function updatedProps(spec: EntitySpec, props: Props, entry: Entry, lastConfirmed: string, current: number): Props {
  return { ...kept(props), ...nodeProps(spec, entry), lastConfirmed, version: current + 1 };
}

/** Refuses changed single links that must not go round in a circle (an organization part of itself). */
export async function checkAcyclicLinks(edit: Edit, spec: EntitySpec, key: string, entry: Entry, changedLinks: Set<string>, prefix: string): Promise<void> {
  for (const field of changedLinks) {
    const link = spec.single[field]!;
    if (link.acyclic && typeof entry[field] === "string") await checkAcyclic(edit, spec, key, field, link.type, entry[field], prefix);
  }
}

/** Applies a patch (absent: unchanged, null: removed) to a node at `version`; returns its new properties. */
export async function updateNode(edit: Edit, spec: EntitySpec, key: string, version: number, patch: object, prefix = "patch"): Promise<Props> {
  const singleTypes = Object.values(spec.single).map((link) => link.type);
  const [row] = parseRows(cypher.LoadNodeRow, await edit.tx.run(cypher.LOAD_NODE, { label: spec.label, key, singleTypes }));
  if (!row) throw new NotFoundError(`no ${spec.noun} "${key}"`);
  const props = row.props;
  const current = conflictIfStale(spec.noun, key, props, version);
  const { before, entry, changedLinks } = patched(spec, props, row.single, patch, prefix, edit.source.ref);
  await checkReferences(edit, references(spec, entry, prefix, changedLinks));
  await checkAcyclicLinks(edit, spec, key, entry, changedLinks, prefix);

  // The update cites its source: that document confirms the record (never moving the date back).
  const lastConfirmed = laterOf(props.lastConfirmed, edit.confirmedOn);
  const [updated] = parseRows(cypher.NodeRow, await edit.tx.run(cypher.REPLACE_NODE, { label: spec.label, key, props: updatedProps(spec, props, entry, lastConfirmed, current) }));
  for (const field of changedLinks) {
    const link = spec.single[field]!;
    await edit.tx.run(cypher.SET_SINGLE_LINK, {
      label: spec.label, key, type: link.type, targetLabel: targetLabel(link.type), target: entry[field] ?? null, sources: [edit.source.ref], lastConfirmed: edit.confirmedOn,
    });
  }
  edit.record({ action: "UPDATE", entityType: spec.label, entityKey: key, before: view(spec, before), after: view(spec, entry) });
  return updated!.node;
}

export type { LoadedLink };

/** A relationship as the audit trail records it. */
export function linkRecord(link: LoadedLink): Entry {
  return { type: link.type, direction: link.out ? "out" : "in", other: `${link.label}:${link.key}`, ...linkValues(link.props) };
}

/** A relationship's own values, without derived dates. */
export function linkValues(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([name]) => !name.endsWith("Date") && name !== "version"));
}

/** Deletes a node at `version` with its relationships; refused while others depend on it. */
export async function deleteNode(edit: Edit, spec: EntitySpec, key: string, version: number): Promise<void> {
  const [row] = parseRows(cypher.LoadNodeWithLinksRow, await edit.tx.run(cypher.LOAD_NODE_WITH_LINKS, { label: spec.label, key }));
  if (!row) throw new NotFoundError(`no ${spec.noun} "${key}"`);
  const { props, links } = row;
  conflictIfStale(spec.noun, key, props, version);

  const dependents = links.filter((link) => !link.out && requiredLinkTypes.has(link.type));
  if (dependents.length > 0) {
    const named = dependents.slice(0, 5).map((link) => `${link.label.toLowerCase()} "${link.key}" (${link.type})`).join(", ");
    throw new ConflictError(
      `${spec.noun} "${key}" cannot be deleted while ${dependents.length} record(s) depend on it: ${named}${dependents.length > 5 ? ", …" : ""}. ` +
        `Delete or re-point them first${spec.label === "Organization" ? ", or merge it into another organization" : ""}.`,
    );
  }
  if (spec.label === "Document") {
    const [usage] = parseRows(cypher.CitationsRow, await edit.tx.run(cypher.DOCUMENT_CITATIONS, { key }));
    const facts = usage!.nodes + usage!.relationships;
    if (facts + usage!.changes > 0) {
      throw new ConflictError(`document "${key}" is the source of ${facts} fact(s) and ${usage!.changes} recorded change(s); a cited source cannot be deleted`);
    }
  }

  await edit.tx.run(cypher.DELETE_NODE, { label: spec.label, key });
  const before = entryFromProps(spec, props, links.filter((link) => link.out).map((link) => ({ type: link.type, key: link.key })));
  edit.record({ action: "DELETE", entityType: spec.label, entityKey: key, before: { ...view(spec, before), links: links.map(linkRecord) }, after: null });
}
