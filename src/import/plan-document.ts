import { extractText } from "./formats/extract.js";
import { classifyGenre } from "./genres/classify.js";
import type { GraphSnapshot } from "./graph-index.repository.js";
import type { ImportLimits } from "./limits.js";
import type { ImportedDocument, ImportPlan } from "./proposal.js";
import { findDates } from "./recognize/dates.js";
import { recognizeDocument } from "./recognize/document.js";
import { Extractor } from "./recognize/extractor.js";
import { findFields } from "./recognize/fields.js";
import { documentSector, OrganizationResolver } from "./recognize/organizations.js";
import { documentDraft, meaningfulTitle, ownUrls, textHash } from "./document-identity.js";
import { ProposalBuilder } from "./resolve.js";
import { rules } from "./rules/index.js";
import { runRules } from "./rules/run.js";
import { foldDuplicateCreations } from "./safety/duplicates.js";
import { applyPrecisionFloor } from "./safety/floor.js";
import type { FloorEntry } from "./safety/precision-floor.js";
import { guardProposals } from "./safety/guard.js";
import { withholdInPublicText } from "./safety/personal-text.js";

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
  /** The precision floor to apply (safety/precision-floor.ts): the one in force unless given. */
  floor?: readonly FloorEntry[];
}

/**
 * The pure half of planning an import (no database, no request): the file's text (DOCX, PDF,
 * HTML, text) as located blocks, the recognized facts, each resolved against the graph snapshot.
 * A file whose hash a stored Document already carries proposes nothing. It runs off the request
 * thread (src/import/plan.task.ts); bad files raise ImportRejectedError.
 */
export async function planDocument({ file, contentHash, previous, graph, limits, floor }: DocumentToPlan): Promise<ImportPlan> {
  const extracted = await extractText(file, limits);

  const fields = findFields(extracted.blocks);
  const facts = recognizeDocument(extracted.blocks, fields, extracted.htmlTitle, extracted.format);
  const urls = ownUrls(file.bytes, extracted.format, extracted.blocks);
  const title = meaningfulTitle(facts.title, file.fileName, extracted.blocks, [...urls.declared, ...urls.head]);
  const document: ImportedDocument = {
    format: extracted.format, kind: facts.kind, contentHash, textHash: textHash(extracted.text), text: extracted.text, blocks: extracted.blocks,
    ...(facts.reference ? { reference: facts.reference } : {}), ...(title ? { title } : {}), ...(facts.date ? { date: facts.date } : {}),
    ...(facts.signatory ? { signatory: facts.signatory.name } : {}), ...(file.fileName ? { fileName: file.fileName } : {}),
    ...(urls.declared[0] ? { url: urls.declared[0] } : {}),
  };

  const orgs = new OrganizationResolver(graph.organizations);
  orgs.defaultSector = documentSector(extracted.text);
  const issuerMention = facts.issuerText ? orgs.scan(facts.issuerText, { locator: facts.titleLocator ?? "header", quote: facts.issuerText })[0] : undefined;
  const issuer = issuerMention?.key;
  if (issuer) document.issuer = issuer;
  if (previous) return { document, alreadyImported: { documentKey: previous }, proposals: [] };
  // The same text saved another way (other line ends, spacing): the document imported before.
  const sameText = graph.documents.find((d) => d.textHash === document.textHash);
  if (sameText) return { document, alreadyImported: { documentKey: sameText.id }, proposals: [] };

  // Roles and affiliations hold from the document's date; an undated document dates them by the
  // year of the first date it gives (the year of the meeting a circular announces).
  const firstDate = extracted.blocks.map((b) => findDates(b.text).find((d) => d.start.length === 10)?.start.slice(0, 4)).find(Boolean);
  const factDate = facts.date ?? firstDate;

  // Stages: read (extractText) → layout (formats/layout.ts) → classify → mentions and the
  // recognizers not yet moved into rules (Extractor) → rules (src/import/rules/) → resolve and
  // propose (ProposalBuilder).
  const genre = classifyGenre({ text: extracted.text, head: extracted.blocks.slice(0, 12).map((b) => b.text).join("\n"), kind: facts.kind });
  document.genre = genre;
  const extractor = new Extractor(extracted.blocks, fields, orgs, graph.topics, factDate, issuer);
  extractor.kind = facts.kind;
  const found = extractor.run();
  runRules(rules, extractor.ruleContext(genre));

  const docDraft = documentDraft(graph, document, facts.kind, extracted.text, facts.titleLocator ?? facts.referenceLocator ?? extracted.blocks[0]!.locator, urls);
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
  builder.emailContacts(extracted.blocks, found);
  const ownKey = docDraft.existing?.key ?? docDraft.id;
  document.key = ownKey;
  const cited = builder.proposals.filter((p) => p.entityType === "Document" && p.resolution.key && p.resolution.key !== ownKey).map((p) => p.resolution.key!);
  builder.cites(ownKey, [...new Set(cited)], docDraft.where);
  builder.resolveDependencies();
  // Safety last (src/import/safety/): one name makes one person, and nothing the graph holds is
  // overwritten unless a sentence says it changed; no person's address in public text; the kinds
  // this genre gets wrong most are asked, not proposed (the precision floor).
  const mailboxes = new Set(graph.organizations.map((o) => o.mailbox?.toLowerCase()).filter((m): m is string => !!m));
  const guarded = withholdInPublicText(guardProposals(foldDuplicateCreations(builder.proposals), graph), mailboxes);
  return { document, proposals: applyPrecisionFloor(guarded, genre, graph, ownKey, floor) };
}
