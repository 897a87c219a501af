import { GraphQLDate } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { READABLE_ID } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import { Deadline, Event } from "../event/event.type.js";
import { toEntity } from "../graphql/entity.js";
import { isoDate } from "../graphql/inputs.js";
import { DeliverableStatus, HoldingStatus, LiaisonKind, RoleKind } from "../graphql/enums.js";
import { toSourceRefs } from "../graphql/sources.js";
import { Node } from "../graphql/relay.js";
import { Liaison } from "../liaison/liaison.type.js";
import { loadEntity } from "../node/load-node.js";
import { requireOrganizationRef, rolesInOrganization } from "../organization/organization.service.js";
import { LiaisonDirection, onDate, Organization } from "../organization/organization.type.js";
import { Person, Role, toRole } from "../person/person.type.js";
import { RelatedTopic, Topic } from "../topic/topic.type.js";
import { activityLookAhead } from "./activity.look-ahead.js";
import { liaisonsLookAhead } from "./liaisons.look-ahead.js";
import { lifetimeNote } from "../organization/lifetime.js";
import * as activity from "./activity.repository.js";
import {
  dateOrToday, organizationsArgument, partyArgument, sizeArgument, topicArgument, topicsArgument, usArgument,
} from "./arguments.js";
import { CAP as PATH_CAP, connectionPaths, RELATIONSHIPS_OF } from "./connection.repository.js";
import { findContacts } from "./contacts.repository.js";
import { confirmationCutoff, DEFAULT_STALE_AFTER_DAYS, isUnconfirmed } from "../dated/freshness.js";
import { findStale } from "./stale.repository.js";
import { holdingStatus } from "../dated/holding-status.js";
import {
  ActivityAnswer, ConnectionAnswer, ExcludedBody, GapExclusion, Hop, StaleAnswer, StaleFact, ConnectionPath, ConnectionVia, Contact, ContactsAnswer, LiaisonInheritance, LiaisonLink, LiaisonsAnswer,
  LiaisonStatus, Overlap, OverlapsAnswer, Roadmap, RoadmapItem, RoadmapItemKind, RoadmapSeries, StandardSeries, TopicActivity, UpcomingAnswer, UpcomingItem, UpcomingKind,
  WorkEvidence, WorkThrough, RelationToUs,
} from "./coordination.type.js";
import { liaisonHop, toHops, type HopCache } from "./hops.js";
import { overlapsLookAhead } from "./overlaps.look-ahead.js";
import { findOverlaps } from "./overlaps.repository.js";
import { laneByOrganization, laneByTopic } from "./roadmap-lanes.js";
import { dateAsGiven, isOverdue } from "./roadmap-dates.js";
import { roadmapItems } from "./roadmap.repository.js";
import { seriesGroups, seriesOfItem } from "./roadmap-series.js";
import { MAX_TEXT, roadmapText } from "./roadmap-text.js";
import { findUpcoming } from "./upcoming.repository.js";


/** The largest list a coordination answer returns; exports ask for the most. */
const MAX_LIST = 500;

/** Whether the roadmap's selection asks for `series` (which reads the outline of every match). */
function selectsSeries(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === "Field" ? s.name.value === "series" : true));
}
const MAX_DAYS = 3660;
const RELEVANT_ROLES = ["CHAIR", "CO_CHAIR", "VICE_CHAIR", "CONVENOR", "DIRECTOR", "CONTACT_PERSON", "LIAISON_REPRESENTATIVE", "SECRETARIAT"];

/** A path's strength of evidence: the sources of its least-sourced hop, and its distinct sources in all. */
function evidenceOf(hops: readonly Hop[]): { weakest: number; sources: number } {
  const weakest = Math.min(...hops.map((h) => h.sources.length));
  return { weakest: Number.isFinite(weakest) ? weakest : 0, sources: new Set(hops.flatMap((h) => h.sources.map((s) => s.ref))).size };
}

/** A liaison seen from body `of`: its PART_OF walk to the liaison's end, then the liaison. */
function toLink(row: activity.LinkRow, of: string, asOf: string): LiaisonLink {
  const hops = [...toHops(of, row.lineage), liaisonHop(row.liaison, row.end, row.partner, row.endIsFrom)];
  return Object.assign(new LiaisonLink(), {
    liaison: toEntity(Liaison, row.liaison),
    inheritance: LiaisonInheritance[row.inheritance],
    direction: row.endIsFrom ? LiaisonDirection.OUTGOING : LiaisonDirection.INCOMING,
    endKey: row.end.id,
    partnerKey: row.partner.id,
    asOf,
    current: row.current,
    path: hops,
  });
}

/** A body's work. The answer's pieces of evidence share relationship objects (a sub-group's PART_OF, the topic tree's BROADER), so `hopCache` builds each hop once. */
function toActivity(row: activity.ActivityRow, us: Organization, asOf: string, hopCache: HopCache): TopicActivity {
  const organization = onDate(toEntity(Organization, row.organization), asOf);
  return Object.assign(new TopicActivity(), {
    rolesRead: row.roles,
    organization,
    active: row.active,
    ownWork: row.ownWork,
    subGroupWork: row.subGroupWork,
    evidence: row.evidence.map((e) =>
      Object.assign(new WorkEvidence(), {
        through: WorkThrough[e.through],
        topic: toEntity(Topic, e.topic),
        deliverable: e.deliverable ? toEntity(Deliverable, e.deliverable) : null,
        worker: toEntity(Organization, e.worker),
        path: toHops(organization.key, e.rels, hopCache),
        viaRelated: e.rels.some((r) => r.type === "RELATED"),
      }),
    ),
    organizationKey: organization.key,
    asOf,
    us,
  });
}

