import { GraphQLDate } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { Document } from "../document/document.type.js";
import { Event } from "../event/event.type.js";
import { toEdge, toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { DeliverableStatus, LiaisonKind, RoleKind } from "../graphql/enums.js";
import { DateRange, isoDate } from "../graphql/inputs.js";
import { nestedPageAt, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { listedOn } from "../liaison/liaison.service.js";
import { Liaison } from "../liaison/liaison.type.js";
import { Affiliation, holdsOn, PersonRoles, Role, toRole } from "../person/person.type.js";
import { Pipelined } from "../refs/pipelined.js";
import { Statistic } from "../statistic/statistic.type.js";
import { TopicWork } from "../topic/topic.type.js";
import { organizationLookAhead } from "./organization.look-ahead.js";
import { formerNameOn, formerNamesOf } from "./organization-names.js";
import { lifetimeNote } from "./lifetime.js";
import { OrganizationFilter, OrganizationOrder } from "./organization.input.js";
import {
  listOrganizationsLookingAhead, organizationDeliverablePage, organizationKeyForFilter, organizationRelated, resolveOrganizationRefLookingAhead, rolesInOrganization,
} from "./organization.service.js";
import {
  EventParticipation, LiaisonDirection, Organization, OrganizationConnection, OrganizationDeliverableConnection, OrganizationInstrument, OrganizationLiaison, OrganizationName, toOrganization,
} from "./organization.type.js";

/** Stated in every dated field's description. */
const RULE = "the schema's one rule for dated links: as they hold on `asOf` (default today); `includeEnded: true` lists all, past and future";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by readable id, acronym, name or any alias: "jtc1-sc27", "SC 27", "SC27", "ISO/IEC JTC1/SC27"; or by a short form of a parent\'s acronym and its own ("IEEE-SA MSC", "ITU-T SG17", "JTC1 SC29"). Null when nothing matches: `nearestNames(ref:)` gives where to look.' })
  async organization(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Organization | null> {
    const body = await resolveOrganizationRefLookingAhead(ctx, ref, organizationLookAhead(info, "organization"));
    return body ? toOrganization(body) : null;
  }

  @Query(() => OrganizationConnection, { description: "Organizations, filtered, ordered and paged." })
  async organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | undefined,
    @Arg("orderBy", () => OrganizationOrder, { nullable: true }) orderBy: OrganizationOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const lookAhead = organizationLookAhead(info, "connection");
    const list = (within: string | undefined) => listOrganizationsLookingAhead(
      ctx,
      {
        kinds: filter?.kinds,
        status: filter?.status,
        text: filter?.text,
        within,
        topic: filter?.topic,
        establishedFrom: isoDate(filter?.established?.from),
        establishedTo: isoDate(filter?.established?.to),
      },
      { by: orderBy?.field ?? "NAME", desc: orderBy?.direction === "DESC" },
      toWindow(page),
      lookAhead,
    );
    const pipelined = new Pipelined([filter?.within], () => list(filter?.within));
    const within = await organizationKeyForFilter(ctx, filter?.within, "filter.within");
    const result = await pipelined.resolvedTo([within], () => list(within));
    return toConnection({ ...result, items: result.items.map(toOrganization) });
  }

  // Descriptions of name and acronym: on the fields in organization.type.ts.
  @FieldResolver(() => String)
  name(@Root() org: Organization, @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined, @Ctx() ctx: Context): string {
    return formerNameOn(org.formerNames, isoDate(asOf) ?? org.nameAsOf ?? ctx.today)?.name ?? org.name;
  }

  @FieldResolver(() => String, { nullable: true })
  acronym(@Root() org: Organization, @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined, @Ctx() ctx: Context): string | null {
    const former = formerNameOn(org.formerNames, isoDate(asOf) ?? org.nameAsOf ?? ctx.today);
    return (former ? former.acronym : org.acronym) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why this body's dated lists (roles, people, liaisons) are empty on `asOf` (default: the date of the answer it came from, else today) when it did not exist then: " +
      '"FG-MV closed on 2024-06-30: it holds no roles or liaisons after that day. Ask with asOf: 2024-06-30 for its last state." (`closed` is its last day, inclusive); null while it exists.',
  })
  lifetimeNote(@Root() org: Organization, @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined, @Ctx() ctx: Context): string | null {
    return lifetimeNote(org, isoDate(asOf) ?? org.nameAsOf ?? ctx.today);
  }

  @FieldResolver(() => [OrganizationName], { description: "Names this body bore before, with the period each was in force and the sources showing it, oldest first. Its former names are also among `aliases`." })
  formerNames(@Root() org: Organization): OrganizationName[] {
    return formerNamesOf(org.formerNames).map((n) => toEdge(OrganizationName, n));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "Organizational containment (PART_OF): the body this one is part of, e.g. ITU-T for JCA-MV. Not the reporting line: ITU documents call TSAG the \"parent group\" of JCA-MV and FG-MV; see `parentGroup`.",
  })
  async partOf(@Root() org: Organization, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await organizationRelated(ctx, org.key, "parent", org.lookedAhead));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "Organizational containment (PART_OF), as `partOf`.",
    deprecationReason: "Ambiguous: ITU's \"parent group\" is the reporting line. Use `partOf` (containment) or `parentGroup` (reporting line).",
  })
  async parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await organizationRelated(ctx, org.key, "parent", org.lookedAhead));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The reporting line in the domain's words: the group this body reports to, which ITU documents call its \"parent group\" (TSAG for JCA-MV and FG-MV). Same as `reportsTo`.",
  })
  async parentGroup(@Root() org: Organization, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await organizationRelated(ctx, org.key, "reportsTo", org.lookedAhead));
  }

  @FieldResolver(() => [Organization], { description: "All bodies above this one, nearest first." })
  async ancestors(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await organizationRelated(ctx, org.key, "ancestors", org.lookedAhead)).map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => [Organization], { description: "Direct sub-groups, or all descendants with `recursive: true`." })
  async subGroups(@Root() org: Organization, @Arg("recursive", () => Boolean, { defaultValue: false }) recursive: boolean, @Ctx() ctx: Context) {
    const rows = recursive ? await organizationRelated(ctx, org.key, "descendants", org.lookedAhead) : await organizationRelated(ctx, org.key, "subGroups", org.lookedAhead);
    return rows.map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The parent group this body reports to (e.g. TSAG for FG-MV and JCA-MV)." })
  async reportsTo(@Root() org: Organization, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await organizationRelated(ctx, org.key, "reportsTo", org.lookedAhead));
  }

  @FieldResolver(() => [Organization], { description: "Groups that report to this body." })
  async reportingGroups(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await organizationRelated(ctx, org.key, "reportingGroups", org.lookedAhead)).map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => [PersonRoles], {
    description: "The people holding roles in this body, ONE entry per person with all their roles (TSAG's chair who is also its contact person is one entry), as they hold on `asOf` (default today); `includeEnded` adds past and future ones.",
  })
  async people(
    @Root() org: Organization,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Arg("roles", () => [RoleKind], { nullable: true }) roles: string[] | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ): Promise<PersonRoles[]> {
    const byPerson = new Map<string, Role[]>();
    const on = includeEnded ? null : (isoDate(asOf) ?? ctx.today);
    for (const role of (await rolesInOrganization(ctx, org.key, on, roles, org.lookedAhead?.related.roles)).map((row) => toRole(row, org.key, on))) {
      byPerson.set(role.personKey, [...(byPerson.get(role.personKey) ?? []), role]);
    }
    return [...byPerson].map(([personKey, held]) => Object.assign(new PersonRoles(), { personKey, personRow: held[0]!.personRow, roles: held }));
  }

  @FieldResolver(() => [Role], { description: "People's roles in this body that hold on `asOf` (default today); `includeEnded` adds past and future ones. One entry per role, so a person with two roles appears twice: `people` gives one entry per person." })
  async roles(
    @Root() org: Organization,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Arg("roles", () => [RoleKind], { nullable: true }) roles: string[] | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const on = includeEnded ? null : (isoDate(asOf) ?? ctx.today);
    return (await rolesInOrganization(ctx, org.key, on, roles, org.lookedAhead?.related.roles)).map((row) => toRole(row, org.key, on));
  }

  @FieldResolver(() => [Affiliation], { description: "People affiliated with this body on `asOf` (default today)." })
  async affiliatedPeople(
    @Root() org: Organization,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Ctx() ctx: Context,
  ) {
    const date = isoDate(asOf) ?? ctx.today;
    return (await ctx.loaders.organization.affiliated.load(org.key))
      .map(({ node, edge }) => toEdge(Affiliation, edge, { personKey: node.id, organizationKey: org.key, asOf: date }))
      .filter((a) => holdsOn(a, date));
  }

  @FieldResolver(() => [TopicWork], { description: "Topics this body works on, with the evidence." })
  async topics(@Root() org: Organization, @Ctx() ctx: Context) {
    const lookedAhead = org.lookedAhead?.related.topics;
    const rows = lookedAhead ?? (await ctx.loaders.organization.topics.load(org.key));
    // Whole rows from the loader prime the topics' loader; the look-ahead's may be slim (this selection's), carried by the objects only.
    if (!lookedAhead) for (const { node } of rows) ctx.loaders.topic.byId.prime(node.id, node);
    return rows.map(({ node, edge }) => toEdge(TopicWork, edge, { organizationKey: org.key, topicKey: node.id, topicRow: node }));
  }

  @FieldResolver(() => OrganizationDeliverableConnection, {
    description:
      "Deliverables developed by this body (and its sub-groups with `includeSubGroups`), by code. The answer says which (`includesSubGroups`; `note` when sub-groups are left out), " +
      "and shows a sourced statistic that counts more than the graph holds beside `totalCount` (`statedTotal`): FG-MV's 52 deliverables, of which the graph holds fewer.",
  })
  async deliverables(
    @Root() org: Organization,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("includeSubGroups", () => Boolean, { defaultValue: false, description: "Also its sub-groups' deliverables (recursively)." }) includeSubGroups: boolean,
    @Arg("statuses", () => [DeliverableStatus], { nullable: true }) statuses: string[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrganizationDeliverableConnection> {
    const window = toWindow(page);
    const found = await organizationDeliverablePage(ctx, org.key, { includeSubGroups, statuses: statuses ?? null, window }, org.lookedAhead);
    return Object.assign(new OrganizationDeliverableConnection(), toConnection(toPage(Deliverable, nestedPageAt(found, window))), {
      includesSubGroups: includeSubGroups,
      organizationKey: org.key,
      filtered: statuses !== undefined && statuses !== null,
    });
  }

  @FieldResolver(() => [OrganizationLiaison], {
    description: `Liaisons of this body (direct ones; see the coordination queries for inherited ones), ${RULE}. A liaison statement is a dated message, not a standing liaison: it is listed only when \`kinds\` includes LIAISON_STATEMENT (those sent by \`asOf\`), or with \`includeEnded\`. (Until 2026-11 this field listed all dates by default, and statements as holding from their date on.)`,
  })
  async liaisons(
    @Root() org: Organization,
    @Arg("direction", () => LiaisonDirection, { defaultValue: LiaisonDirection.BOTH }) direction: LiaisonDirection,
    @Arg("kinds", () => [LiaisonKind], { nullable: true }) kinds: string[] | undefined,
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "Only standing liaisons holding on this date (since and until inclusive), and statements sent by then when asked for; default: today." })
    asOf: Date | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false, description: "All liaisons, whatever their dates (asOf is then ignored)." }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const date = includeEnded ? undefined : (isoDate(asOf) ?? ctx.today);
    return (await ctx.loaders.organization.liaisons.load(org.key))
      .filter(({ node, edge }) => (direction === "BOTH" || edge.direction === direction) && (!kinds || (node.kind !== undefined && kinds.includes(node.kind))))
      .filter(({ node }) => !date || listedOn(node, date, kinds))
      .map(({ node, edge }) => ({ direction: LiaisonDirection[edge.direction], liaison: toEntity(Liaison, node) }));
  }

  @FieldResolver(() => [OrganizationInstrument], {
    description: "The Recommendations whose terms this body works under, as its terms of reference say: Rec. ITU-T A.18 for JCA-MV (a JCA), A.7 for FG-MV (a focus group). Each with its sources.",
  })
  async operatesUnder(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.operatesUnder.load(org.key)).map(({ node, edge }) => toEdge(OrganizationInstrument, edge, { deliverable: toEntity(Deliverable, node) }));
  }

  @FieldResolver(() => [OrganizationInstrument], {
    description: "The resolution (or Recommendation) in accordance with which this body was established: WTSA-24 Resolution 105 for JCA-MV, Rec. ITU-T A.7 for FG-MV. Each with its sources. (The body that decided it, e.g. TSAG, is in `description` and the sources.)",
  })
  async establishedBy(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.establishedBy.load(org.key)).map(({ node, edge }) => toEdge(OrganizationInstrument, edge, { deliverable: toEntity(Deliverable, node) }));
  }

  @FieldResolver(() => [Event], { description: "Meetings of this body, oldest first." })
  async meetings(@Root() org: Organization, @Arg("dates", () => DateRange, { nullable: true }) dates: DateRange | undefined, @Ctx() ctx: Context) {
    const from = isoDate(dates?.from);
    const to = isoDate(dates?.to);
    return (await ctx.loaders.organization.meetings.load(org.key))
      .filter((e) => (!from || (e.endDate !== undefined && e.endDate >= from)) && (!to || (e.startDate !== undefined && e.startDate <= to)))
      .map((p) => toEntity(Event, p));
  }

  @FieldResolver(() => [EventParticipation], { description: "Events this body organized, hosted or took part in." })
  async events(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.events.load(org.key)).map(({ node, edge }) => ({ part: edge.part, event: toEntity(Event, node) }));
  }

  @FieldResolver(() => [Document], { description: "Documents issued by this body." })
  async issuedDocuments(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.issued.load(org.key)).map((p) => toEntity(Document, p));
  }

  @FieldResolver(() => [Statistic], { description: "Counted facts about this body (e.g. number of deliverables)." })
  async statistics(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.loaders.organization.statistics.load(org.key)).map((p) => toEntity(Statistic, p));
  }
}

