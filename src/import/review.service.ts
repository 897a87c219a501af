import { randomUUID } from "node:crypto";
import { countImport } from "../metrics/registry.js";
import { ImportRejectedError } from "./errors.js";
import { z } from "zod";
import { requireRole } from "../auth/viewer.js";
import type { RequestDatabase } from "../db/request-database.js";
import type { ImportLimits } from "./limits.js";
import type { Edit } from "../editing/edit.js";
import { runEdit, type EditScope } from "../editing/run-edit.js";
import { createNode } from "../editing/nodes.js";
import { documentSpec } from "../editing/specs.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../errors.js";
import { documentKinds, partialDate } from "../seed/seed.schema.js";
import { applicationOrder, applyProposal, isApplicable, keySubstitutions, reviewed, substitute } from "./apply.js";
import { organizationExists } from "./apply.repository.js";
import {
  attachContent, createImport, decide, documentContentHash, findImport, findImportByHash, findImportOfDocument, findProposal, finishImport, importedDocument,
  lockImport, proposalsOf, type EditedProposal, type ImportRow, type ProposalRow,
} from "./import.repository.js";
import { planFile, type IncomingFile } from "./planner.js";
import { proposalActions, proposalEntityTypes, type ImportPlan, type ImportedDocumentKind, type Proposal } from "./proposal.js";

/**
 * Review of imported documents: an import's plan (src/import/plan.ts) is stored as a changeset
 * of proposals (pending), an editor decides each, and applying runs the accepted ones in one
 * audited edit. The same functions serve the three doors (GraphQL, POST /import, the CLI), so the
 * access rule is checked here: editors import, review and apply; analysts may look.
 */

/** What the review needs of a request (a GraphQL context is one; so is the CLI's). */
type ImportScope = EditScope & { db: RequestDatabase; importLimits: ImportLimits };

export interface StoredImport {
  import: ImportRow;
  /** True when this file (same content hash) had been imported before: nothing new was stored. */
  alreadyImported: boolean;
}

/** The graph's kind of source document for each kind the importer recognizes. */
const documentKindOf: Record<ImportedDocumentKind, (typeof documentKinds)[number]> = {
  TSB_CIRCULAR: "CIRCULAR",
  LIAISON_STATEMENT: "LIAISON_STATEMENT",
  DATATRACKER_LS: "LIAISON_STATEMENT",
  WORK_PROGRAMME_ITEM: "WEB_PAGE",
  EVENT_PAGE: "WEB_PAGE",
  OTHER: "OTHER",
};

