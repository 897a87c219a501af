import { GraphQLDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { LiaisonKind } from "../graphql/enums.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({
  implements: Node,
  description:
    "A link between two organizations: a standing liaison (collaboration, cooperation, liaison relationship, reporting line), which holds from `since` until `until`, " +
    "or a liaison statement (kind LIAISON_STATEMENT): a dated message from one body to another, with its date (`sent`), `purpose` and `deadline`, which never holds as a relationship (`standing: false`; `current: false` wherever listed).",
})
export class Liaison extends Node {
  @Field(() => LiaisonKind)
  kind!: keyof typeof LiaisonKind;

  @Field(() => String, { nullable: true, description: "Since when a standing liaison holds (inclusive), as precise as known; for a statement, the date it was sent (see `sent`)." })
  since?: string;

  @Field(() => GraphQLDate, { nullable: true })
  sinceDate?: string;

  @Field(() => String, { nullable: true, description: "Until when a standing liaison holds, inclusive (the last day it holds: \"until the end of June 2024\" includes 30 June), if it ended; never set on a statement." })
  until?: string;

  @Field(() => GraphQLDate, { nullable: true })
  untilDate?: string;

  @Field(() => String, { nullable: true, description: "What it is about, as the source says (e.g. the partner's listed title)." })
  subject?: string;

  @Field(() => String, { nullable: true, description: "A statement's purpose as it gives it (its abstract; for action, for information…). Null for a standing liaison." })
  purpose?: string;

  @Field(() => String, { nullable: true, description: "A statement's reply deadline, as precise as known; null when it has none (the 2022 TSAG statement says \"-\") and for a standing liaison." })
  deadline?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Last day of `deadline`." })
  deadlineLastDate?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}
