import { slug } from "../editing/specs.js";
import { extractText } from "./formats/extract.js";
import { classifyGenre } from "./genres/classify.js";
import type { GraphSnapshot } from "./graph-index.repository.js";
import type { ImportLimits } from "./limits.js";
import type { ImportedDocument, ImportPlan, MatchReason } from "./proposal.js";
import { findDates } from "./recognize/dates.js";
import { recognizeDocument, seedDocumentKind } from "./recognize/document.js";
import { Extractor } from "./recognize/extractor.js";
import { findFields } from "./recognize/fields.js";
import { OrganizationResolver } from "./recognize/organizations.js";
import { ProposalBuilder, type DocumentDraft } from "./resolve.js";
import { rules } from "./rules/index.js";
import { runRules } from "./rules/run.js";
import { compactForm } from "./text-utils.js";

export interface ImportFile {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
}

/** What reading a document needs: the file, its hash, the graph to resolve against, the limits. */
export interface DocumentToPlan {
  file: ImportFile;
  contentHash: string;
  /** The key of the Document that already carries this hash, if one does. */
  previous?: string;
  graph: GraphSnapshot;
  limits: ImportLimits;
}

/**
 * The pure half of planning an import (no database, no request): the file's text (DOCX, PDF,
 * HTML, text) as located blocks, the recognized facts, each resolved against the graph snapshot.
 * A file whose hash a stored Document already carries proposes nothing. It runs off the request
 * thread (src/import/plan.task.ts); bad files raise ImportRejectedError.
 */
export async function planDocument({ file, contentHash, previous, graph, limits }: DocumentToPlan): Promise<ImportPlan> {
  const extracted = await extractText(file, limits);

  const fields = findFields(extracted.blocks);
  const facts = recognizeDocument(extracted.blocks, fields, extracted.htmlTitle, extracted.format);
  const document: ImportedDocument = {
    format: extracted.format, kind: facts.kind, contentHash, text: extracted.text, blocks: extracted.blocks,
    ...(facts.reference ? { reference: facts.reference } : {}), ...(facts.title ? { title: facts.title } : {}), ...(facts.date ? { date: facts.date } : {}),
    ...(facts.signatory ? { signatory: facts.signatory.name } : {}), ...(file.fileName ? { fileName: file.fileName } : {}),
  };

  const orgs = new OrganizationResolver(graph.organizations);
  const issuerMention = facts.issuerText ? orgs.scan(facts.issuerText, { locator: facts.titleLocator ?? "header", quote: facts.issuerText })[0] : undefined;
  const issuer = issuerMention?.key;
  if (issuer) document.issuer = issuer;
  if (previous) return { document, alreadyImported: { documentKey: previous }, proposals: [] };

  // Roles and affiliations hold from the document's date; an undated document dates them by the
  // year of the first date it gives (the year of the meeting a circular announces).
  const firstDate = extracted.blocks.map((b) => findDates(b.text).find((d) => d.start.length === 10)?.start.slice(0, 4)).find(Boolean);
  const factDate = facts.date ?? firstDate;

  // Stages: read (extractText) → layout (formats/layout.ts) → classify → mentions and the
  // recognizers not yet moved into rules (Extractor) → rules (src/import/rules/) → resolve and
  // propose (ProposalBuilder).
  const genre = classifyGenre({ text: extracted.text, head: extracted.blocks.slice(0, 12).map((b) => b.text).join("\n"), kind: facts.kind });
  const extractor = new Extractor(extracted.blocks, fields, orgs, graph.topics, factDate, issuer);
  extractor.kind = facts.kind;
  const found = extractor.run();
  runRules(rules, extractor.ruleContext(genre));

  const docDraft = documentDraft(graph, document, facts.kind, issuer, extracted.text, facts.titleLocator ?? facts.referenceLocator ?? extracted.blocks[0]!.locator);
  const builder = new ProposalBuilder(graph, orgs, docDraft.existing?.key ?? docDraft.id, factDate);
  builder.organizations(found);
  // The document after the organizations it names (its issuer may be new).
  builder.document({ ...docDraft, values: { ...docDraft.values, cites: [] } });
  builder.citedDocuments(found);
  builder.people(found);
  builder.roles(found);
  builder.events(found);
  builder.deadlines(found);
  builder.liaisons(found);
  builder.deliverables(found);
  builder.statistics(found);
  const ownKey = docDraft.existing?.key ?? docDraft.id;
  document.key = ownKey;
  const cited = builder.proposals.filter((p) => p.entityType === "Document" && p.resolution.key && p.resolution.key !== ownKey).map((p) => p.resolution.key!);
  builder.cites(ownKey, [...new Set(cited)], docDraft.where);
  builder.resolveDependencies();
  return { document, proposals: builder.proposals };
}

function documentDraft(
  graph: GraphSnapshot, document: ImportedDocument, kind: ImportedDocument["kind"], issuer: string | undefined, text: string, locator: string,
): DocumentDraft {
  const where = { locator, quote: document.title ?? document.reference ?? text.slice(0, 200) };
  const match = (): { key: string; reason: MatchReason } | undefined => {
    if (document.reference) {
      const hit = graph.documents.find((d) => d.reference && compactForm(d.reference) === compactForm(document.reference!));
      if (hit) return { key: hit.id, reason: "REFERENCE" };
    }
    if (document.title) {
      const hit = graph.documents.find((d) => d.title && compactForm(d.title) === compactForm(document.title!));
      if (hit) return { key: hit.id, reason: "NAME" };
    }
    const seedKind = seedDocumentKind(kind, text);
    if (document.date && issuer) {
      const hit = graph.documents.filter((d) => d.kind === seedKind && d.date === document.date && d.issuer === issuer);
      if (hit.length === 1) return { key: hit[0]!.id, reason: "KEY" };
    }
    return undefined;
  };
  const existing = match();
  const base = slug(document.reference ?? document.title ?? "document") || "document";
  let id = base;
  for (let n = 2; graph.documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  const values: Record<string, unknown> = {
    id, kind: seedDocumentKind(kind, text), ...(document.reference ? { reference: document.reference } : {}),
    title: document.title ?? document.reference ?? document.fileName ?? "Imported document", ...(document.date ? { date: document.date } : {}),
    ...(issuer ? { issuer } : {}), ...(document.fileName ? { file: document.fileName } : {}),
  };
  return { id, ...(existing ? { existing } : {}), values, where };
}
