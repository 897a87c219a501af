/**
 * The contract between the document importer's two halves:
 * - extraction (formats → text blocks → recognizers → resolution against the graph) produces an
 *   `ImportPlan`: the document's metadata and a list of `Proposal`s;
 * - review (storage as a changeset, GraphQL, the review page) shows them, lets an editor accept,
 *   reject or edit each, and applies the accepted ones in one audited edit.
 *
 * Values are in the seed's entry shape (`src/seed/seed.schema.ts`, the editing engine's input),
 * so applying a proposal is the same write an editor's mutation or the seed makes. Entities are
 * referred to by readable id (`key`): an existing one's id, or the id proposed for a new one
 * (then the proposal that creates it is named in `dependsOn`).
 */

/** The kinds of entity a proposal can be about: the editing engine's kinds plus roles and aliases. */
export const proposalEntityTypes = [
  "Document", "Organization", "Person", "Role", "Topic", "Deliverable", "Event", "Deadline", "Liaison", "Statistic",
] as const;
export type ProposalEntityType = (typeof proposalEntityTypes)[number];

export const proposalActions = [
  /** A new entity: `values` is a whole seed entry (without `sources`; applying adds the document#locator). */
  "CREATE",
  /** An existing entity whose values the document contradicts or extends: `values` is a patch, `diff` shows both sides. */
  "UPDATE",
  /** A fact already in the graph: applying adds the document to its sources and moves `lastConfirmed`. */
  "CONFIRM",
  /** A relationship between existing (or proposed) entities: `values` is `{ type, from, to, ...props }` as `link` takes. */
  "LINK",
] as const;
export type ProposalAction = (typeof proposalActions)[number];

export type ResolutionStatus = "EXISTING" | "NEW" | "AMBIGUOUS";

/** Why a mention was matched to an existing entity. */
export type MatchReason = "KEY" | "NAME" | "ACRONYM" | "ALIAS" | "EMAIL" | "CODE" | "REFERENCE" | "HASH";

export interface Candidate {
  key: string;
  label: string;
  reason: MatchReason;
  /** What a reviewer needs to choose (src/import/safety/candidates.ts): the bodies it belongs to… */
  organizations?: string[];
  /** …its roles… */
  roles?: string[];
  /** …and where the graph has it from (document#locator). Never a person's e-mail or phone. */
  sources?: string[];
}

export interface Resolution {
  status: ResolutionStatus;
  /** The existing entity's readable id (EXISTING), or the id proposed for a new one (NEW). */
  key?: string;
  reason?: MatchReason;
  /** For AMBIGUOUS: every entity the mention could be, for the reviewer to choose. */
  candidates?: Candidate[];
}

export interface Evidence {
  /** The exact text of the document the proposal comes from. */
  quote: string;
  /** Where it is: "p12" (paragraph), "l40" (line), "t2.r3.c1" (table cell), "annex-a-2.4"... */
  locator: string;
}

export interface FieldDiff {
  field: string;
  current: unknown;
  proposed: unknown;
}

export interface Proposal {
  /** Stable within one import: "p1", "p2"... */
  id: string;
  entityType: ProposalEntityType;
  action: ProposalAction;
  resolution: Resolution;
  /** Seed-entry values (CREATE), a patch (UPDATE), the confirmed fact's identifying values (CONFIRM), or the link (LINK). */
  values: Record<string, unknown>;
  diff?: FieldDiff[];
  evidence: Evidence;
  /** 0..1: how sure the recognizer is. */
  confidence: number;
  /** Proposals that must be applied first (the new organization a role needs, ...). */
  dependsOn?: string[];
  /** A human-readable one-line summary for the review page and logs. */
  summary: string;
  /**
   * Set when the precision floor (src/import/safety/precision-floor.ts) turned the proposal into
   * a question: the floor's reason, and the resolution the proposal had before, so the evaluation
   * can score what was held back.
   */
  heldBack?: { reason: string; resolution: Resolution };
}

export const documentFormats = ["DOCX", "PDF", "HTML", "TEXT"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const importedDocumentKinds = [
  "TSB_CIRCULAR", "LIAISON_STATEMENT", "DATATRACKER_LS", "WORK_PROGRAMME_ITEM", "EVENT_PAGE", "OTHER",
] as const;
export type ImportedDocumentKind = (typeof importedDocumentKinds)[number];

/** A unit of the document's text with its locator: a paragraph, a line, a table cell. */
export interface TextBlock {
  locator: string;
  text: string;
}

export interface ImportedDocument {
  format: DocumentFormat;
  kind: ImportedDocumentKind;
  /** SHA-256 of the file's bytes, hex. */
  contentHash: string;
  /** SHA-256 of its text with spacing normalized (src/import/document-identity.ts): the same document saved another way. */
  textHash?: string;
  /** The address the document gives for itself (an HTML page's canonical URL). */
  url?: string;
  /** The document's plain text (scripts, styles and markup removed), as stored. */
  text: string;
  blocks: TextBlock[];
  reference?: string;
  title?: string;
  /** ISO date, possibly partial ("2025-07", "2025"). */
  date?: string;
  /** The genre the classifier gave (src/import/genres/): "circular", "liaison", …, "other". */
  genre?: string;
  /** The readable id of this document's node: the existing one the plan found, or the one it proposes. */
  key?: string;
  /** Readable id of the issuing body, when resolved. */
  issuer?: string;
  signatory?: string;
  fileName?: string;
}

export interface ImportPlan {
  document: ImportedDocument;
  /** The existing Document node when this exact file (same hash) was imported before. */
  alreadyImported?: { documentKey: string };
  proposals: Proposal[];
}
