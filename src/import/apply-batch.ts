import { confirmNodes, createNodes, linkMany, updateNodes, type ConfirmRow, type CreateRow, type LinkManyRow, type RowSource, type UpdateRow } from "../editing/batch.js";
import { linkTypes, type LinkType } from "../editing/links.js";
import { entitySpecs, type EntitySpec } from "../editing/specs.js";
import type { ApplyContext, ReviewedProposal } from "./apply.js";
import { applyProposal } from "./apply.js";
import { withholdPersonalAddresses } from "./safety/personal-text.js";

/**
 * Applying many accepted proposals in one Edit through the editing engine's batch form
 * (src/editing/batch.ts): the same writes as applyProposal — the same validation, the source
 * `document#locator` of each proposal in the facts' `sources` and on its change record, the same
 * `lastConfirmed` — with one statement per kind of write and label instead of a few per proposal.
 * Creates are written first, then updates, confirmations and links, so a proposal may depend on
 * any create of the same call. Proposals the batch form does not cover (roles, a single link given
 * as a LINK, a create without an id) go one by one through applyProposal after them. The first
 * failure fails the whole call, naming its proposal.
 */
export interface BatchItem {
  proposal: ReviewedProposal;
  /** The document the proposal's evidence is in (an import's document, a sync's catalogue). */
  documentKey: string;
}

const specByLabel = new Map<string, EntitySpec>(entitySpecs.map((spec) => [spec.label, spec]));
const prefix = "values";

export async function applyProposals(ctx: Omit<ApplyContext, "documentKey">, items: BatchItem[]): Promise<void> {
  if (items.length === 0) return;
  const creates: CreateRow[] = [];
  const updates: UpdateRow[] = [];
  const confirms: ConfirmRow[] = [];
  const links: LinkManyRow[] = [];
  const oneByOne: BatchItem[] = [];
  const { confirmedOn } = ctx;
  for (const item of items) {
    const p = item.proposal;
    const spec = specByLabel.get(p.entityType);
    const source = sourceOf(item);
    const label = `proposal ${p.id} (${p.summary})`;
    if (p.action === "LINK") {
      const { type, from, to, evidence } = p.values as { type?: unknown; from?: unknown; to?: unknown; evidence?: unknown };
      const batchable = typeof type === "string" && (linkTypes as readonly string[]).includes(type) && type !== "AFFILIATED_WITH" && typeof from === "string" && typeof to === "string";
      if (!batchable) oneByOne.push(item);
      else {
        // As applyLink: a WORKS_ON keeps its quoted sentence (personal addresses withheld), an ADDRESSES its matched words.
        const given = typeof evidence === "string" && evidence.trim() ? evidence : undefined;
        const linkEvidence = type === "WORKS_ON" ? withholdPersonalAddresses(given ?? p.evidence.quote) : type === "ADDRESSES" ? given : undefined;
        links.push({ request: { type: type as LinkType, from, to, ...(linkEvidence !== undefined ? { evidence: linkEvidence } : {}) }, source, prefix, confirmedOn, label });
      }
    } else if (!spec) oneByOne.push(item);
    else if (p.action === "CREATE") {
      const id = p.values.id ?? (p.resolution.status === "NEW" ? p.resolution.key : undefined);
      if (typeof id !== "string") oneByOne.push(item);
      else creates.push({ spec, values: { ...p.values, id }, source, prefix, confirmedOn, label });
    } else {
      const key = p.resolution.key ?? (typeof p.values.id === "string" ? p.values.id : undefined);
      if (!key) oneByOne.push(item); // applyProposal refuses it, naming it
      else if (p.action === "CONFIRM") confirms.push({ spec, key, source, confirmedOn, label });
      else updates.push({ spec, key, patch: withoutId(p.values), source, prefix, confirmedOn, label });
    }
  }
  // Change records cite each row's own source; the edit's is the first document's (no date of its own, as applyProposal's).
  if (!ctx.edit.hasSource) ctx.edit.source = { ref: items[0]!.documentKey, documentKey: items[0]!.documentKey };
  await createNodes(ctx.edit, creates);
  await updateNodes(ctx.edit, updates);
  await confirmNodes(ctx.edit, confirms);
  await linkMany(ctx.edit, links);
  for (const item of oneByOne) await applyProposal({ ...ctx, documentKey: item.documentKey }, item.proposal);
}

function sourceOf({ proposal, documentKey }: BatchItem): RowSource {
  const locator = proposal.evidence.locator.trim();
  return { ref: locator ? `${documentKey}#${locator}` : documentKey, documentKey };
}

function withoutId(values: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...patch } = values;
  return patch;
}
