import { GraphQLDateTime } from "graphql-scalars";
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { accessRoles } from "../auth/viewer.js";
import { toGlobalId } from "../graphql/relay.js";
import { SourceRef, toSourceRefs } from "../graphql/sources.js";
import { changeActions, type StoredChange } from "./audit.repository.js";

export const ChangeAction = Object.fromEntries(changeActions.map((a) => [a, a])) as { [K in (typeof changeActions)[number]]: K };
registerEnumType(ChangeAction, {
  name: "ChangeAction",
  description: "What a change did: CREATE, UPDATE, DELETE; LINK/UNLINK a relationship; MERGE (the record kept) and MERGED_INTO (the record merged away).",
});

export const AccessRole = Object.fromEntries(accessRoles.map((r) => [r, r])) as { [K in (typeof accessRoles)[number]]: K };
registerEnumType(AccessRole, {
  name: "AccessRole",
  description: "ANONYMOUS < ANALYST (personal contact data) < EDITOR (mutations) < ADMIN (deletes, merges).",
});

@ObjectType({ description: "One recorded change of one entity: who, when, from which source, and its values before and after." })
export class Change {
  @Field(() => String, { description: "Unique id of this change record." })
  key!: string;

  @Field(() => Int, { description: "Position in the change feed (commit order): a later change has a larger number." })
  sequence!: number;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field(() => ChangeAction)
  action!: keyof typeof ChangeAction;

  @Field(() => String, { description: 'The changed entity\'s type: "Organization", "Person", … or "Role" (a dated role).' })
  entityType!: string;

  @Field(() => String, { description: "The changed entity's readable id." })
  entityKey!: string;

  @Field(() => ID, { description: "The changed entity's global id (for `history(id:)`), also once it is deleted." })
  entityId!: string;

  @Authorized("ANALYST")
  // Nullable so that a refusal nulls this field only, not the whole change.
  @Field(() => String, { nullable: true, description: "Who made it: the API key's name or the token's subject (analyst role or above)." })
  actor!: string;

  @Field(() => AccessRole, { description: "The role the change was made with." })
  actorRole!: keyof typeof AccessRole;

  @Field(() => SourceRef, { description: "The source the change named." })
  source!: SourceRef;

  before!: Record<string, unknown> | null;
  after!: Record<string, unknown> | null;
}

@ObjectType({ description: "One field of a change, before and after (null: absent). Personal data fields need the analyst role." })
export class FieldChange {
  @Field(() => String, { description: 'The field, e.g. "name", "partOf", "WORKS_ON → Topic:privacy", "discarded.email".' })
  field!: string;

  @Field(() => Boolean, { description: "True for personal data (a person's e-mail or phone): `before` and `after` need the analyst role." })
  personal!: boolean;

  // Resolved by FieldChangeResolver, which applies the personal-data rule.
  beforeValue!: unknown;
  afterValue!: unknown;
  entityType!: string;
}

@ObjectType({ description: "Who is asking, as this server sees the request's credential." })
export class ViewerInfo {
  @Field(() => String, { description: 'The API key\'s name, the token\'s subject, or "anonymous".' })
  name!: string;

  @Field(() => AccessRole)
  role!: keyof typeof AccessRole;
}


/** The GraphQL object of a stored change record. */
export function toChange(stored: StoredChange): Change {
  return Object.assign(new Change(), {
    key: stored.id,
    sequence: stored.seq,
    at: stored.at,
    action: stored.action,
    entityType: stored.entityType,
    entityKey: stored.entityKey,
    entityId: toGlobalId(stored.entityType, stored.entityKey),
    actor: stored.actor,
    actorRole: stored.actorRole,
    source: toSourceRefs([stored.source])[0]!,
    // Neo4j stores no nulls: a create has no `before`, a delete no `after`.
    before: typeof stored.before === "string" ? (JSON.parse(stored.before) as Record<string, unknown>) : null,
    after: typeof stored.after === "string" ? (JSON.parse(stored.after) as Record<string, unknown>) : null,
  });
}

