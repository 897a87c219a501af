import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { DeadlineKind, EventKind, SortDirection } from "../graphql/enums.js";
import { DateRange, isoDate } from "../graphql/inputs.js";
import { Connection, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { organizationKeyForFilter } from "../organization/organization.service.js";
import { Organization } from "../organization/organization.type.js";
import { Topic } from "../topic/topic.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./event.repository.js";
import { Deadline, Event } from "./event.type.js";

export const EventConnection = Connection(Event, "Event");
export const DeadlineConnection = Connection(Deadline, "Deadline");

@InputType({ description: "Filters for events; all given filters must hold." })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true })
  kinds?: string[];

  @Field(() => String, { nullable: true, description: "Part of the name or city." })
  text?: string;

  @Field(() => DateRange, { nullable: true, description: "Events overlapping these dates." })
  dates?: DateRange;

  @Field(() => String, { nullable: true, description: "Meetings of, or events organized, hosted or attended by, this body or its sub-groups." })
  organization?: string;

  @Field(() => String, { nullable: true, description: "About this topic or a narrower one, or meetings of a body working on it (topic key)." })
  topic?: string;
}

/** "2025-10-09T11:15:00+02:00" (stored zoned, read with its offset) + "Europe/Zurich" → RFC 9557 text. */
function localTime(instant: string | undefined, timezone: string | undefined): string | null {
  return instant && timezone ? `${instant}[${timezone}]` : null;
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Local start as announced, with its UTC offset and time zone (RFC 9557): \"2025-10-09T11:15:00+02:00[Europe/Zurich]\" for 11:15 Geneva time. `startsAt` is the same instant in UTC.",
  })
  localStart(@Root() event: Event): string | null {
    return localTime(event.startsAt, event.timezone);
  }

  @FieldResolver(() => String, { nullable: true, description: "Local end as announced, with its UTC offset and time zone (see localStart)." })
  localEnd(@Root() event: Event): string | null {
    return localTime(event.endsAt, event.timezone);
  }

  @Query(() => Event, { nullable: true, description: "One event by readable id or exact name." })
  async event(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context): Promise<Event | null> {
    const props = await resolveRef(ctx, "Event", ref);
    return props ? toEntity(Event, props) : null;
  }

  @Query(() => EventConnection, { description: "Meetings, forums, workshops and assemblies, in date order." })
  async events(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Arg("direction", () => SortDirection, { defaultValue: "ASC" }) direction: string,
    @Ctx() ctx: Context,
  ) {
    const organization = await organizationKeyForFilter(ctx, filter?.organization, "filter.organization");
    const result = await repo.listEvents(
      ctx.db,
      { kinds: filter?.kinds, text: filter?.text, topic: filter?.topic, organization, from: isoDate(filter?.dates?.from), to: isoDate(filter?.dates?.to) },
      direction === "DESC",
      toWindow(page),
    );
    return toConnection(toPage(Event, result));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The group whose meeting this is." })
  async meetingOf(@Root() event: Event, @Ctx() ctx: Context) {
    const { meetingOf } = await ctx.loaders.event.organizations.load(event.key);
    return meetingOf ? toEntity(Organization, meetingOf) : null;
  }

  @FieldResolver(() => [Organization])
  async organizers(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.organizations.load(event.key)).organizers.map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => [Organization])
  async hosts(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.organizations.load(event.key)).hosts.map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => [Organization])
  async participants(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.organizations.load(event.key)).participants.map((p) => toEntity(Organization, p));
  }

  @FieldResolver(() => [Event], { description: "Events held in conjunction with this one (either direction)." })
  async collocatedWith(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.collocated.load(event.key)).map((p) => toEntity(Event, p));
  }

  @FieldResolver(() => [Deadline])
  async deadlines(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.deadlines.load(event.key)).map((p) => toEntity(Deadline, p));
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.loaders.event.topics.load(event.key)).map((p) => toEntity(Topic, p));
  }
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  @Query(() => DeadlineConnection, { description: "Deadlines (contributions, registration, visa letters), by due date." })
  async deadlines(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("kinds", () => [DeadlineKind], { nullable: true }) kinds: string[] | undefined,
    @Arg("dates", () => DateRange, { nullable: true }) dates: DateRange | undefined,
    @Ctx() ctx: Context,
  ) {
    return toConnection(toPage(Deadline, await repo.listDeadlines(ctx.db, { kinds, from: isoDate(dates?.from), to: isoDate(dates?.to) }, toWindow(page))));
  }

  @FieldResolver(() => Event, { nullable: true })
  async event(@Root() deadline: Deadline, @Ctx() ctx: Context) {
    return toEntityOrNull(Event, await ctx.loaders.deadline.event.load(deadline.key));
  }
}
