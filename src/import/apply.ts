import { GraphQLError } from "graphql";
import type { Edit } from "../editing/edit.js";
import { link, linkTypes, type LinkType } from "../editing/links.js";
import { createNode, updateNode } from "../editing/nodes.js";
import { startRole, updateRole } from "../editing/roles.js";
import { entitySpecs, type EntitySpec } from "../editing/specs.js";
import { BadUserInputError, NotFoundError } from "../errors.js";
import { relationshipTypes, type RelationshipType } from "../seed/to-graph.js";
import { confirmFact, factState, markConfirmed, type Fact } from "./apply.repository.js";
import type { ProposalRow } from "./import.repository.js";
import type { Proposal } from "./proposal.js";
import { withholdPersonalAddresses } from "./safety/personal-text.js";

/**
 * Applying the accepted proposals of an import, inside one Edit (one transaction, audited): each
 * proposal is the same write an editor's mutation makes (createNode, updateNode, link, startRole…),
 * citing `<document>#<locator>` of its evidence. The first failure names its proposal and rolls
 * everything back.
 */

/** A proposal as the reviewer left it: the extracted one with the edit (values, resolution, action) applied. */
export type ReviewedProposal = Proposal & { key: string; decision: ProposalRow["decision"] };

export function reviewed(row: ProposalRow): ReviewedProposal {
  return { ...row.proposal, ...(row.edited ?? {}), key: row.id, decision: row.decision };
}

const specByLabel = new Map<string, EntitySpec>(entitySpecs.map((spec) => [spec.label, spec]));

/** The entity types the editing engine can apply (every kind a proposal is about). */
export function isApplicable(entityType: string): boolean {
  return entityType === "Role" || specByLabel.has(entityType);
}

const label = (p: Proposal) => `${p.id} (${p.summary})`;

/**
 * The accepted proposals in an order that puts every proposal after those it depends on (stable:
 * otherwise the extraction's order). Refuses pending, ambiguous and dependent-on-rejected ones.
 */
export function applicationOrder(all: ReviewedProposal[]): ReviewedProposal[] {
  const pending = all.filter((p) => p.decision === "PENDING");
  if (pending.length > 0) {
    throw new BadUserInputError(
      `decide every proposal before applying: ${pending.length} still pending (${pending.slice(0, 10).map((p) => p.id).join(", ")}${pending.length > 10 ? ", …" : ""}); accept, edit or reject them`,
      "id",
    );
  }
  const byId = new Map(all.map((p) => [p.id, p]));
  const accepted = all.filter((p) => p.decision === "ACCEPTED" || p.decision === "EDITED");
  for (const p of accepted) {
    if (p.resolution.status === "AMBIGUOUS") {
      throw new BadUserInputError(`proposal ${label(p)} is still ambiguous: choose one of its candidates with reviewProposal(decision: EDIT, choose: …)`, "id");
    }
    for (const dep of p.dependsOn ?? []) {
      const other = byId.get(dep);
      if (!other) throw new BadUserInputError(`proposal ${label(p)} depends on ${dep}, which is not part of this import`, "id");
      if (other.decision === "REJECTED") {
        throw new BadUserInputError(`proposal ${label(p)} depends on proposal ${label(other)}, which was rejected: reject ${p.id} too, or accept ${other.id}`, "id");
      }
    }
  }
  const order: ReviewedProposal[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (p: ReviewedProposal, path: string[]) => {
    if (state.get(p.id) === "done") return;
    if (state.get(p.id) === "visiting") throw new BadUserInputError(`proposals depend on each other in a circle: ${[...path, p.id].join(" → ")}`, "id");
    state.set(p.id, "visiting");
    for (const dep of p.dependsOn ?? []) visit(byId.get(dep)!, [...path, p.id]);
    state.set(p.id, "done");
    order.push(p);
  };
  for (const p of accepted) visit(p, []);
  return order;
}

/**
 * Keys the reviewer changed (an ambiguous mention resolved to a candidate): other proposals that
 * referred to the proposed key now refer to the chosen one.
 */
export function keySubstitutions(rows: ProposalRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) {
    const from = row.proposal.resolution.key;
    const to = row.edited?.resolution.key;
    if (from && to && from !== to) map.set(from, to);
  }
  return map;
}

export function substitute(value: unknown, keys: Map<string, string>): unknown {
  if (keys.size === 0) return value;
  if (typeof value === "string") return keys.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => substitute(item, keys));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, substitute(inner, keys)]));
  return value;
}

export interface ApplyContext {
  edit: Edit;
  documentKey: string;
  /** lastConfirmed of everything the document states: its date (ISO), else the day of applying. */
  confirmedOn: string;
}

/** Applies one proposal; a GraphQL error it raises is re-raised naming the proposal. */
export async function applyProposal(ctx: ApplyContext, p: ReviewedProposal): Promise<void> {
  const locator = p.evidence.locator.trim();
  ctx.edit.source = { ref: locator ? `${ctx.documentKey}#${locator}` : ctx.documentKey, documentKey: ctx.documentKey };
  try {
    await apply(ctx, p);
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new GraphQLError(`proposal ${label(p)}: ${error.message}`, { extensions: { ...error.extensions, proposal: p.key } });
    }
    throw error;
  }
}

