import { BadUserInputError } from "../errors.js";
import { partialDate } from "../seed/seed.schema.js";
import { dated, relationshipTypes } from "../seed/to-graph.js";
import { laterOf } from "./confirmation.js";
import type { Edit } from "./edit.js";
import { parseRows } from "../db/rows.js";
import * as cypher from "./editing.repository.js";
import { linkValues } from "./nodes.js";

type Props = Record<string, unknown>;

/**
 * Relationships an entity can have many of, which link/unlink add and remove. (Single ones, like
 * an organization's parent, are fields of the entity's update.)
 */
export const linkTypes = [
  "WORKS_ON", "AFFILIATED_WITH", "REPRESENTED_BY", "CONCERNS", "ADDRESSES", "BASED_ON",
  "ORGANIZED_BY", "HOSTED_BY", "PARTICIPATED_IN", "COLLOCATED_WITH", "ABOUT", "CITES",
] as const;
export type LinkType = (typeof linkTypes)[number];

export interface LinkRequest {
  type: LinkType;
  from: string;
  to: string;
  evidence?: string;
  since?: string;
  until?: string;
}

/** The audit field naming one link as seen from one end: "WORKS_ON → Topic:privacy". */
function linkField(type: string, arrow: "→" | "←", label: string, key: string): string {
  return `${type} ${arrow} ${label}:${key}`;
}

export function checkLinkValues(request: LinkRequest, prefix: string): void {
  if (request.type === "WORKS_ON") {
    if (!request.evidence?.trim()) throw new BadUserInputError(`${prefix}.evidence: WORKS_ON needs the text that shows the work (e.g. a group's title)`, `${prefix}.evidence`);
  } else if (request.evidence !== undefined && (request.type !== "ADDRESSES" || !request.evidence.trim())) {
    // A deliverable's topic may keep the words that show it (a catalogue sync's title and abstract matches).
    throw new BadUserInputError(`${prefix}.evidence: only WORKS_ON and ADDRESSES links carry evidence`, `${prefix}.evidence`);
  }
  for (const field of ["since", "until"] as const) {
    const value = request[field];
    if (value === undefined) continue;
    if (request.type !== "AFFILIATED_WITH") throw new BadUserInputError(`${prefix}.${field}: only AFFILIATED_WITH links are dated`, `${prefix}.${field}`);
    const parsed = partialDate.safeParse(value);
    if (!parsed.success) throw new BadUserInputError(`${prefix}.${field}: ${parsed.error.issues[0]!.message}`, `${prefix}.${field}`);
  }
  if (request.since && request.until && request.until < request.since) throw new BadUserInputError(`${prefix}.until: is before since`, `${prefix}.until`);
}

async function findLink(edit: Edit, request: Pick<LinkRequest, "type" | "from" | "to">, prefix: string) {
  const [fromLabel, toLabel] = relationshipTypes[request.type];
  if (fromLabel === toLabel && request.from === request.to) throw new BadUserInputError(`${prefix}.to: a ${fromLabel.toLowerCase()} cannot be linked to itself`, `${prefix}.to`);
  const [row] = parseRows(cypher.FoundLinkRow, await edit.tx.run(cypher.FIND_LINK, { fromLabel, toLabel, type: request.type, from: request.from, to: request.to }));
  const missing = [
    ...(row!.fromFound ? [] : [{ field: `${prefix}.from`, text: `no ${fromLabel.toLowerCase()} "${request.from}"` }]),
    ...(row!.toFound ? [] : [{ field: `${prefix}.to`, text: `no ${toLabel.toLowerCase()} "${request.to}"` }]),
  ];
  if (missing.length > 0) throw new BadUserInputError(missing.map((m) => `${m.field}: ${m.text}`).join("; "), missing[0]!.field);
  return { fromLabel, toLabel, existing: row!.props };
}

/** Adds a link, or adds this source (and evidence, dates) to the link that already exists. */
export async function link(edit: Edit, request: LinkRequest, prefix = "input"): Promise<void> {
  checkLinkValues(request, prefix);
  const { fromLabel, toLabel, existing } = await findLink(edit, request, prefix);
  const props = linkProps(existing, request, edit.source.ref, edit.confirmedOn);
  await edit.tx.run(cypher.UPSERT_LINK, { fromLabel, toLabel, type: request.type, from: request.from, to: request.to, props });
  recordBothEnds(edit, "LINK", request, fromLabel, toLabel, existing ? linkValues(existing) : null, linkValues(props));
}

/** A link's properties after linking it (again) from a source: sources and evidence united, `lastConfirmed` never moved back. */
export function linkProps(existing: Props | null | undefined, request: LinkRequest, sourceRef: string, confirmedOn: string): Props {
  const union = (a: unknown, b: string | undefined) => [...new Set([...((a as string[] | undefined) ?? []), ...(b ? [b] : [])])];
  const props: Props = {
    ...(existing ?? {}),
    sources: union(existing?.sources, sourceRef),
    lastConfirmed: laterOf(existing?.lastConfirmed, confirmedOn),
    ...(request.evidence?.trim() ? { evidence: union(existing?.evidence, request.evidence.trim()) } : {}),
    ...dated("since", request.since),
    ...dated("until", request.until),
  };
  // Dates read back from the graph are strings: rebuild the Date properties from the text.
  for (const field of ["since", "until"]) if (typeof props[field] === "string") Object.assign(props, dated(field, props[field]));
  return props;
}

/** Removes a link; BAD_USER_INPUT when there is none. */
export async function unlink(edit: Edit, request: Pick<LinkRequest, "type" | "from" | "to">, prefix = "input"): Promise<void> {
  const { fromLabel, toLabel, existing } = await findLink(edit, request, prefix);
  if (!existing) throw new BadUserInputError(`${prefix}: there is no ${request.type} link from "${request.from}" to "${request.to}"`, prefix);
  await edit.tx.run(cypher.DELETE_LINK, { fromLabel, toLabel, type: request.type, from: request.from, to: request.to });
  recordBothEnds(edit, "UNLINK", request, fromLabel, toLabel, linkValues(existing), null);
}

/** Each end's history shows the link. */
export function recordBothEnds(
  edit: Edit, action: "LINK" | "UNLINK", request: Pick<LinkRequest, "type" | "from" | "to">, fromLabel: string, toLabel: string, before: Props | null, after: Props | null,
  source?: { ref: string; documentKey: string },
): void {
  const out = linkField(request.type, "→", toLabel, request.to);
  const back = linkField(request.type, "←", fromLabel, request.from);
  edit.record({ action, entityType: fromLabel, entityKey: request.from, before: before && { [out]: before }, after: after && { [out]: after }, ...(source ? { source } : {}) });
  edit.record({ action, entityType: toLabel, entityKey: request.to, before: before && { [back]: before }, after: after && { [back]: after }, ...(source ? { source } : {}) });
}
