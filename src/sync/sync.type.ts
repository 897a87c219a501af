import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

/** GraphQL's view of a catalogue sync (the admin mutation `syncCatalogue`): the plan and what became of it. */
export const SyncConnector = { RELATON: "RELATON", ISO_COMMITTEES: "ISO_COMMITTEES" } as const;
registerEnumType(SyncConnector, { name: "SyncConnector", description: "The catalogue format: RELATON (Relaton YAML records) or ISO_COMMITTEES (ISO Open Data's technical committees, JSON Lines)." });

export const SyncRunMode = { DRY_RUN: "DRY_RUN", REVIEW: "REVIEW", APPLY: "APPLY" } as const;
registerEnumType(SyncRunMode, {
  name: "SyncRunMode",
  description: "DRY_RUN shows the plan and writes nothing; REVIEW stores it as a pending import for the review page; APPLY applies it through the editing engine, audited as sync:<connector>.",
});

@ObjectType({ description: "One field an update changes: the graph's value and the catalogue's." })
export class SyncFieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after?: unknown;
}

@ObjectType({ description: "One change the catalogues propose: a create, an update (with before and after) or a confirmation, citing its record." })
export class SyncChange {
  @Field(() => String, { description: "CREATE, UPDATE, CONFIRM or LINK." })
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String, { nullable: true, description: "The entity's readable id (existing, or proposed for a new one)." })
  key?: string;

  @Field(() => String, { description: "The catalogue's Document key (relaton-data-iso, iso-open-data-committees…)." })
  catalogue!: string;

  @Field(() => String, { description: "The catalogue record it comes from." })
  record!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => [SyncFieldChange])
  diff!: SyncFieldChange[];
}

@ObjectType({ description: "A record refused (or a part of a good record left out), with where it was read and why." })
export class SyncRefusal {
  @Field(() => String, { description: "The file or URL." })
  origin!: string;

  @Field(() => String, { nullable: true })
  record?: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: "An entity the catalogues would change but that was edited through the API: left alone." })
export class SyncKept {
  @Field(() => String)
  key!: string;

  @Field(() => [String])
  fields!: string[];

  @Field(() => String)
  record!: string;
}

@ObjectType({ description: "What one catalogue's records came to." })
export class SyncCatalogueCounts {
  @Field(() => String) catalogue!: string;
  @Field(() => String, { description: "The catalogue's title (ISO Open Data's carries its ODC-By credit)." }) title!: string;
  @Field(() => Int) records!: number;
  @Field(() => Int) outOfScope!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) matched!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) kept!: number;
  @Field(() => Int) editions!: number;
  @Field(() => Int) committees!: number;
  @Field(() => Int) liaisons!: number;
  @Field(() => Int) topics!: number;
  @Field(() => Int) leftOut!: number;
}

@ObjectType({ description: "A record that could not be applied, and why (the rest were applied)." })
export class SyncFailure {
  @Field(() => String) record!: string;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: "What APPLY wrote." })
export class SyncApplied {
  @Field(() => Int) proposals!: number;
  @Field(() => Int, { description: "Change records written (audited as sync:<connector>)." }) changes!: number;
  @Field(() => [SyncFailure]) failures!: SyncFailure[];
}

@ObjectType({ description: "A catalogue sync's plan and outcome." })
export class SyncResult {
  @Field(() => SyncRunMode) mode!: keyof typeof SyncRunMode;
  @Field(() => [SyncCatalogueCounts]) counts!: SyncCatalogueCounts[];
  @Field(() => [SyncChange]) changes!: SyncChange[];
  @Field(() => [SyncRefusal]) refusals!: SyncRefusal[];
  @Field(() => [SyncRefusal], { description: "Parts of good records left out (e.g. a liaison partner the dataset does not name)." }) leftOut!: SyncRefusal[];
  @Field(() => [SyncKept]) kept!: SyncKept[];
  @Field(() => ID, { nullable: true, description: "REVIEW: the pending import holding the proposals, shown on /review (null when there is nothing to review)." }) importId?: string;
  @Field(() => SyncApplied, { nullable: true, description: "APPLY: what was written." }) applied?: SyncApplied;
  @Field(() => Float) seconds!: number;
}