/** The status loader's key for a body, us and a date: the field and the look-ahead name the same cache entry. */
const statusKey = (id: string, us: string, asOf: string) => ({ id, us, asOf });

/** Primes the request's loaders with what the answer's statement read of each body: its people and liaison status then cost no statement. */
function primeActivity(ctx: Context, result: activity.ActivityResult, asOf: string, lookAhead: activity.ActivityLookAhead): void {
  if (result.topic) ctx.loaders.topic.byId.prime(result.topic.id, result.topic);
  if (result.us) ctx.loaders.organization.byId.prime(result.us.id, result.us);
  for (const row of result.rows) {
    // A slim read (the people's properties this selection asks) is never primed: another field selecting more would miss properties.
    if (row.roles && lookAhead.person === null) ctx.loaders.organization.roles.prime(row.organization.id, row.roles);
    if (row.status && result.us) ctx.loaders.coordination.status.prime(statusKey(row.organization.id, result.us.id, asOf), row.status);
  }
}

/**
 * Primes the request's loaders with what the liaisons statement read whole: the bodies at the
 * links' ends (a slim body is never primed: the link's field uses it itself) and the documents
 * the liaisons' sources cite (null for a citation of no stored document, as the loader answers).
 */
function primeLinks(ctx: Context, links: activity.LiaisonsLinkRow[], lookAhead: activity.LiaisonsLookAhead): void {
  for (const link of links) {
    if (lookAhead.partner === null && link.partnerBody) ctx.loaders.organization.byId.prime(link.partnerBody.id, link.partnerBody);
    if (lookAhead.end === null && link.endBody) ctx.loaders.organization.byId.prime(link.endBody.id, link.endBody);
    if (link.documents) {
      const found = new Map(link.documents.map((document) => [document.id, document]));
      for (const source of toSourceRefs(link.liaison.sources)) ctx.loaders.document.byId.prime(source.documentKey, found.get(source.documentKey) ?? null);
    }
  }
}

/**
 * A list argument of refs that may all be ids (or none given): worth reading the answer with them
 * as they are, before resolving them. An empty or over-long list is left to the argument's own
 * check (its BAD_USER_INPUT). A list given as null (a variable sent as null) is one not given.
 */
const idRefs = (refs: readonly string[] | null | undefined) => refs == null || (refs.length > 0 && refs.length <= 100 && refs.every((ref) => READABLE_ID.test(ref)));

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const addDays = (from: string, days: number) => new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);

