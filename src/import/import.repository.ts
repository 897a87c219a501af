import neo4j from "neo4j-driver";
import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries, Tx } from "../db/database.js";
import { PAGE_TAIL, windowParams, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";
import { proposalEntityTypes, type ImportedDocument, type MatchReason, type Proposal } from "./proposal.js";

/**
 * Storage of imports, as plain typed rows (every statement's RETURN parsed with zod):
 *
 *   (:Import {id, status, createdAt, createdBy, appliedAt, appliedBy, discardedAt, discardedBy, appliedChanges})
 *     -[:OF_DOCUMENT]->(:Document {…, contentHash, text, blocks, format, importKind, fileName, signatory, importedAt})
 *     -[:PROPOSES]->(:Proposal {id, localId, seq, entityType, action, summary, proposal, decision, edited, decidedBy, decidedAt})
 *
 * The document's stored text is a property of its Document node (the source facts cite); the
 * proposal as extracted is kept whole (`proposal`, JSON) and the reviewer's edit beside it
 * (`edited`, JSON of { values, resolution, action }), so both stay visible.
 */
export const importStatuses = ["PENDING", "APPLIED", "DISCARDED"] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const proposalDecisions = ["PENDING", "ACCEPTED", "REJECTED", "EDITED"] as const;
export type ProposalDecision = (typeof proposalDecisions)[number];

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    try {
      return schema.parse(JSON.parse(text)) as z.output<T>;
    } catch {
      ctx.addIssue({ code: "custom", message: "is not the JSON expected" });
      return z.NEVER;
    }
  });

const matchReason = z.enum(["KEY", "NAME", "ACRONYM", "ALIAS", "EMAIL", "CODE", "REFERENCE", "HASH"] satisfies MatchReason[]);

const proposalShape = z.object({
  id: z.string(),
  entityType: z.enum(proposalEntityTypes),
  action: z.enum(["CREATE", "UPDATE", "CONFIRM", "LINK"]),
  resolution: z.object({
    status: z.enum(["EXISTING", "NEW", "AMBIGUOUS"]),
    key: z.string().optional(),
    reason: matchReason.optional(),
    candidates: z.array(z.object({
      key: z.string(), label: z.string(), reason: matchReason,
      organizations: z.array(z.string()).optional(), roles: z.array(z.string()).optional(), sources: z.array(z.string()).optional(),
    })).optional(),
  }),
  values: z.record(z.string(), z.unknown()),
  diff: z.array(z.object({ field: z.string(), current: z.unknown(), proposed: z.unknown() })).optional(),
  evidence: z.object({ quote: z.string(), locator: z.string() }),
  confidence: z.number(),
  dependsOn: z.array(z.string()).optional(),
  summary: z.string(),
});

export const editedShape = z.object({
  values: z.record(z.string(), z.unknown()),
  resolution: proposalShape.shape.resolution,
  action: proposalShape.shape.action,
});
export type EditedProposal = z.output<typeof editedShape>;

const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const importRow = z.object({
  id: z.string(),
  status: z.enum(importStatuses),
  createdAt: z.string(),
  createdBy: z.string(),
  appliedAt: nullish(z.string()),
  appliedBy: nullish(z.string()),
  discardedAt: nullish(z.string()),
  discardedBy: nullish(z.string()),
  appliedChanges: nullish(z.number()),
  documentKey: z.string(),
  contentHash: z.string(),
  proposalCount: z.number(),
  counts: z.object({ pending: z.number(), accepted: z.number(), rejected: z.number(), edited: z.number() }),
});
export type ImportRow = z.output<typeof importRow>;

export const proposalRow = z.object({
  id: z.string(),
  importId: z.string(),
  localId: z.string(),
  seq: z.number(),
  proposal: jsonText(proposalShape),
  decision: z.enum(proposalDecisions),
  edited: nullish(jsonText(editedShape)),
  decidedBy: nullish(z.string()),
  decidedAt: nullish(z.string()),
});
export type ProposalRow = z.output<typeof proposalRow>;

