import { GraphQLDate } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import type { Row } from "../db/rows.js";
import { NotFoundError } from "../errors.js";
import { toEdge, toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { RoleKind, SortDirection } from "../graphql/enums.js";
import { isoDate } from "../graphql/inputs.js";
import { Connection, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { confirmationCutoff, DEFAULT_STALE_AFTER_DAYS, isUnconfirmed } from "../dated/freshness.js";
import { holdingStatus } from "../dated/holding-status.js";
import { HoldingStatus } from "../graphql/enums.js";
import { Liaison } from "../liaison/liaison.type.js";
import { organizationKeyForFilter } from "../organization/organization.service.js";
import { onDate, Organization } from "../organization/organization.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./person.repository.js";
import { Affiliation, holdsOn, Person, PersonRoles, Role } from "./person.type.js";

export const PersonConnection = Connection(Person, "Person");

@InputType({ description: "Filters for people; all given filters must hold." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or an alias." })
  text?: string;

  @Field(() => String, { nullable: true, description: "People with a role or affiliation in this body or its sub-groups." })
  organization?: string;

  @Field(() => [RoleKind], { nullable: true, description: "People holding (or having held) one of these roles." })
  roles?: string[];
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by readable id, name or any spelling ("Mr Shin-Gak KANG").' })
  async person(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context): Promise<Person | null> {
    const props = await resolveRef(ctx, "Person", ref);
    return props ? toEntity(Person, props) : null;
  }

  @Query(() => PersonConnection, { description: "People, filtered and paged, by name." })
  async people(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Arg("direction", () => SortDirection, { defaultValue: "ASC" }) direction: string,
    @Ctx() ctx: Context,
  ) {
    const organization = await organizationKeyForFilter(ctx, filter?.organization, "filter.organization");
    const result = await repo.listPeople(ctx.db, { text: filter?.text, organization, roles: filter?.roles }, direction === "DESC", toWindow(page));
    return toConnection(toPage(Person, result));
  }

  @FieldResolver(() => [Role], { description: "Roles held on `asOf` (default today); `includeEnded` adds past and future ones." })
  async roles(
    @Root() person: Person,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const date = isoDate(asOf) ?? ctx.today;
    return (await ctx.loaders.person.roles.load(person.key))
      .map(({ node, edge }) => toEdge(Role, edge, { key: edge.id, personKey: person.key, organizationKey: node.id, organizationRow: node, asOf: isoDate(asOf) }))
      .filter((role) => includeEnded || holdsOn(role, date));
  }

  @FieldResolver(() => [Affiliation], {
    description: "Affiliations (employer, administration) holding on `asOf` (default today); `includeEnded: true` lists all, past and future (the schema's one rule for dated links). (Until 2026-11 this field listed all by default.)",
  })
  async affiliations(
    @Root() person: Person,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const date = includeEnded ? undefined : (isoDate(asOf) ?? ctx.today);
    return (await ctx.loaders.person.affiliations.load(person.key))
      .map(({ node, edge }) => toEdge(Affiliation, edge, { personKey: person.key, organizationKey: node.id, organizationRow: node, asOf: isoDate(asOf) }))
      .filter((a) => !date || holdsOn(a, date));
  }

  @FieldResolver(() => [Liaison], { description: "Liaisons this person represents." })
  async represents(@Root() person: Person, @Ctx() ctx: Context) {
    return (await ctx.loaders.person.represents.load(person.key)).map((p) => toEntity(Liaison, p));
  }
}

/**
 * The organization at the end of a role or affiliation, named as on `asOf` when the list had one:
 * from the whole row read with the link (a person's roles and affiliations read `o {.*}`), else
 * through the loader.
 */
async function requireOrganization(ctx: Context, key: string, asOf?: string, row?: Row): Promise<Organization> {
  const org = toEntityOrNull(Organization, row ?? (await ctx.loaders.organization.byId.load(key)));
  if (!org) throw new NotFoundError(`organization ${key} no longer exists`);
  return asOf ? onDate(org, asOf) : org;
}

async function requirePerson(ctx: Context, key: string): Promise<Person> {
  const person = toEntityOrNull(Person, await ctx.loaders.person.byId.load(key));
  if (!person) throw new NotFoundError(`person ${key} no longer exists`);
  return person;
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Boolean, {
    description: "True when no source has confirmed this role for STALE_AFTER_DAYS (default 730) before today: shown as held, but it needs checking (see stale).",
  })
  unconfirmed(@Root() role: Role, @Ctx() ctx: Context): boolean {
    return isUnconfirmed(role.lastConfirmed, confirmationCutoff(ctx.today, ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS));
  }

  @FieldResolver(() => HoldingStatus, {
    description:
      "Where the role stands on the date of the list it came from (`asOf`, default today): CURRENT, or UNCONFIRMED when no source has confirmed it within STALE_AFTER_DAYS of that date " +
      "(a 2022 chairman read today), ENDED or NOT_STARTED. (Until 2026-12 only the opt-in `unconfirmed` said so.)",
  })
  status(@Root() role: Role, @Ctx() ctx: Context): string {
    const on = role.asOf ?? ctx.today;
    return holdingStatus(role, on, confirmationCutoff(on, ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS));
  }

  @FieldResolver(() => Person)
  person(@Root() role: Role, @Ctx() ctx: Context) {
    // The row read with the role holds what this selection needs (a look-ahead's may hold no more).
    return role.personRow ? toEntity(Person, role.personRow) : requirePerson(ctx, role.personKey);
  }

  @FieldResolver(() => Organization)
  organization(@Root() role: Role, @Ctx() ctx: Context) {
    return requireOrganization(ctx, role.organizationKey, role.asOf, role.organizationRow);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Person)
  person(@Root() affiliation: Affiliation, @Ctx() ctx: Context) {
    return requirePerson(ctx, affiliation.personKey);
  }

  @FieldResolver(() => Organization)
  organization(@Root() affiliation: Affiliation, @Ctx() ctx: Context) {
    return requireOrganization(ctx, affiliation.organizationKey, affiliation.asOf, affiliation.organizationRow);
  }
}

@Resolver(() => PersonRoles)
export class PersonRolesResolver {
  @FieldResolver(() => Person)
  person(@Root() entry: PersonRoles, @Ctx() ctx: Context) {
    return entry.personRow ? toEntity(Person, entry.personRow) : requirePerson(ctx, entry.personKey);
  }
}