@Resolver()
export class CoordinationResolver {
  @Query(() => ActivityAnswer, {
    description:
      "Who works on a topic (or a narrower one): directly, through deliverables or through sub-groups, each with the evidence path and sources, their people and their liaison status with us. " +
      "Each piece of evidence says the topic it was found through (`topic`: the one asked about or a narrower one). Related topics (neither broader nor narrower, e.g. blockchain and digital assets) " +
      "are offered in `relatedTopics`, and followed with `includeRelated: true` (their evidence then says `viaRelated`): `whoWorksOn(topic: \"blockchain\", includeRelated: true)` finds FG-MV's digital-asset work.",
  })
  async whoWorksOn(
    @Arg("topic", () => String, { description: 'Topic key, name or alias, e.g. "pii-protection" or "privacy".' }) topicRef: string,
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "The date for activity, roles and liaisons (default today)." }) asOf: Date | undefined,
    @Arg("us", () => String, { nullable: true, description: "Whose liaisons count (default: the configured home body, JCA-MV)." }) usRef: string | undefined,
    @Arg("through", () => [WorkThrough], { nullable: true, description: "Only these kinds of evidence (default all)." }) through: WorkThrough[] | undefined,
    @Arg("includeInactive", () => Boolean, { defaultValue: true, description: "Also bodies closed (or not yet established) on asOf, and parents whose only evidence is such a body's work (`active: false`), ranked after the active ones; false: only evidence that holds on asOf counts." }) includeInactive: boolean,
    @Arg("includeRelated", () => Boolean, { defaultValue: false, description: "Also who works on the related topics (`relatedTopics`) and their narrower ones." }) includeRelated: boolean,
    @Arg("first", () => Int, { defaultValue: 50, description: `At most this many bodies (1–${MAX_LIST}).` }) first: number,
    @Arg("evidenceLimit", () => Int, { defaultValue: 10, description: "At most this many pieces of evidence per body (1–100)." }) evidenceLimit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActivityAnswer> {
    return this.activity(ctx, info, { topicRef, asOf, usRef, usArgumentName: "us", through, includeInactive, includeRelated, gapsOnly: false, first, evidenceLimit });
  }

  @Query(() => ActivityAnswer, {
    description:
      "Candidates for a new liaison: bodies existing on asOf and active on the topic with no standing liaison to us holding on asOf (directly or via a body they are part of; a liaison statement sent or received does not count), not us, not our sub-groups or parents, and, when us is a coordination body (a JCA), not in our own sector (its groups take part in us by our terms of reference); ranked by how much they do on it. `excluded` lists the bodies left out, each with its rule.",
  })
  async liaisonGaps(
    @Arg("topic", () => String) topicRef: string,
    @Arg("of", () => String, { nullable: true, description: "Whose gaps (default: the configured home body, JCA-MV)." }) ofRef: string | undefined,
    @Arg("asOf", () => GraphQLDate, { nullable: true }) asOf: Date | undefined,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("evidenceLimit", () => Int, { defaultValue: 10 }) evidenceLimit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActivityAnswer> {
    return this.activity(ctx, info, { topicRef, asOf, usRef: ofRef, usArgumentName: "of", through: undefined, includeInactive: false, includeRelated: false, gapsOnly: true, first, evidenceLimit });
  }

  private async activity(
    ctx: Context,
    info: GraphQLResolveInfo,
    a: {
      topicRef: string; asOf: Date | undefined; usRef: string | undefined; usArgumentName: string; through: WorkThrough[] | undefined;
      includeInactive: boolean; includeRelated: boolean; gapsOnly: boolean; first: number; evidenceLimit: number;
    },
  ): Promise<ActivityAnswer> {
    const first = sizeArgument(a.first, "first", MAX_LIST);
    const evidenceLimit = sizeArgument(a.evidenceLimit, "evidenceLimit", 100);
    const asOf = dateOrToday(ctx, a.asOf);
    const lookAhead = activityLookAhead(info);
    const read = (topic: string, us: string) => activity.topicActivity(ctx.db, {
      topic,
      us,
      asOf,
      through: a.through,
      withSubGroups: !a.through || a.through.includes(WorkThrough.SUB_GROUP),
      includeInactive: a.includeInactive,
      includeRelated: a.includeRelated,
      gapsOnly: a.gapsOnly,
      first,
      evidenceLimit,
      lookAhead,
    });
    // Refs of a readable id's form (the usual case) are looked up by the answer's own statement:
    // one statement in all. Other refs, and ids that name nothing, are resolved first (names,
    // aliases, or a BAD_USER_INPUT naming the argument), then the answer is read for them.
    const usRef = a.usRef ?? ctx.coordination.home;
    let result = READABLE_ID.test(a.topicRef) && READABLE_ID.test(usRef) ? await read(a.topicRef, usRef) : undefined;
    if (!result?.topic || !result.us) {
      const [topic, us] = await Promise.all([
        result?.topic ? result.topic.id : topicArgument(ctx, a.topicRef).then((t) => t.key),
        result?.us ? result.us.id : usArgument(ctx, a.usRef, a.usArgumentName).then((o) => o.key),
      ]);
      result = await read(topic, us);
    }
    if (!result.topic || !result.us) throw new Error("the topic or us of an answer is gone");
    const topic = toEntity(Topic, result.topic);
    const us = toEntity(Organization, result.us);
    primeActivity(ctx, result, asOf, lookAhead);
    const excluded = result.excluded.map((e) => Object.assign(new ExcludedBody(), { organization: toEntity(Organization, e.organization), rule: GapExclusion[e.rule] }));
    const hopCache: HopCache = new WeakMap();
    return Object.assign(new ActivityAnswer(), { topic, us, asOf, total: result.total, organizations: result.rows.map((row) => toActivity(row, us, asOf, hopCache)), excluded });
  }

  @Query(() => LiaisonsAnswer, {
    description:
      "The liaisons of a body in both directions: direct ones, those inherited from the bodies it is part of, and those of its sub-groups, each marked and explained; a body is never its own partner. " +
      "Standing liaisons holding on asOf (current: true); liaison statements, dated messages that never hold, only when `kind` includes LIAISON_STATEMENT (those sent by asOf, current: false). " +
      "(Until 2026-11 statements were listed by default and read current: true from their date on.)",
  })
  async liaisons(
    @Arg("of", () => String, { description: "The body: readable id, acronym, name or alias." }) ofRef: string,
    @Arg("kind", () => [LiaisonKind], { nullable: true, description: "Only these kinds (one or a list). Default: the standing kinds; LIAISON_STATEMENT asks for statements." }) kinds: string[] | undefined,
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "Standing liaisons holding on this date, statements sent by it (default today)." }) asOf: Date | undefined,
    @Arg("includeEnded", () => Boolean, { defaultValue: false, description: "Also liaisons that ended before, or start after, asOf, and every statement (all marked current: false)." }) includeEnded: boolean,
    @Arg("inheritance", () => [LiaisonInheritance], { nullable: true, description: "Only direct, or only inherited… (default all)." }) inheritance: LiaisonInheritance[] | undefined,
    @Arg("with", () => String, {
      nullable: true,
      description:
        "Only liaisons whose other end is this body, a body it is part of, or one of its sub-groups, as `of`'s end is read: the same liaisons whichever way round " +
        "(of: JCA-MV, with: SC 29 finds JCA-MV's cooperation with JTC 1, as of: SC 29, with: JCA-MV does; until 2026-12 only the body itself counted, and the first answered none).",
    }) withRef: string | undefined,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LiaisonsAnswer> {
    const size = sizeArgument(first, "first", MAX_LIST);
    const date = dateOrToday(ctx, asOf);
    const lookAhead = liaisonsLookAhead(info);
    const links = (of: string, partner: string | undefined) => activity.liaisonsOf(ctx.db, of, { asOf: date, kinds, inheritance, includeEnded, partner, first: size, lookAhead });
    // Refs of a readable id's form (the usual case) are looked up by the answer's own statement,
    // as whoWorksOn's are: one statement in all. Other refs, and ids that name no body, are
    // resolved first (names, aliases, or a BAD_USER_INPUT naming the argument), then the answer is read for them.
    const partnerRef = withRef || undefined;
    let result = READABLE_ID.test(ofRef) && (partnerRef === undefined || READABLE_ID.test(partnerRef)) ? await links(ofRef, partnerRef) : undefined;
    let ofRow = result?.of ?? null;
    let partnerRow = result?.partner ?? null;
    if (!result || !ofRow || (partnerRef !== undefined && !partnerRow)) {
      [ofRow, partnerRow] = await Promise.all([
        ofRow ?? requireOrganizationRef(ctx, ofRef, "of"),
        partnerRef === undefined ? null : (partnerRow ?? requireOrganizationRef(ctx, partnerRef, "with")),
      ]);
      result = await links(ofRow.id, partnerRow?.id);
    }
    ctx.loaders.organization.byId.prime(ofRow.id, ofRow);
    if (partnerRow) ctx.loaders.organization.byId.prime(partnerRow.id, partnerRow);
    const organization = toEntity(Organization, ofRow);
    primeLinks(ctx, result.links, lookAhead);
    const answerLinks = result.links.map((row) => Object.assign(toLink(row, organization.key, date), { partnerRow: row.partnerBody, endRow: row.endBody }));
    const note = includeEnded ? null : lifetimeNote(ofRow, date);
    return Object.assign(new LiaisonsAnswer(), { organization, asOf: date, total: result.total, links: answerLinks, note });
  }

  @Query(() => OverlapsAnswer, {
    description:
      "Potential duplication (JCA-MV ToR 2.5): topics on which two or more bodies work with no standing liaison between them (a liaison statement does not count), ranked, with their deliverables side by side.",
  })
  async overlaps(
    @Arg("topic", () => String, { nullable: true, description: "Only this topic and narrower ones (default: every topic)." }) topicRef: string | undefined,
    @Arg("minBodies", () => Int, { defaultValue: 2, description: "At least this many bodies without a liaison to another (2–50)." }) minBodies: number,
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "Bodies existing and liaisons holding on this date (default today)." }) asOf: Date | undefined,
    @Arg("maxBodiesPerTopic", () => Int, { defaultValue: 30, description: "Compare at most this many bodies per topic, the most active first (2–100)." }) maxBodies: number,
    @Arg("withinOrganization", () => Boolean, {
      defaultValue: false,
      description:
        "Also pairs of groups of one organization (two IEEE groups; ITU-T SG17 and JCA-MV), each marked with `sameOrganization`. " +
        "By default only pairs across organizations count: duplication within one organization is a different answer (until 2026-12 both were mixed, unmarked).",
    }) withinOrganization: boolean,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OverlapsAnswer> {
    if (!Number.isInteger(minBodies) || minBodies < 2 || minBodies > 50) throw new BadUserInputError("minBodies must be a whole number from 2 to 50", "minBodies");
    if (!Number.isInteger(maxBodies) || maxBodies < minBodies || maxBodies > 100) throw new BadUserInputError("maxBodiesPerTopic must be a whole number from minBodies to 100", "maxBodiesPerTopic");
    const size = sizeArgument(first, "first", 100);
    const date = dateOrToday(ctx, asOf);
    const projections = overlapsLookAhead(info);
    const overlapsUnder = (topicKey: string | undefined) => findOverlaps(ctx.db, { topic: topicKey, minBodies, maxBodies, asOf: date, first: size, withinOrganization }, projections);
    // A topic ref of a readable id's form is checked by the answer's own statement: one statement
    // in all. One that names no topic by its id is resolved (name, alias, words, or a
    // BAD_USER_INPUT) and the answer read again for that topic.
    let result = topicRef === undefined || READABLE_ID.test(topicRef) ? await overlapsUnder(topicRef) : undefined;
    if (!result?.topicFound) {
      const topic = topicRef ? await topicArgument(ctx, topicRef) : undefined;
      result = await overlapsUnder(topic?.key);
    }
    return Object.assign(new OverlapsAnswer(), {
      asOf: date,
      total: result.total,
      overlaps: result.overlaps.map((row) =>
        Object.assign(new Overlap(), {
          topic: toEntity(Topic, row.topic),
          organizations: row.sides.map((side) => toEntity(Organization, side.organization)),
          unlinkedPairs: row.pairs.map(({ a, b, within }) => ({
            a: toEntity(Organization, a), b: toEntity(Organization, b), sameOrganization: within ? toEntity(Organization, within) : null,
          })),
          deliverables: row.sides.map((side) => ({
            organization: toEntity(Organization, side.organization),
            deliverables: side.deliverables.map((d) => toEntity(Deliverable, d)),
          })),
          competingDeliverables: row.competing,
        }),
      ),
    });
  }

  @Query(() => ConnectionAnswer, {
    description:
      "Explained paths between two organizations or people: via parent bodies, reporting lines, liaisons, shared people or shared topics; each hop with its relationship and sources. " +
      "Every distinct structural path within `maxHops` (parent bodies, reporting lines, liaisons, roles; a path visits no body twice), not only the shortest, then the shortest paths through shared topics " +
      "(topics link nearly every two bodies in two hops: longer paths through them explain no more); within each, shorter first, then by strength of evidence (`evidence`: the sources of the least-sourced hop, then all the sources). " +
      `Holds exactly min(first, total) paths. The enumeration is bounded (at most ${PATH_CAP} structural paths): \`capped\` says when it stopped there, and \`total\` is then a lower bound. (Until 2026-12 only the shortest paths were found and counted.)`,
  })
  async connection(
    @Arg("from", () => String, { description: "An organization (id, acronym, name, alias) or a person (id or name)." }) fromRef: string,
    @Arg("to", () => String) toRef: string,
    @Arg("maxHops", () => Int, { defaultValue: 4, description: "At most this many hops (a liaison record counts as one); bounded by MAX_PATH_HOPS." }) maxHops: number,
    @Arg("via", () => [ConnectionVia], { nullable: true, description: "Only through these kinds of link (default all)." }) via: ConnectionVia[] | undefined,
    @Arg("first", () => Int, { defaultValue: 5, description: "At most this many paths (1–20)." }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ConnectionAnswer> {
    sizeArgument(maxHops, "maxHops", ctx.coordination.maxHops);
    const size = sizeArgument(first, "first", 20);
    if (via && via.length === 0) throw new BadUserInputError("via: give at least one kind of link, or leave it out", "via");
    const types = (via ?? Object.values(ConnectionVia)).flatMap((kind) => RELATIONSHIPS_OF[kind]);
    const search = (fromKey: string, toKey: string) => connectionPaths(ctx.db, { from: fromKey, to: toKey, maxHops, types });
    // Two refs of a readable id's form (the usual case) are looked up by the search's own
    // statement: one statement in all, read alone. When one names no body by its id (a person, a
    // name, an alias), both are resolved (or a BAD_USER_INPUT naming the argument) and the paths
    // searched again between what they name.
    let found = fromRef !== toRef && READABLE_ID.test(fromRef) && READABLE_ID.test(toRef) ? await search(fromRef, toRef) : undefined;
    let from: Organization | Person;
    let to: Organization | Person;
    if (found?.fromBody && found.toBody) {
      ctx.loaders.organization.byId.prime(found.fromBody.id, found.fromBody);
      ctx.loaders.organization.byId.prime(found.toBody.id, found.toBody);
      [from, to] = [toEntity(Organization, found.fromBody), toEntity(Organization, found.toBody)];
    } else {
      [from, to] = await Promise.all([partyArgument(ctx, fromRef, "from"), partyArgument(ctx, toRef, "to")]);
      if (from.key === to.key) throw new BadUserInputError("from and to are the same", "to");
      found = await search(from.key, to.key);
    }
    const hopCache: HopCache = new WeakMap();
    const ranked = found.paths
      .map((rels) => ({ hops: toHops(from.key, rels, hopCache), topical: rels.some((r) => r.type === "WORKS_ON") }))
      .filter(({ hops }) => hops.length <= maxHops)
      .map((path) => ({ ...path, ...evidenceOf(path.hops), words: path.hops.map((h) => h.text).join() }))
      .sort((a, b) => Number(a.topical) - Number(b.topical) || a.hops.length - b.hops.length ||
        b.weakest - a.weakest || b.sources - a.sources || a.words.localeCompare(b.words));
    const paths = ranked.slice(0, size).map(({ hops, topical, weakest, sources }) =>
      Object.assign(new ConnectionPath(), { length: hops.length, hops, structural: !topical, evidence: weakest, sources }));
    return Object.assign(new ConnectionAnswer(), { from, to, maxHops, total: ranked.length, capped: found.capped, paths });
  }

  @Query(() => Roadmap, {
    description: "Deliverables and events on a timeline for a date window, grouped by topic and by organization, with status, dates, and what is planned vs done.",
  })
  async roadmap(
    @Arg("topics", () => [String], { nullable: true, description: "Only items on these topics or narrower ones." }) topicRefs: string[] | undefined,
    @Arg("organizations", () => [String], { nullable: true, description: "Only items of these bodies or their sub-groups (events: meetings, organizers, hosts, participants) and events collocated with them." }) orgRefs: string[] | undefined,
    @Arg("from", () => GraphQLDate, { nullable: true }) from: Date | undefined,
    @Arg("to", () => GraphQLDate, { nullable: true }) to: Date | undefined,
    @Arg("statuses", () => [DeliverableStatus], { nullable: true, description: "Only deliverables with these statuses." }) statuses: string[] | undefined,
    @Arg("include", () => [RoadmapItemKind], { nullable: true, description: "Deliverables, events or both (default both)." }) include: RoadmapItemKind[] | undefined,
    @Arg("includeUndated", () => Boolean, { defaultValue: false, description: "Also deliverables with no date at all (listed last)." }) includeUndated: boolean,
    @Arg("first", () => Int, { defaultValue: 200, description: `At most this many items (1–${MAX_LIST}).` }) first: number,
    @Arg("text", () => String, { nullable: true, description: `Only deliverables whose code, title or former references hold these words, and events whose name does (any case; at most ${MAX_TEXT} characters).` }) text: string | undefined,
    @Arg("series", () => [String], { nullable: true, description: `Only items of these standard series (their \`key\`, as \`series\` lists them; at most ${MAX_LIST}). An empty list lists no items, only the series.` }) seriesKeys: string[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Roadmap> {
    const size = sizeArgument(first, "first", MAX_LIST);
    const fromDate = isoDate(from);
    const toDate = isoDate(to);
    if (fromDate && toDate && fromDate > toDate) throw new BadUserInputError("from must not be after to", "to");
    const words = roadmapText(text);
    if (seriesKeys && seriesKeys.length > MAX_LIST) throw new BadUserInputError(`series: at most ${MAX_LIST} series at once`, "series");
    // The outline of every match is read only when it is needed: for `series`, or to find a series' items.
    const outline = seriesKeys !== undefined || selectsSeries(info);
    const itemsFor = (topics: string[] | undefined, organizations: string[] | undefined, ids?: string[]) => roadmapItems(ctx.db, {
      topics,
      organizations,
      statuses,
      from: fromDate,
      to: toDate,
      includeDeliverables: !include || include.includes(RoadmapItemKind.DELIVERABLE),
      includeEvents: !include || include.includes(RoadmapItemKind.EVENT),
      includeUndated,
      text: words,
      ids,
      // With `series`, a first pass reads only the outline (which items are in which series), a second the items of those series.
      outline: outline && ids === undefined,
      first: seriesKeys !== undefined && ids === undefined ? 0 : size,
    });
    // Refs of a readable id's form (the usual case) are checked by the answer's own statement, as
    // liaisons' and whoWorksOn's are: one statement in all, read alone. When one names no body or
    // topic by its id, the refs are resolved (names, aliases, or a BAD_USER_INPUT naming the
    // argument) and the answer read again for what they name.
    let topics = topicRefs;
    let organizations = orgRefs;
    let matched = idRefs(topicRefs) && idRefs(orgRefs) ? await itemsFor(topicRefs, orgRefs) : undefined;
    if (!matched || matched.unknownRefs.length > 0) {
      [topics, organizations] = await Promise.all([topicsArgument(ctx, topicRefs, "topics"), organizationsArgument(ctx, orgRefs, "organizations")]);
      matched = await itemsFor(topics, organizations);
    }
    const groups = outline ? seriesGroups(matched.outline, ctx.today) : [];
    let result = matched;
    if (seriesKeys !== undefined) {
      const wanted = new Set(seriesKeys.map((key) => key.trim().toLowerCase()));
      const ids = groups.filter((group) => wanted.has(group.key)).flatMap((group) => group.ids);
      result = ids.length ? await itemsFor(topics, organizations, ids) : { total: 0, items: [], outline: [], unknownRefs: [] };
    }
    const items = result.items.map((row) => {
      const isDeliverable = row.kind === "DELIVERABLE";
      const status = isDeliverable ? row.node.status : null;
      return Object.assign(new RoadmapItem(), {
        kind: RoadmapItemKind[row.kind],
        date: row.date,
        dateAsGiven: dateAsGiven(row),
        dateKind: row.dateKind,
        overdue: isOverdue(row, ctx.today),
        endDate: row.endDate,
        status,
        planned: isDeliverable ? status === "PLANNED" || status === "IN_PROGRESS" : (row.date ?? "") > ctx.today,
        deliverable: isDeliverable ? toEntity(Deliverable, row.node) : null,
        event: isDeliverable ? null : toEntity(Event, row.node),
        collocatedWith: row.via ? toEntity(Event, row.via) : null,
        topics: row.topics.map((t) => toEntity(Topic, t)),
        organizations: row.organizations.map((o) => toEntity(Organization, o)),
        series: Object.assign(new StandardSeries(), seriesOfItem(row)),
      });
    });
    const planned = items.filter((i) => i.planned).length;
    const done = items.filter((i) => !i.planned && i.status !== "WITHDRAWN").length;
    const series = groups.map(({ ids: _ids, ...group }) => Object.assign(new RoadmapSeries(), group));
    return Object.assign(new Roadmap(), { total: result.total, planned, done, items, byTopic: laneByTopic(items), byOrganization: laneByOrganization(items), series });
  }

  @Query(() => ContactsAnswer, {
    description:
      "The people to write to: holders of roles (chairs, vice-chairs, contact persons…) in the chosen bodies or in bodies working on a topic, and representatives of their standing liaisons, on asOf. " +
      "One row per person and body, with every role they hold there (`roles`); a liaison statement's contacts (a dated message, not a current role) only with `includeStatements: true`. " +
      "A row no source has confirmed for STALE_AFTER_DAYS is marked `unconfirmed` (check it: see stale). " +
      "(Until 2026-12: one row per role and per statement, statements included: TSAG's list held 82 rows, 80 of them from its 2022 statements.)",
  })
  async contacts(
    @Arg("organizations", () => [String], { nullable: true, description: "These bodies (and their sub-groups unless includeSubGroups is false)." }) orgRefs: string[] | undefined,
    @Arg("roles", () => [RoleKind], { nullable: true, description: "Only these roles (default all)." }) roles: string[] | undefined,
    @Arg("topic", () => String, { nullable: true, description: "Only bodies working on this topic or a narrower one (directly or through deliverables)." }) topicRef: string | undefined,
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "Roles and liaisons holding on this date (default today)." }) asOf: Date | undefined,
    @Arg("includeSubGroups", () => Boolean, { defaultValue: true }) includeSubGroups: boolean,
    @Arg("first", () => Int, { defaultValue: 100, description: `At most this many contacts (1–${MAX_LIST}).` }) first: number,
    @Arg("includeStatements", () => Boolean, {
      defaultValue: false,
      description: "Also the contact persons of the liaison statements the bodies sent by asOf (as LIAISON_REPRESENTATIVE): dated messages, not current roles.",
    }) includeStatements: boolean,
    @Arg("perRole", () => Boolean, { defaultValue: false, description: "One row per role and liaison instead of one per person and body." }) perRole: boolean,
    @Ctx() ctx: Context,
  ): Promise<ContactsAnswer> {
    const size = sizeArgument(first, "first", MAX_LIST);
    const [organizations, topic] = await Promise.all([
      organizationsArgument(ctx, orgRefs, "organizations"),
      topicRef ? topicArgument(ctx, topicRef) : Promise.resolve(undefined),
    ]);
    const date = dateOrToday(ctx, asOf);
    const result = await findContacts(ctx.db, { organizations, includeSubGroups, roles, topic: topic?.key, asOf: date, first: size, includeStatements, perRole });
    const cutoff = confirmationCutoff(date, ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS);
    return Object.assign(new ContactsAnswer(), {
      asOf: date,
      total: result.total,
      contacts: result.contacts.map((row) =>
        Object.assign(new Contact(), {
          person: toEntity(Person, row.person),
          organization: onDate(toEntity(Organization, row.organization), date),
          role: row.role,
          roles: row.roles,
          title: row.title,
          sinceDate: row.sinceDate,
          untilDate: row.untilDate,
          liaison: row.liaison ? toEntity(Liaison, row.liaison) : null,
          lastConfirmed: row.lastConfirmed,
          unconfirmed: isUnconfirmed(row.lastConfirmed, cutoff),
          status: isUnconfirmed(row.lastConfirmed, cutoff) ? "UNCONFIRMED" : "CURRENT",
          sources: toSourceRefs(row.sources),
        }),
      ),
    });
  }

  @Query(() => StaleAnswer, {
    description: "What needs checking: facts presented as current on asOf (roles, affiliations, standing liaisons, bodies) whose latest confirming source (`lastConfirmed`) is older than `olderThanDays` (default STALE_AFTER_DAYS, 730). Oldest first.",
  })
  async stale(
    @Arg("asOf", () => GraphQLDate, { nullable: true, description: "Default today." }) asOf: Date | undefined,
    @Arg("olderThanDays", () => Int, { nullable: true, description: "Default STALE_AFTER_DAYS (730)." }) olderThanDays: number | undefined,
    @Arg("kinds", () => [String], { nullable: true, description: "ROLE, AFFILIATION, LIAISON, ORGANIZATION (default all)." }) kinds: string[] | undefined,
    @Arg("first", () => Int, { defaultValue: 100, description: `At most this many facts (1–${MAX_LIST}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<StaleAnswer> {
    const size = sizeArgument(first, "first", MAX_LIST);
    const days = olderThanDays ?? ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    if (!Number.isInteger(days) || days < 0 || days > 36600) throw new BadUserInputError("olderThanDays must be a whole number from 0 to 36600", "olderThanDays");
    const known = ["ROLE", "AFFILIATION", "LIAISON", "ORGANIZATION"];
    const unknown = kinds?.find((k) => !known.includes(k));
    if (unknown !== undefined) throw new BadUserInputError(`kinds: "${unknown}" is not one of ${known.join(", ")}`, "kinds");
    const date = dateOrToday(ctx, asOf);
    const cutoff = confirmationCutoff(date, days);
    const result = await findStale(ctx.db, { asOf: date, cutoff, kinds, first: size });
    const dayMs = 86_400_000;
    return Object.assign(new StaleAnswer(), {
      asOf: date,
      confirmedBefore: cutoff,
      total: result.total,
      facts: result.facts.map((row) => Object.assign(new StaleFact(), {
        kind: row.kind, key: row.key, text: row.text, lastConfirmed: row.lastConfirmed,
        daysSinceConfirmed: Math.round((Date.parse(date) - Date.parse(row.lastConfirmed)) / dayMs),
        sources: toSourceRefs(row.sources),
      })),
    });
  }

  @Query(() => UpcomingAnswer, { description: "Meetings (under way or starting) and deadlines due in the next `days` days from `from`." })
  async upcoming(
    @Arg("from", () => GraphQLDate, { nullable: true, description: "Default today." }) from: Date | undefined,
    @Arg("days", () => Int, { defaultValue: 90, description: `How far ahead (1–${MAX_DAYS}).` }) days: number,
    @Arg("organizations", () => [String], { nullable: true, description: "Only events (and their deadlines) of these bodies or their sub-groups." }) orgRefs: string[] | undefined,
    @Arg("kinds", () => [UpcomingKind], { nullable: true, description: "Events, deadlines or both (default both)." }) kinds: UpcomingKind[] | undefined,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<UpcomingAnswer> {
    sizeArgument(days, "days", MAX_DAYS);
    const size = sizeArgument(first, "first", MAX_LIST);
    const start = dateOrToday(ctx, from);
    const end = addDays(start, days);
    const organizations = await organizationsArgument(ctx, orgRefs, "organizations");
    const result = await findUpcoming(ctx.db, {
      from: start,
      to: end,
      organizations,
      includeEvents: !kinds || kinds.includes(UpcomingKind.EVENT),
      includeDeadlines: !kinds || kinds.includes(UpcomingKind.DEADLINE),
      first: size,
    });
    return Object.assign(new UpcomingAnswer(), {
      from: start,
      to: end,
      total: result.total,
      items: result.items.map((row) =>
        Object.assign(new UpcomingItem(), {
          kind: UpcomingKind[row.kind],
          date: row.date,
          daysAway: daysBetween(start, row.date),
          event: toEntity(Event, row.event),
          deadline: row.deadline ? toEntity(Deadline, row.deadline) : null,
        }),
      ),
    });
  }
}

@Resolver(() => TopicActivity)
export class TopicActivityResolver {
  @FieldResolver(() => [Role], { description: "Its people holding roles on asOf: by default chairs, co-chairs, vice-chairs, convenors, directors, contact persons, liaison representatives, secretariat." })
  async people(@Root() item: TopicActivity, @Arg("roles", () => [RoleKind], { nullable: true }) roles: string[] | undefined, @Ctx() ctx: Context) {
    return (await rolesInOrganization(ctx, item.organizationKey, item.asOf, roles ?? RELEVANT_ROLES, item.rolesRead)).map((row) => toRole(row, item.organizationKey, item.asOf));
  }

  @FieldResolver(() => LiaisonStatus, { description: "Its liaisons with us on asOf: direct, via a body it is part of, or held by a sub-group; or none." })
  async liaisonStatus(@Root() item: TopicActivity, @Ctx() ctx: Context): Promise<LiaisonStatus> {
    const status = await ctx.loaders.coordination.status.load(statusKey(item.organizationKey, item.us.key, item.asOf));
    const links = status.links.map((row) => toLink(row, item.organizationKey, item.asOf));
    return Object.assign(new LiaisonStatus(), {
      us: item.us,
      relationToUs: status.relationToUs ? RelationToUs[status.relationToUs] : null,
      hasLiaison: links.some((l) => l.inheritance !== LiaisonInheritance.VIA_SUB_GROUP),
      links,
    });
  }
}

@Resolver(() => Hop)
export class HopResolver {
  @FieldResolver(() => Node, { description: "The node the step starts from." })
  async from(@Root() hop: Hop, @Ctx() ctx: Context): Promise<Node> {
    return requireLoaded(await loadEntity(ctx, hop.fromRef.label, hop.fromRef.key), hop.fromRef);
  }

  @FieldResolver(() => Node, { description: "The node the step goes to." })
  async to(@Root() hop: Hop, @Ctx() ctx: Context): Promise<Node> {
    return requireLoaded(await loadEntity(ctx, hop.toRef.label, hop.toRef.key), hop.toRef);
  }
}

/** A hop's end read a moment ago is still there, unless a write removed it in between. */
function requireLoaded(node: Node | null, ref: { label: string; key: string }): Node {
  if (!node) throw new Error(`the ${ref.label} ${ref.key} of a path is gone`);
  return node;
}

/** What an activity answer offers beside its bodies: read only when selected. */
@Resolver(() => ActivityAnswer)
export class ActivityAnswerResolver {
  @FieldResolver(() => [RelatedTopic], {
    description: "Topics related to the one asked about (neither broader nor narrower, named together by the sources), each link with its sources: ask again with `includeRelated: true` to follow them.",
  })
  async relatedTopics(@Root() answer: ActivityAnswer, @Ctx() ctx: Context): Promise<RelatedTopic[]> {
    return (await ctx.loaders.topic.related.load(answer.topic.key)).map(({ node, edge }) => Object.assign(new RelatedTopic(), { topic: toEntity(Topic, node), sources: toSourceRefs(edge.sources) }));
  }
}

@Resolver(() => LiaisonLink)
export class LiaisonLinkResolver {
  @FieldResolver(() => HoldingStatus, {
    description:
      "Where the liaison stands on the date asked about: CURRENT, UNCONFIRMED (it holds by its dates, but no source has confirmed it within STALE_AFTER_DAYS), ENDED, NOT_STARTED, " +
      "or MESSAGE for a liaison statement. `current` is true exactly for CURRENT and UNCONFIRMED.",
  })
  status(@Root() link: LiaisonLink, @Ctx() ctx: Context): string {
    const status = holdingStatus(link.liaison, link.asOf, confirmationCutoff(link.asOf, ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS));
    // A liaison of a body that no longer exists holds by its dates but is not current.
    return !link.current && (status === "CURRENT" || status === "UNCONFIRMED") ? "ENDED" : status;
  }

  @FieldResolver(() => Organization, { description: "The end of the liaison on this body's side: the body itself, a body it is part of, or one of its sub-groups." })
  async end(@Root() link: LiaisonLink, @Ctx() ctx: Context): Promise<Organization> {
    return linkEnd(link.endRow ?? (await ctx.loaders.organization.byId.load(link.endKey)), link.endKey, link.asOf);
  }

  @FieldResolver(() => Organization, { description: "The body at the other end." })
  async partner(@Root() link: LiaisonLink, @Ctx() ctx: Context): Promise<Organization> {
    return linkEnd(link.partnerRow ?? (await ctx.loaders.organization.byId.load(link.partnerKey)), link.partnerKey, link.asOf);
  }
}

/** A liaison's end, read by id a moment after the liaison, with its name as in force on the answer's date. */
function linkEnd(row: Record<string, unknown> | null, key: string, asOf: string): Organization {
  if (!row) throw new Error(`the Organization ${key} of a liaison is gone`);
  return onDate(toEntity(Organization, row), asOf);
}
