import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { BadUserInputError } from "../errors.js";
import { Connection, toConnection, toWindow } from "../graphql/relay.js";
import { findImport, listImports, type ImportRow, type ImportedDocumentRow, type ProposalRow } from "./import.repository.js";
import { Import, ImportedDocument, ImportResult, ImportStatus, Proposal, ProposalCounts, ReviewDecision } from "./import.type.js";
import { applyImport, discardImport, importFile, reviewProposal, type StoredImport } from "./review.service.js";
import { countImport } from "../metrics/registry.js";

export const ImportConnection = Connection(Import, "Import");

export function toImport(row: ImportRow): Import {
  const { counts, ...rest } = row;
  return Object.assign(new Import(), rest, {
    counts: Object.assign(new ProposalCounts(), { ...counts, total: row.proposalCount }),
  });
}

export function toProposal(row: ProposalRow): Proposal {
  const p = row.proposal;
  const current = row.edited ?? { values: p.values, resolution: p.resolution, action: p.action };
  return Object.assign(new Proposal(), {
    id: row.id,
    localId: row.localId,
    entityType: p.entityType,
    action: current.action,
    resolution: {
      ...current.resolution,
      candidates: (current.resolution.candidates ?? p.resolution.candidates ?? []).map((c) => ({ organizations: [], roles: [], sources: [], ...c })),
    },
    values: current.values,
    extractedValues: row.edited ? p.values : undefined,
    diff: p.diff ?? [],
    evidence: p.evidence,
    confidence: p.confidence,
    dependsOn: p.dependsOn ?? [],
    summary: p.summary,
    decision: row.decision,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
  });
}

function toImportedDocument(row: ImportedDocumentRow): ImportedDocument {
  return Object.assign(new ImportedDocument(), row);
}

function toImportResult(stored: StoredImport): ImportResult {
  return Object.assign(new ImportResult(), { import: toImport(stored.import), alreadyImported: stored.alreadyImported });
}

/** Importing documents and reviewing their proposals (README "Importing documents"). */
@Resolver(() => Import)
export class ImportResolver {
  @Authorized("ANALYST")
  @Query(() => ImportConnection, { description: "Imported documents' changesets, newest first (analyst: they hold the documents' text, with people's contact data)." })
  async imports(
    @Arg("status", () => ImportStatus, { nullable: true }) status: keyof typeof ImportStatus | undefined,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
    @Arg("after", () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const page = await listImports(ctx.db, status, toWindow({ first, after }));
    return toConnection({ items: page.items.map(toImport), start: page.start, total: page.total });
  }

  @Authorized("ANALYST")
  @Query(() => Import, { nullable: true, description: "One import with its document and proposals; null when there is none." })
  async import(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const row = await findImport(ctx.db, id);
    return row ? toImport(row) : null;
  }

  @FieldResolver(() => ImportedDocument, { description: "The imported document: its Document node's key and metadata, and the text it was read from." })
  async document(@Root() imported: Import, @Ctx() ctx: Context) {
    const document = await ctx.loaders.imports.document.load(imported.id);
    if (!document) throw new Error(`import ${imported.id} has no document`);
    return toImportedDocument(document);
  }

  @FieldResolver(() => [Proposal], { description: "Every proposal, in the importer's order." })
  async proposals(@Root() imported: Import, @Ctx() ctx: Context) {
    return (await ctx.loaders.imports.proposals.load(imported.id)).map(toProposal);
  }

  @Authorized("EDITOR")
  @Mutation(() => ImportResult, {
    description:
      "Imports a document given as text (plain text, Markdown or HTML): reads its facts, resolves them against the graph and stores them as a pending import " +
      "to review. The same file imported again returns the earlier import (`alreadyImported`). Editor.",
  })
  async importDocument(
    @Arg("text", () => String) text: string,
    @Arg("fileName", () => String, { nullable: true, description: 'The name of the file it comes from; its extension (".html", ".md") helps tell the format.' }) fileName: string | undefined,
    @Ctx() ctx: Context,
  ) {
    if (!text.trim()) {
      countImport("rejected");
      throw new BadUserInputError("text: the document is empty", "text");
    }
    return toImportResult(await importFile(ctx, { bytes: Buffer.from(text, "utf8"), ...(fileName ? { fileName } : {}) }));
  }

  @Authorized("EDITOR")
  @Mutation(() => Proposal, {
    description:
      "Decides one proposal of a pending import: ACCEPT, REJECT, or EDIT with `patch` (values to change; null removes one) and/or `choose` " +
      '(a candidate\'s key for an ambiguous mention, or "new" to create it). An ambiguous proposal can only be accepted by EDIT with `choose`. Editor.',
  })
  async reviewProposal(
    @Arg("id", () => ID) id: string,
    @Arg("decision", () => ReviewDecision) decision: keyof typeof ReviewDecision,
    @Arg("patch", () => GraphQLJSON, { nullable: true }) patch: unknown,
    @Arg("choose", () => String, { nullable: true }) choose: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toProposal(await reviewProposal(ctx, id, decision, patch, choose));
  }

  @Authorized("EDITOR")
  @Mutation(() => Import, {
    description:
      "Applies every accepted or edited proposal of a pending import in one transaction through the editing engine: audited with you as the actor, each fact " +
      "citing the document and the locator of its evidence. Refused while proposals are pending; all or nothing (an error names the proposal). Editor.",
  })
  async applyImport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toImport((await applyImport(ctx, id)).import);
  }

  @Authorized("EDITOR")
  @Mutation(() => Import, { description: "Discards a pending import: none of its proposals will be applied. The document stays, so the file is still recognized. Editor." })
  async discardImport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toImport(await discardImport(ctx, id));
  }
}