const planShape = z.object({
  document: z.object({
    format: z.string(),
    kind: z.string(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hex digest"),
    text: z.string(),
    blocks: z.array(z.object({ locator: z.string(), text: z.string() })),
  }).loose(),
  proposals: z.array(z.object({
    id: z.string().min(1),
    entityType: z.enum(proposalEntityTypes),
    action: z.enum(proposalActions),
    resolution: z.object({ status: z.enum(["EXISTING", "NEW", "AMBIGUOUS"]) }).loose(),
    values: z.record(z.string(), z.unknown()),
    evidence: z.object({ quote: z.string(), locator: z.string() }),
    confidence: z.number().min(0).max(1),
    dependsOn: z.array(z.string()).optional(),
    summary: z.string(),
  }).loose()),
});

function checkPlan(plan: ImportPlan): void {
  const parsed = planShape.safeParse(plan);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`import plan is malformed at ${issue.path.join(".")}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const p of plan.proposals) {
    if (ids.has(p.id)) throw new Error(`import plan has two proposals ${p.id}`);
    ids.add(p.id);
  }
  for (const p of plan.proposals) for (const dep of p.dependsOn ?? []) if (!ids.has(dep)) throw new Error(`import plan: ${p.id} depends on unknown ${dep}`);
}

/**
 * The proposal about the imported document itself, if the plan has one: the store makes (or
 * finds) that document, so it is not left to review.
 */
function ownDocumentProposal(plan: ImportPlan): Proposal | undefined {
  const reference = plan.document.reference?.trim().toLowerCase();
  const own = (p: Proposal) => p.entityType === "Document" && p.action !== "LINK";
  return (plan.document.key ? plan.proposals.find((p) => own(p) && p.resolution.key === plan.document.key) : undefined) ?? plan.proposals.find(
    (p) => own(p) && (p.resolution.reason === "HASH" || (reference !== undefined && String(p.values.reference ?? "").trim().toLowerCase() === reference)),
  );
}

/** Reads a file (the extraction half) and stores what it proposes: what every door calls. Editor. */
export async function importFile(ctx: ImportScope, file: IncomingFile): Promise<StoredImport> {
  requireRole(ctx.viewer, "EDITOR", "importing a document");
  try {
    return await storeImport(ctx, await planFile(ctx.db.database, file, ctx.importLimits));
  } catch (error) {
    countImport(importOutcome(error, "rejected", "failed"));
    throw error;
  }
}

/**
 * The metrics outcome of an import that did not go through: refused (a file it will not read, a
 * bad or conflicting input: the client's to fix) or failed (the database, a timeout, a defect).
 */
export function importOutcome<R extends string, F extends string>(error: unknown, rejected: R, failed: F): R | F {
  const refused = error instanceof ImportRejectedError || error instanceof BadUserInputError || error instanceof ConflictError || error instanceof NotFoundError;
  return refused ? rejected : failed;
}

/** Stores a plan as a pending import (one transaction), or finds the import of the same file. */
export async function storeImport(ctx: ImportScope, plan: ImportPlan): Promise<StoredImport> {
  requireRole(ctx.viewer, "EDITOR", "importing a document");
  checkPlan(plan);
  const id = randomUUID();
  // The same file again: the earlier import, and nothing written (not even the edit lock).
  // The same document saved another way (the plan found its text's hash on a Document): its first import.
  const known = (await findImportByHash(ctx.db, plan.document.contentHash))
    ?? (plan.alreadyImported ? await findImportOfDocument(ctx.db, plan.alreadyImported.documentKey) : undefined);
  if (known) {
    countImport("already_imported");
    return { import: known, alreadyImported: true };
  }
  const { result } = await runEdit(ctx, undefined, async (edit) => {
    const earlier = await findImportByHash(edit.tx, plan.document.contentHash);
    if (earlier) {
      edit.source = { ref: earlier.documentKey, documentKey: earlier.documentKey };
      return { alreadyImported: true, id: earlier.id };
    }
    const own = ownDocumentProposal(plan);
    const documentKey = await documentFor(edit, plan, own);
    edit.source = { ref: documentKey, documentKey };
    await attachContent(edit.tx, documentKey, plan.document);
    const ownKey = own?.resolution.key;
    const keys = new Map(ownKey && ownKey !== documentKey ? [[ownKey, documentKey]] : []);
    const proposals = plan.proposals
      .filter((p) => p !== own)
      .map((p) => ({ ...p, values: substitute(p.values, keys) as Record<string, unknown>, ...(p.dependsOn ? { dependsOn: p.dependsOn.filter((dep) => dep !== own?.id) } : {}) }));
    await createImport(edit.tx, id, documentKey, ctx.viewer.name, proposals);
    return { alreadyImported: false, id };
  });
  countImport(result.alreadyImported ? "already_imported" : "stored", result.alreadyImported ? 0 : plan.proposals.length);
  return { import: (await findImport(ctx.db, result.id))!, alreadyImported: result.alreadyImported };
}

/** The Document node the import's text goes onto: the one the plan found (if it has no file yet), or a new one. */
async function documentFor(edit: Edit, plan: ImportPlan, own: Proposal | undefined): Promise<string> {
  const doc = plan.document;
  // The document the plan found in the graph is this one, even when another copy of it was
  // imported before (a text copy of a page, then the page): its node gets this copy's text, and
  // no second Document is made (issue 25, class 5).
  if (plan.alreadyImported) return plan.alreadyImported.documentKey;
  if (own?.resolution.status === "EXISTING" && own.resolution.key && (await documentContentHash(edit.tx, own.resolution.key)) !== undefined) return own.resolution.key;
  const proposedKey = own?.resolution.status === "NEW" ? own.resolution.key : undefined;
  const free = proposedKey !== undefined && (await documentContentHash(edit.tx, proposedKey)) === undefined;
  const fromPlan = own?.action === "CREATE" ? pick(own.values, documentSpec.fields) : {};
  const date = doc.date && partialDate.safeParse(doc.date).success ? doc.date : undefined;
  const issuer = doc.issuer && (await organizationExists(edit.tx, doc.issuer)) ? doc.issuer : undefined;
  const entry = {
    kind: documentKindOf[doc.kind],
    // The plan gives a title from the heading, reference or address (src/import/document-identity.ts), never the file's name.
    title: doc.title?.trim() || doc.reference?.trim() || `${documentKindOf[doc.kind].toLowerCase().replace(/_/g, " ")} imported ${new Date().toISOString().slice(0, 10)}`,
    ...(doc.reference?.trim() ? { reference: doc.reference.trim() } : {}),
    ...(date ? { date } : {}),
    ...(issuer ? { issuer } : {}),
    ...fromPlan,
    ...(free ? { id: proposedKey } : {}),
  };
  const created = await createNode(edit, documentSpec, entry, "document");
  return created.id as string;
}

function pick(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => values[field] !== undefined && values[field] !== null).map((field) => [field, values[field]]));
}

export type ReviewDecision = "ACCEPT" | "REJECT" | "EDIT";

/**
 * Records a reviewer's decision on one proposal. EDIT changes values (`patch`: a field set to
 * null is removed) and/or resolves the mention (`choose`: a candidate's key, or "new" to create
 * it); an ambiguous proposal can only be accepted that way.
 */
export async function reviewProposal(ctx: ImportScope, id: string, decision: ReviewDecision, patch: unknown, choose: string | undefined): Promise<ProposalRow> {
  requireRole(ctx.viewer, "EDITOR", "reviewing an import");
  const found = await findProposal(ctx.db, id);
  if (!found) throw new NotFoundError(`no proposal "${id}"`);
  await ctx.db.writeTransaction(async (tx) => {
    const status = await lockImport(tx, found.proposal.importId);
    if (status !== "PENDING") throw new ConflictError(`import ${found.proposal.importId} is ${status?.toLowerCase()}: its proposals can no longer be reviewed`, "id");
    const row = (await findProposal(tx, id))!.proposal;
    const current: EditedProposal = row.edited ?? { values: row.proposal.values, resolution: row.proposal.resolution, action: row.proposal.action };
    if (decision === "REJECT") {
      await decide(tx, row.importId, id, "REJECTED", row.edited, ctx.viewer.name);
      return;
    }
    if (!isApplicable(row.proposal.entityType)) {
      throw new BadUserInputError(`proposal ${row.localId}: ${row.proposal.entityType} proposals cannot be applied yet; reject it`, "decision");
    }
    if (decision === "ACCEPT") {
      if (patch !== undefined && patch !== null) throw new BadUserInputError("patch: only an EDIT takes a patch", "patch");
      if (choose !== undefined && choose !== null) throw new BadUserInputError("choose: only an EDIT chooses a candidate", "choose");
      if (current.resolution.status === "AMBIGUOUS") {
        const keys = (current.resolution.candidates ?? []).map((c) => c.key).join(", ");
        throw new BadUserInputError(`proposal ${row.localId} is ambiguous: choose one of its candidates (${keys}) with decision EDIT and choose`, "decision");
      }
      await decide(tx, row.importId, id, row.edited ? "EDITED" : "ACCEPTED", row.edited, ctx.viewer.name);
      return;
    }
    const edited = editProposal(row, current, patch, choose);
    await decide(tx, row.importId, id, "EDITED", edited, ctx.viewer.name);
  });
  return (await findProposal(ctx.db, id))!.proposal;
}

function editProposal(row: ProposalRow, current: EditedProposal, patch: unknown, choose: string | undefined): EditedProposal {
  if ((patch === undefined || patch === null) && (choose === undefined || choose === null)) {
    throw new BadUserInputError("patch: an EDIT needs a patch of values or a candidate to choose", "patch");
  }
  const next: EditedProposal = structuredClone(current);
  if (patch !== undefined && patch !== null) {
    if (typeof patch !== "object" || Array.isArray(patch)) throw new BadUserInputError("patch: must be an object of values, e.g. {\"name\": \"…\"}", "patch");
    for (const [field, value] of Object.entries(patch as Record<string, unknown>)) {
      if (value === null) delete next.values[field];
      else next.values[field] = value;
    }
  }
  if (choose !== undefined && choose !== null) {
    const candidates = row.proposal.resolution.candidates ?? [];
    if (choose.toLowerCase() === "new") {
      if (row.proposal.action === "UPDATE") {
        throw new BadUserInputError(`choose: proposal ${row.localId} changes an entity of the graph; choose one of its candidates (${candidates.map((c) => c.key).join(", ") || "none"}), or reject it`, "choose");
      }
      next.resolution = { status: "NEW", ...(row.proposal.resolution.key ? { key: row.proposal.resolution.key } : {}) };
      next.action = "CREATE";
    } else {
      const candidate = candidates.find((c) => c.key === choose);
      if (!candidate) {
        throw new BadUserInputError(`choose: "${choose}" is not a candidate of proposal ${row.localId}; choose one of ${candidates.map((c) => c.key).join(", ") || "(none)"}, or "new"`, "choose");
      }
      next.resolution = { status: "EXISTING", key: candidate.key, reason: candidate.reason, candidates };
      if (next.action === "CREATE") next.action = "CONFIRM";
    }
  } else if (next.resolution.status === "AMBIGUOUS") {
    const keys = (next.resolution.candidates ?? []).map((c) => c.key).join(", ");
    throw new BadUserInputError(`choose: proposal ${row.localId} is ambiguous; choose one of its candidates (${keys}) or "new"`, "choose");
  }
  return next;
}

/** Applies every accepted (or edited) proposal of a pending import in one audited edit; all or nothing. */
export async function applyImport(ctx: ImportScope, id: string): Promise<{ import: ImportRow; changes: number }> {
  requireRole(ctx.viewer, "EDITOR", "applying an import");
  try {
    return await applyPendingImport(ctx, id);
  } catch (error) {
    countImport(importOutcome(error, "apply_rejected", "apply_failed"));
    throw error;
  }
}

async function applyPendingImport(ctx: ImportScope, id: string): Promise<{ import: ImportRow; changes: number }> {
  const before = await findImport(ctx.db, id);
  if (!before) throw new NotFoundError(`no import "${id}"`);
  const { changes } = await runEdit(ctx, { document: before.documentKey }, async (edit) => {
    const status = await lockImport(edit.tx, id);
    if (status !== "PENDING") throw new ConflictError(`import ${id} is ${status?.toLowerCase()} already`, "id");
    const rows = await proposalsOf(edit.tx, id);
    const keys = keySubstitutions(rows);
    const all = rows.map(reviewed).map((p) => ({ ...p, values: substitute(p.values, keys) as Record<string, unknown> }));
    const document = (await importedDocument(edit.tx, id))!;
    const confirmedOn = document.date && /^\d{4}-\d{2}-\d{2}$/.test(document.date) ? document.date : ctx.today;
    for (const proposal of applicationOrder(all)) await applyProposal({ edit, documentKey: before.documentKey, confirmedOn }, proposal);
    edit.source = { ref: before.documentKey, documentKey: before.documentKey };
    await finishImport(edit.tx, id, "APPLIED", ctx.viewer.name, edit.changes.length);
  });
  countImport("applied", changes.length);
  return { import: (await findImport(ctx.db, id))!, changes: changes.length };
}

/** Discards a pending import: nothing of it will be applied (the document and its text stay, so the file is still recognized). */
export async function discardImport(ctx: ImportScope, id: string): Promise<ImportRow> {
  requireRole(ctx.viewer, "EDITOR", "discarding an import");
  await ctx.db.writeTransaction(async (tx) => {
    const status = await lockImport(tx, id);
    if (!status) throw new NotFoundError(`no import "${id}"`);
    if (status !== "PENDING") throw new ConflictError(`import ${id} is ${status.toLowerCase()} already`, "id");
    await finishImport(tx, id, "DISCARDED", ctx.viewer.name, 0);
  });
  return (await findImport(ctx.db, id))!;
}