async function apply(ctx: ApplyContext, p: ReviewedProposal): Promise<void> {
  const { edit } = ctx;
  const prefix = "values";
  if (p.action === "LINK") return applyLink(ctx, p);
  if (p.entityType === "Role") {
    if (p.action === "CREATE") {
      const role = await startRole(edit, { ...p.values, id: p.values.id ?? newKey(p) }, prefix);
      return markConfirmed(edit.tx, { kind: "role", key: role.id as string }, ctx.confirmedOn);
    }
    const key = existingKey(p);
    if (p.action === "CONFIRM") return confirm(ctx, { kind: "role", key });
    const state = await mustExist(ctx, { kind: "role", key }, "role");
    await updateRole(edit, key, state.version, withoutId(p.values), prefix);
    return markConfirmed(edit.tx, { kind: "role", key }, ctx.confirmedOn);
  }
  const spec = specByLabel.get(p.entityType);
  if (!spec) throw new BadUserInputError(`${p.entityType} proposals cannot be applied through the editing engine; reject it`, "entityType");
  if (p.action === "CREATE") {
    const props = await createNode(edit, spec, { ...p.values, id: p.values.id ?? newKey(p) }, prefix);
    return markConfirmed(edit.tx, { kind: "node", label: spec.label, key: props.id as string }, ctx.confirmedOn);
  }
  const key = existingKey(p);
  const fact: Fact = { kind: "node", label: spec.label, key };
  if (p.action === "CONFIRM") return confirm(ctx, fact);
  const state = await mustExist(ctx, fact, spec.noun);
  await updateNode(edit, spec, key, state.version, withoutId(p.values), prefix);
  return markConfirmed(edit.tx, fact, ctx.confirmedOn);
}

/** A fact already in the graph: the document joins its sources, its lastConfirmed moves; recorded as an update. */
async function confirm(ctx: ApplyContext, fact: Fact): Promise<void> {
  const before = await mustExist(ctx, fact, fact.kind === "role" ? "role" : fact.label.toLowerCase());
  const after = await confirmFact(ctx.edit.tx, fact, ctx.edit.source.ref, ctx.confirmedOn);
  ctx.edit.record({
    action: "UPDATE",
    entityType: fact.kind === "role" ? "Role" : fact.label,
    entityKey: fact.key,
    before: { sources: before.sources, ...(before.lastConfirmed ? { lastConfirmed: before.lastConfirmed } : {}) },
    after: { sources: after.sources, lastConfirmed: after.lastConfirmed },
  });
}

/**
 * A relationship: one an entity has many of goes through `link` (which adds the source to a link
 * that exists already, so confirming a link is linking it again); a single one (an organization's
 * parent, a deliverable's developer…) is an update of the entity at its start.
 */
async function applyLink(ctx: ApplyContext, p: ReviewedProposal): Promise<void> {
  const { type, from, to, evidence, since, until } = p.values as { type?: unknown; from?: unknown; to?: unknown; evidence?: unknown; since?: unknown; until?: unknown };
  if (typeof type !== "string" || !(type in relationshipTypes)) throw new BadUserInputError(`values.type: "${String(type)}" is not a relationship type`, "values.type");
  if (typeof from !== "string" || typeof to !== "string") throw new BadUserInputError("values.from and values.to: name both ends by readable id", "values.from");
  const [fromLabel, toLabel] = relationshipTypes[type as RelationshipType];
  if ((linkTypes as readonly string[]).includes(type)) {
    await link(ctx.edit, {
      type: type as LinkType, from, to,
      // The link's evidence is public: a person's address in the quoted sentence is withheld.
      ...(type === "WORKS_ON" ? { evidence: withholdPersonalAddresses(typeof evidence === "string" && evidence.trim() ? evidence : p.evidence.quote) } : {}),
      ...(type === "ADDRESSES" && typeof evidence === "string" && evidence.trim() ? { evidence } : {}),
      ...(typeof since === "string" ? { since } : {}),
      ...(typeof until === "string" ? { until } : {}),
    }, "values");
    return markConfirmed(ctx.edit.tx, { kind: "link", type, fromLabel, toLabel, from, to }, ctx.confirmedOn);
  }
  const spec = specByLabel.get(fromLabel);
  const field = spec && Object.entries(spec.single).find(([, single]) => single.type === type)?.[0];
  if (!spec || !field) throw new BadUserInputError(`values.type: ${type} links are not made by a link proposal`, "values.type");
  const state = await mustExist(ctx, { kind: "node", label: fromLabel, key: from }, spec.noun);
  await updateNode(ctx.edit, spec, from, state.version, { [field]: to }, "values");
  return markConfirmed(ctx.edit.tx, { kind: "link", type, fromLabel, toLabel, from, to }, ctx.confirmedOn);
}

async function mustExist(ctx: ApplyContext, fact: Fact, noun: string) {
  const state = await factState(ctx.edit.tx, fact);
  if (!state) throw new NotFoundError(`no ${noun} "${fact.key}" in the graph`);
  return state;
}

function existingKey(p: ReviewedProposal): string {
  const key = p.resolution.key ?? (typeof p.values.id === "string" ? p.values.id : undefined);
  if (!key) throw new BadUserInputError(`an ${p.action.toLowerCase()} needs the existing entity's key (resolution.key)`, "resolution.key");
  return key;
}

function newKey(p: ReviewedProposal): string | undefined {
  return p.resolution.status === "NEW" ? p.resolution.key : undefined;
}

function withoutId(values: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...patch } = values;
  return patch;
}