export const documentRow = z.object({
  key: z.string(),
  kind: z.string(),
  title: z.string(),
  reference: nullish(z.string()),
  date: nullish(z.string()),
  format: z.string(),
  importKind: z.string(),
  contentHash: z.string(),
  text: z.string(),
  blocks: jsonText(z.array(z.object({ locator: z.string(), text: z.string() }))),
  fileName: nullish(z.string()),
  signatory: nullish(z.string()),
  issuer: nullish(z.string()),
});
export type ImportedDocumentRow = z.output<typeof documentRow>;

const IMPORT_FIELDS = /* cypher */ `
i {.id, .status, .createdBy, .appliedBy, .discardedBy, .appliedChanges, .proposalCount,
   createdAt: toString(i.createdAt), appliedAt: toString(i.appliedAt), discardedAt: toString(i.discardedAt),
   documentKey: d.id, contentHash: d.contentHash} AS i,
[(i)-[:PROPOSES]->(p:Proposal) | p.decision] AS decisions`;

const IMPORT_BY_ID = /* cypher */ `
MATCH (i:Import {id: $id})-[:OF_DOCUMENT]->(d:Document)
RETURN ${IMPORT_FIELDS}`;

const IMPORT_BY_HASH = /* cypher */ `
MATCH (i:Import)-[:OF_DOCUMENT]->(d:Document {contentHash: $contentHash})
RETURN ${IMPORT_FIELDS}
ORDER BY i.createdAt
LIMIT 1`;

/** The first import of a Document (found again by its text's hash, its address or its reference). */
const IMPORT_BY_DOCUMENT = /* cypher */ `
MATCH (i:Import)-[:OF_DOCUMENT]->(d:Document {id: $key})
RETURN ${IMPORT_FIELDS}
ORDER BY i.createdAt
LIMIT 1`;

const IMPORTS_BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (i:Import {id: id})-[:OF_DOCUMENT]->(d:Document)
RETURN ${IMPORT_FIELDS}`;

const DOCUMENTS_OF_IMPORTS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Import {id: id})-[:OF_DOCUMENT]->(d:Document)
RETURN id, d {key: d.id, .kind, .title, .reference, .date, .format, .importKind, .contentHash, .text, .blocks, .fileName, .signatory,
              issuer: [(d)-[:ISSUED_BY]->(o:Organization) | o.id][0]} AS value`;

const PROPOSALS_OF_IMPORTS = /* cypher */ `
UNWIND $ids AS id
MATCH (i:Import {id: id})-[:PROPOSES]->(p:Proposal)
WITH id, i, p ORDER BY p.seq
RETURN id, collect(p {.id, .localId, .seq, .proposal, .decision, .edited, .decidedBy, decidedAt: toString(p.decidedAt), importId: i.id}) AS value`;

const IMPORT_LIST = /* cypher */ `
MATCH (i:Import)
WHERE $status IS NULL OR i.status = $status
WITH i AS n ORDER BY i.createdAt DESC, i.id
${PAGE_TAIL}`;

const DOCUMENT_OF_IMPORT = /* cypher */ `
MATCH (:Import {id: $id})-[:OF_DOCUMENT]->(d:Document)
RETURN d {key: d.id, .kind, .title, .reference, .date, .format, .importKind, .contentHash, .text, .blocks, .fileName, .signatory,
          issuer: [(d)-[:ISSUED_BY]->(o:Organization) | o.id][0]} AS document`;

const PROPOSALS_OF_IMPORT = /* cypher */ `
MATCH (i:Import {id: $id})-[:PROPOSES]->(p:Proposal)
RETURN p {.id, .localId, .seq, .proposal, .decision, .edited, .decidedBy, decidedAt: toString(p.decidedAt), importId: i.id} AS p
ORDER BY p.seq`;

const PROPOSAL_BY_ID = /* cypher */ `
MATCH (i:Import)-[:PROPOSES]->(p:Proposal {id: $id})
RETURN p {.id, .localId, .seq, .proposal, .decision, .edited, .decidedBy, decidedAt: toString(p.decidedAt), importId: i.id} AS p,
       i.status AS status`;

/** Imported text and metadata go onto the Document node made (or found) for the import. */
const ATTACH_CONTENT = /* cypher */ `
MATCH (d:Document {id: $documentKey})
SET d.contentHash = $contentHash, d.textHash = $textHash, d.url = coalesce(d.url, $url), d.text = $text, d.blocks = $blocks, d.format = $format, d.importKind = $importKind,
    d.fileName = $fileName, d.signatory = $signatory`;

