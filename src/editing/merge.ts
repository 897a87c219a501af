import { parseRows } from "../db/rows.js";
import { BadUserInputError, NotFoundError } from "../errors.js";
import { laterOf } from "./confirmation.js";
import type { Edit } from "./edit.js";
import * as cypher from "./editing.repository.js";
import { conflictIfStale, entryFromProps, linkRecord, nodeProps, validateEntry, view, type LoadedLink } from "./nodes.js";
import type { EntitySpec, Entry } from "./specs.js";

type Props = Record<string, unknown>;

/**
 * Merges two records of one organization (or person) into the one kept, losing nothing:
 *
 * - every relationship of the removed record moves to the kept one; where the kept one already
 *   has the same link (same type, direction and other end), the two become one with the union
 *   of their sources (and evidence);
 * - the removed record's names become aliases of the kept one, sources are united, and its
 *   values fill the kept one's empty fields; a value that differs from the kept one's is
 *   recorded in the merge's change as `discarded.<field>`;
 * - a second parent (PART_OF) or reporting line cannot be kept and is recorded the same way;
 * - the removed record's full state (with every relationship) is in its MERGED_INTO change, and
 *   its history stays readable under its old id.
 */
export async function mergeRecords(edit: Edit, spec: EntitySpec, keepKey: string, removeKey: string, keepVersion: number, removeVersion: number): Promise<Props> {
  if (keepKey === removeKey) throw new BadUserInputError("remove: must be another record than keep", "remove");
  const load = async (key: string, field: string) => {
    const [row] = parseRows(cypher.LoadNodeWithLinksRow, await edit.tx.run(cypher.LOAD_NODE_WITH_LINKS, { label: spec.label, key }));
    if (!row) throw new NotFoundError(`${field}: no ${spec.noun} "${key}"`);
    return row;
  };
  const keep = await load(keepKey, "keep");
  const gone = await load(removeKey, "remove");
  const keepCurrent = conflictIfStale(spec.noun, keepKey, keep.props, keepVersion);
  conflictIfStale(spec.noun, removeKey, gone.props, removeVersion);

  const outgoing = (links: LoadedLink[]) => links.filter((link) => link.out).map((link) => ({ type: link.type, key: link.key }));
  const keepEntry = entryFromProps(spec, keep.props, outgoing(keep.links));
  const goneEntry = entryFromProps(spec, gone.props, outgoing(gone.links));

  // Values: the kept record's win; the removed one's fill gaps, or are recorded as discarded.
  const merged: Entry = { ...keepEntry };
  const discarded: Entry = {};
  for (const field of spec.fields) {
    if (field === "aliases") continue;
    const mine = keepEntry[field];
    const theirs = goneEntry[field];
    if (theirs === undefined) continue;
    if (mine === undefined) merged[field] = theirs;
    else if (JSON.stringify(mine) !== JSON.stringify(theirs)) discarded[`discarded.${field}`] = theirs;
  }
  // Single links (a parent, a reporting line) follow the relationships below: the removed record's fills a gap.
  // A link between the two records themselves disappears with the removed one.
  for (const field of Object.keys(spec.single)) {
    if (keepEntry[field] === removeKey) delete merged[field];
    const theirs = goneEntry[field];
    if (theirs === undefined || theirs === keepKey) continue;
    if (merged[field] === undefined) merged[field] = theirs;
    else if (merged[field] !== theirs) discarded[`discarded.${field}`] = theirs;
  }
  const ownNames = new Set([merged.name, merged.acronym].filter(Boolean));
  merged.aliases = [
    ...new Set([
      ...((keepEntry.aliases as string[]) ?? []),
      ...[goneEntry.name, goneEntry.acronym, ...((goneEntry.aliases as string[]) ?? [])].filter((alias): alias is string => typeof alias === "string"),
    ]),
  ].filter((alias) => !ownNames.has(alias));
  merged.sources = [...new Set([...(keepEntry.sources as string[]), ...(goneEntry.sources as string[]), edit.source.ref])];
  const entry = validateEntry(spec.schema, merged, "keep", spec.ordered);

  // Relationships: move, unite with a twin, or (a second single link, or one between the two) record as dropped.
  const singleTypes = new Set(Object.values(spec.single).map((link) => link.type as string));
  const twinKey = (link: { type: string; out: boolean; other: string }) => `${link.type}|${link.out}|${link.other}`;
  const keepTwins = new Map(keep.links.filter((link) => link.props.id === undefined).map((link) => [twinKey(link), link]));
  const moves: Array<{ element: string; type: string; out: boolean; other: string }> = [];
  const unites: Array<{ element: string; lists: Props }> = [];
  const dropped: LoadedLink[] = [];
  for (const link of gone.links) {
    if (link.other === keep.element) {
      dropped.push(link);
      continue;
    }
    if (link.out && singleTypes.has(link.type) && keep.links.some((mine) => mine.out && mine.type === link.type && mine.other !== gone.element)) {
      dropped.push(link);
      continue;
    }
    const twin = link.props.id === undefined ? keepTwins.get(twinKey(link)) : undefined;
    if (twin) unites.push({ element: twin.element, lists: unitedLists(twin.props, link.props) });
    else moves.push({ element: link.element, type: link.type, out: link.out, other: link.other });
  }

  if (moves.length > 0) await edit.tx.run(cypher.MERGE_MOVE_LINKS, { keep: keep.element, rows: moves });
  if (unites.length > 0) await edit.tx.run(cypher.MERGE_UNITE_LINKS, { rows: unites });
  // What is left on the removed node (dropped links, the audit trail's pointers) goes with it.
  await edit.tx.run(cypher.DELETE_NODE, { label: spec.label, key: removeKey });
  // The merged record is confirmed as far as either was, and by the merge's source.
  const lastConfirmed = laterOf(laterOf(keep.props.lastConfirmed, String(gone.props.lastConfirmed ?? "")), edit.confirmedOn);
  const [updated] = parseRows(cypher.NodeRow, await edit.tx.run(cypher.REPLACE_NODE, { label: spec.label, key: keepKey, props: { ...nodeProps(spec, entry), lastConfirmed, version: keepCurrent + 1 } }));

  edit.record({
    action: "MERGE",
    entityType: spec.label,
    entityKey: keepKey,
    before: view(spec, keepEntry),
    after: {
      ...view(spec, entry),
      mergedFrom: removeKey,
      movedLinks: moves.length,
      unitedLinks: unites.length,
      ...(dropped.length > 0 ? { droppedLinks: dropped.map(linkRecord) } : {}),
      ...discarded,
    },
  });
  edit.record({
    action: "MERGED_INTO",
    entityType: spec.label,
    entityKey: removeKey,
    before: { ...view(spec, goneEntry), links: gone.links.map(linkRecord) },
    after: { mergedInto: keepKey },
  });
  return updated!.node;
}

/** Two records of one link become one: their list values (sources, evidence) united; the kept link's other values stay. */
function unitedLists(mine: Props, theirs: Props): Props {
  const united: Props = {};
  for (const [name, value] of Object.entries(theirs)) {
    if (Array.isArray(value)) united[name] = [...new Set([...((mine[name] as unknown[] | undefined) ?? []), ...value])];
  }
  return united;
}