/** What a body's deliverables list counts, said beside it: read only when selected (one batched statement per level). */
@Resolver(() => OrganizationDeliverableConnection)
export class OrganizationDeliverablesResolver {
  @FieldResolver(() => Statistic, {
    nullable: true,
    description: "A sourced count of this body's deliverables that exceeds what the graph holds (`totalCount`, unfiltered): the two side by side. Null when none does.",
  })
  async statedTotal(@Root() list: OrganizationDeliverableConnection, @Ctx() ctx: Context): Promise<Statistic | null> {
    return statedAbove(list, await ctx.loaders.organization.statistics.load(list.organizationKey));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "What the list leaves out, in words: sub-groups' deliverables (when the body has sub-groups and `includeSubGroups` is false), and how a sourced count compares. Null when nothing is left out.",
  })
  async note(@Root() list: OrganizationDeliverableConnection, @Ctx() ctx: Context): Promise<string | null> {
    const [statistics, subGroups] = await Promise.all([
      ctx.loaders.organization.statistics.load(list.organizationKey),
      list.includesSubGroups ? Promise.resolve([]) : ctx.loaders.organization.subGroups.load(list.organizationKey),
    ]);
    const parts: string[] = [];
    if (subGroups.length > 0) parts.push(`Its ${subGroups.length} sub-groups' deliverables are left out; ask with includeSubGroups: true.`);
    const stated = statedAbove(list, statistics);
    if (stated) {
      const held = `the graph holds ${list.totalCount}${list.includesSubGroups ? "" : " of its own"}`;
      parts.push(`The sources count ${stated.value} deliverables${stated.asOf ? ` (as of ${stated.asOf})` : ""}; ${held}.`);
    }
    return parts.length > 0 ? parts.join(" ") : null;
  }
}

/** The largest sourced count of deliverables above the list's unfiltered total, as a Statistic. */
function statedAbove(list: OrganizationDeliverableConnection, statistics: ReadonlyArray<Record<string, unknown>>): Statistic | null {
  if (list.filtered) return null;
  const above = statistics
    .filter((s) => s.measure === "deliverables" && typeof s.value === "number" && s.value > list.totalCount)
    .sort((a, b) => Number(b.value) - Number(a.value));
  return above[0] ? toEntity(Statistic, above[0]) : null;
}