const CREATE_IMPORT = /* cypher */ `
MATCH (d:Document {id: $documentKey})
CREATE (i:Import {id: $id, status: 'PENDING', createdAt: datetime(), createdBy: $actor, proposalCount: size($proposals)})
CREATE (i)-[:OF_DOCUMENT]->(d)
WITH i
UNWIND $proposals AS proposal
CREATE (i)-[:PROPOSES]->(:Proposal {
  id: proposal.id, localId: proposal.localId, seq: proposal.seq, entityType: proposal.entityType, action: proposal.action,
  summary: proposal.summary, proposal: proposal.json, decision: 'PENDING'
})
RETURN count(*) AS stored`;

/** Taken first by every write of an import (review, apply, discard): they queue behind each other. */
const LOCK_IMPORT = /* cypher */ `
MATCH (i:Import {id: $id})
SET i.touchedAt = datetime()
RETURN i.status AS status`;

const DECIDE = /* cypher */ `
MATCH (:Import {id: $importId})-[:PROPOSES]->(p:Proposal {id: $id})
SET p.decision = $decision, p.edited = $edited, p.decidedBy = $actor, p.decidedAt = datetime()`;

const FINISH = /* cypher */ `
MATCH (i:Import {id: $id})
SET i.status = $status,
    i.appliedAt = CASE WHEN $status = 'APPLIED' THEN datetime() ELSE i.appliedAt END,
    i.appliedBy = CASE WHEN $status = 'APPLIED' THEN $actor ELSE i.appliedBy END,
    i.appliedChanges = CASE WHEN $status = 'APPLIED' THEN $changes ELSE i.appliedChanges END,
    i.discardedAt = CASE WHEN $status = 'DISCARDED' THEN datetime() ELSE i.discardedAt END,
    i.discardedBy = CASE WHEN $status = 'DISCARDED' THEN $actor ELSE i.discardedBy END`;

const DOCUMENT_BY_KEY = /* cypher */ `
MATCH (d:Document {id: $key})
RETURN d.contentHash AS contentHash`;

/** A row of IMPORT_FIELDS: the import with its document, and its proposals' decisions (counted here). */
const ImportFieldsRow = z.object({ i: importRow.omit({ counts: true }), decisions: z.array(z.enum(proposalDecisions)) });

function toImportRow({ i, decisions }: z.output<typeof ImportFieldsRow>): ImportRow {
  const count = (decision: ProposalDecision) => decisions.filter((d) => d === decision).length;
  return { ...i, counts: { pending: count("PENDING"), accepted: count("ACCEPTED"), rejected: count("REJECTED"), edited: count("EDITED") } };
}

export async function findImport(db: Queries | Tx, id: string): Promise<ImportRow | undefined> {
  const rows = "read" in db ? await db.read(IMPORT_BY_ID, { id }) : await db.run(IMPORT_BY_ID, { id });
  return parseRows(ImportFieldsRow, rows).map(toImportRow)[0];
}

export async function findImportByHash(db: Queries | Tx, contentHash: string): Promise<ImportRow | undefined> {
  const rows = "read" in db ? await db.read(IMPORT_BY_HASH, { contentHash }) : await db.run(IMPORT_BY_HASH, { contentHash });
  return parseRows(ImportFieldsRow, rows).map(toImportRow)[0];
}

export async function findImportOfDocument(db: Queries | Tx, key: string): Promise<ImportRow | undefined> {
  const rows = "read" in db ? await db.read(IMPORT_BY_DOCUMENT, { key }) : await db.run(IMPORT_BY_DOCUMENT, { key });
  return parseRows(ImportFieldsRow, rows).map(toImportRow)[0];
}

const ImportPageRow = z.object({ total: z.number(), start: z.number(), items: z.array(z.object({ id: z.string() })) });

