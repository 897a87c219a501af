import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DocumentKind } from "../document/document.type.js";
import { importStatuses, proposalDecisions } from "./import.repository.js";
import { documentFormats, importedDocumentKinds, proposalActions, proposalEntityTypes } from "./proposal.js";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ImportStatus = enumOf(importStatuses);
registerEnumType(ImportStatus, { name: "ImportStatus", description: "PENDING (under review), APPLIED (its accepted proposals are in the graph), DISCARDED." });

export const ProposalDecision = enumOf(proposalDecisions);
registerEnumType(ProposalDecision, { name: "ProposalDecision", description: "The reviewer's decision: PENDING, ACCEPTED, REJECTED, or EDITED (accepted with changed values or a chosen candidate)." });

export const ReviewDecision = enumOf(["ACCEPT", "REJECT", "EDIT"] as const);
registerEnumType(ReviewDecision, { name: "ReviewDecision", description: "ACCEPT as proposed, REJECT, or EDIT (accept with `patch` values and/or the `choose`n candidate)." });

export const ProposalAction = enumOf(proposalActions);
registerEnumType(ProposalAction, {
  name: "ProposalAction",
  description: "CREATE a new entity, UPDATE an existing one (both values in `diff`), CONFIRM a fact already in the graph (adds the document to its sources, moves lastConfirmed), LINK two entities.",
});

export const ProposalEntityType = enumOf(proposalEntityTypes);
registerEnumType(ProposalEntityType, { name: "ProposalEntityType", description: "What a proposal is about." });

export const ResolutionStatus = enumOf(["EXISTING", "NEW", "AMBIGUOUS"] as const);
registerEnumType(ResolutionStatus, { name: "ResolutionStatus", description: "A mention resolved to an EXISTING entity, a NEW one, or AMBIGUOUS (the reviewer chooses among `candidates`)." });

export const DocumentFormat = enumOf(documentFormats);
registerEnumType(DocumentFormat, { name: "DocumentFormat", description: "The imported file's format." });

export const ImportedDocumentKind = enumOf(importedDocumentKinds);
registerEnumType(ImportedDocumentKind, { name: "ImportedDocumentKind", description: "What the importer recognized the document as." });

@ObjectType({ description: "An entity a mention may be." })
export class Candidate {
  @Field(() => String, { description: "Readable id." })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: "Why it matches: KEY, NAME, ACRONYM, ALIAS, EMAIL, CODE, REFERENCE, HASH." })
  reason!: string;

  @Field(() => [String], { description: "What it belongs to: a person's affiliations, a body's parent, a role's or meeting's body." })
  organizations!: string[];

  @Field(() => [String], { description: "Its roles (a person's, or a body's current office holders), dated." })
  roles!: string[];

  @Field(() => [String], { description: "Where the graph has it from (document#locator). Never a person's e-mail or phone." })
  sources!: string[];
}

@ObjectType({ description: "What a proposal's mention was resolved to." })
export class Resolution {
  @Field(() => ResolutionStatus)
  status!: keyof typeof ResolutionStatus;

  @Field(() => String, { nullable: true, description: "The existing entity's readable id, or the id proposed for a new one." })
  key?: string;

  @Field(() => String, { nullable: true })
  reason?: string;

  @Field(() => [Candidate])
  candidates!: Candidate[];
}

@ObjectType({ description: "The text a proposal comes from." })
export class Evidence {
  @Field(() => String, { description: "The exact quote." })
  quote!: string;

  @Field(() => String, { description: 'Where it is in the document: "p12" (paragraph), "l40" (line), "t2.r3.c1" (table cell)…' })
  locator!: string;
}

@ObjectType({ description: "One field a proposal would change: the graph's value and the document's." })
export class ProposalFieldDiff {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  current!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  proposed!: unknown;
}

@ObjectType({ description: "One proposed change of an import, with its evidence and the reviewer's decision." })
export class Proposal {
  @Field(() => ID, { description: 'Unique id: the import\'s id and the proposal\'s own ("…/p3").' })
  id!: string;

  @Field(() => String, { description: 'Id within the import ("p3"), as `dependsOn` names it.' })
  localId!: string;

  @Field(() => ProposalEntityType)
  entityType!: string;

  @Field(() => ProposalAction, { description: "What applying it does (after the reviewer's edit, if any)." })
  action!: string;

  @Field(() => Resolution)
  resolution!: Resolution;

  @Field(() => GraphQLJSON, { description: "The values to write, in the seed's entry shape (after the reviewer's edit, if any). May hold people's e-mail and phone." })
  values!: Record<string, unknown>;

  @Field(() => GraphQLJSON, { nullable: true, description: "The values as extracted, when the reviewer edited them." })
  extractedValues?: Record<string, unknown>;

  @Field(() => [ProposalFieldDiff], { description: "For an UPDATE: each differing field, the graph's value beside the document's." })
  diff!: ProposalFieldDiff[];

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => Float, { description: "0..1: how sure the importer is." })
  confidence!: number;

  @Field(() => [String], { description: "Proposals (local ids) that must be applied with and before this one." })
  dependsOn!: string[];

  @Field(() => String)
  summary!: string;

  @Field(() => ProposalDecision)
  decision!: string;

  @Field(() => String, { nullable: true, description: "Who decided." })
  decidedBy?: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  decidedAt?: string;
}

@ObjectType({ description: "A unit of an imported document's text, with its locator." })
export class TextBlock {
  @Field(() => String)
  locator!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: "An imported document: its Document node in the graph and the text it was read from." })
export class ImportedDocument {
  @Field(() => String, { description: "Readable id of the Document node (facts cite `key#locator`)." })
  key!: string;

  @Field(() => DocumentKind)
  kind!: string;

  @Field(() => ImportedDocumentKind)
  importKind!: string;

  @Field(() => DocumentFormat)
  format!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  reference?: string;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the issuing body." })
  issuer?: string;

  @Field(() => String, { nullable: true })
  signatory?: string;

  @Field(() => String, { nullable: true })
  fileName?: string;

  @Field(() => String, { description: "SHA-256 of the file's bytes (hex)." })
  contentHash!: string;

  @Field(() => String, { description: "The document's plain text as stored (markup and scripts removed). May hold people's e-mail and phone." })
  text!: string;

  @Field(() => [TextBlock], { description: "The text in blocks (paragraphs, lines, table cells), each with the locator evidence points at." })
  blocks!: TextBlock[];
}

@ObjectType({ description: "How many proposals of an import have each decision." })
export class ProposalCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  pending!: number;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  edited!: number;

  @Field(() => Int)
  rejected!: number;
}

@ObjectType({ description: "An imported document's changeset: its proposals, their review, and when it was applied." })
export class Import {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportStatus)
  status!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => String, { description: "Who imported the document." })
  createdBy!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  appliedAt?: string;

  @Field(() => String, { nullable: true, description: "The reviewer who applied it (the actor of its changes)." })
  appliedBy?: string;

  @Field(() => Int, { nullable: true, description: "How many change records applying it wrote." })
  appliedChanges?: number;

  @Field(() => GraphQLDateTime, { nullable: true })
  discardedAt?: string;

  @Field(() => String, { nullable: true })
  discardedBy?: string;

  @Field(() => ProposalCounts)
  counts!: ProposalCounts;

  /** For the field resolvers. */
  documentKey!: string;
}

@ObjectType({ description: "The result of importing a document." })
export class ImportResult {
  @Field(() => Import)
  import!: Import;

  @Field(() => Boolean, { description: "True when this file (the same content hash) was imported before: that import is returned and nothing new is stored." })
  alreadyImported!: boolean;
}