/** A page of imports, newest first. */
export async function listImports(db: Queries, status: ImportStatus | undefined, window: Window): Promise<{ total: number; start: number; items: ImportRow[] }> {
  const [page] = parseRows(ImportPageRow, await db.read(IMPORT_LIST, { status: status ?? null, ...windowParams(window) }));
  const ids = page!.items.map((item) => item.id);
  const rows = ids.length > 0 ? parseRows(ImportFieldsRow, await db.read(IMPORTS_BY_ID, { ids })).map(toImportRow) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { total: page!.total, start: page!.start, items: ids.map((id) => byId.get(id)!).filter(Boolean) };
}

/** The batch statements of imports: the document and the proposals of every import of a page in one statement each (src/loaders.ts). */
export const importStatements = {
  document: batchStatement(DOCUMENTS_OF_IMPORTS, documentRow.nullable(), null),
  proposals: batchStatement(PROPOSALS_OF_IMPORTS, z.array(proposalRow), []),
};

export async function importedDocument(db: Queries | Tx, importId: string): Promise<ImportedDocumentRow | undefined> {
  const rows = "read" in db ? await db.read(DOCUMENT_OF_IMPORT, { id: importId }) : await db.run(DOCUMENT_OF_IMPORT, { id: importId });
  return parseRows(z.object({ document: documentRow }), rows)[0]?.document;
}

export async function proposalsOf(db: Queries | Tx, importId: string): Promise<ProposalRow[]> {
  const rows = "read" in db ? await db.read(PROPOSALS_OF_IMPORT, { id: importId }) : await db.run(PROPOSALS_OF_IMPORT, { id: importId });
  return parseRows(z.object({ p: proposalRow }), rows).map((row) => row.p);
}

export async function findProposal(db: Queries | Tx, id: string): Promise<{ proposal: ProposalRow; status: ImportStatus } | undefined> {
  const rows = "read" in db ? await db.read(PROPOSAL_BY_ID, { id }) : await db.run(PROPOSAL_BY_ID, { id });
  const [row] = parseRows(z.object({ p: proposalRow, status: z.enum(importStatuses) }), rows);
  return row && { proposal: row.p, status: row.status };
}

/** The content hash a document already has (undefined: none, or no such document). */
export async function documentContentHash(tx: Tx, key: string): Promise<string | null | undefined> {
  const [row] = parseRows(z.object({ contentHash: z.string().nullable() }), await tx.run(DOCUMENT_BY_KEY, { key }));
  return row?.contentHash;
}

export async function attachContent(tx: Tx, documentKey: string, document: ImportedDocument): Promise<void> {
  await tx.run(ATTACH_CONTENT, {
    documentKey,
    contentHash: document.contentHash,
    textHash: document.textHash ?? null,
    url: document.url ?? null,
    text: document.text,
    blocks: JSON.stringify(document.blocks),
    format: document.format,
    importKind: document.kind,
    fileName: document.fileName ?? null,
    signatory: document.signatory ?? null,
  });
}

export async function createImport(tx: Tx, id: string, documentKey: string, actor: string, proposals: Proposal[]): Promise<void> {
  await tx.run(CREATE_IMPORT, {
    id,
    documentKey,
    actor,
    proposals: proposals.map((proposal, seq) => ({
      id: proposalKey(id, proposal.id),
      localId: proposal.id,
      seq: neo4j.int(seq),
      entityType: proposal.entityType,
      action: proposal.action,
      summary: proposal.summary,
      json: JSON.stringify(proposal),
    })),
  });
}

/** The global key of a proposal: the import's id and the proposal's own ("…/p3"). */
export function proposalKey(importId: string, localId: string): string {
  return `${importId}/${localId}`;
}

export async function lockImport(tx: Tx, id: string): Promise<ImportStatus | undefined> {
  const [row] = parseRows(z.object({ status: z.enum(importStatuses) }), await tx.run(LOCK_IMPORT, { id }));
  return row?.status;
}

export async function decide(tx: Tx, importId: string, id: string, decision: ProposalDecision, edited: EditedProposal | undefined, actor: string): Promise<void> {
  await tx.run(DECIDE, { importId, id, decision, edited: edited ? JSON.stringify(edited) : null, actor });
}

export async function finishImport(tx: Tx, id: string, status: Exclude<ImportStatus, "PENDING">, actor: string, changes: number): Promise<void> {
  await tx.run(FINISH, { id, status, actor, changes: neo4j.int(changes) });
}
