/**
 * The query mix as the peer (the Neo4j GraphQL Library over the same graph) asks it: for each mix
 * query the library can express, the document that asks for the same answer as closely as its
 * generated API allows, and what still differs.
 *
 * The library has no variable-length paths, but its relationship filters nest (`some`, `NOT`),
 * so "X or a sub-group of X", "T or a narrower topic" are written as filters unrolled to the
 * product's own bound of 8 hops (MAX_HOPS), built here in the variables. What it cannot do is
 * rank by computed values, compare two matched nodes with each other, or search paths.
 */
import { toLuceneQuery } from "../../src/search/search.repository.js";
import type { Probes, QueryName } from "../mix.js";

export interface PeerQuery {
  document: string;
  variables(p: Probes): Record<string, unknown>;
  /** What differs from mvgraph's answer, in one sentence ("" if nothing). */
  approximation: string;
}

type Where = Record<string, unknown>;

/** The product's bound on PART_OF* and BROADER* walks. */
const MAX_HOPS = 8;
/**
 * The bound where a sub-group walk and a narrower-topic walk compose (whoWorksOn, liaisonGaps):
 * the unrolled filter grows with their product, and Neo4j's planning time with it (8 and 4 hops
 * took 14 s on the seed graph, 8 and 8 over a minute), so 4 each, past the seed graph's depth of 3.
 */
const COMPOSED_HOPS = 4;
/** The roles whoWorksOn and liaisonGaps list (the product's RELEVANT_ROLES). */
const RELEVANT_ROLES = ["CHAIR", "CO_CHAIR", "VICE_CHAIR", "CONVENOR", "DIRECTOR", "CONTACT_PERSON", "LIAISON_REPRESENTATIVE", "SECRETARIAT"];

const byKey = (key: string): Where => ({ key: { eq: key } });

/** Nodes matching `base`, or reaching one through 1..hops `relationship` steps (a bounded `*0..hops`). */
function reaching(relationship: string, base: Where, hops = MAX_HOPS): Where {
  return hops === 0 ? base : { OR: [base, { [relationship]: { some: reaching(relationship, base, hops - 1) } }] };
}

/** A liaison or role holding on `date`: since inclusive, until exclusive. */
const holdsOn = (date: string): Where => ({
  AND: [{ OR: [{ sinceDate: { eq: null } }, { sinceDate: { lte: date } }] }, { OR: [{ untilDate: { eq: null } }, { untilDate: { gt: date } }] }],
});

/** An organization existing on `date` (a CLOSED body without a date is not). */
const existsOn = (date: string): Where => ({
  AND: [
    { OR: [{ establishedDate: { eq: null } }, { establishedDate: { lte: date } }] },
    { OR: [{ closedDate: { eq: null } }, { closedDate: { gt: date } }] },
    { NOT: { AND: [{ status: { eq: "CLOSED" } }, { closedDate: { eq: null } }] } },
  ],
});

/** Topic `key` or any narrower topic. */
const topicOrNarrower = (key: string) => reaching("broader", byKey(key), COMPOSED_HOPS);
/** The body works on the topic itself: WORKS_ON, or a deliverable it develops addresses it. */
const ownWork = (topic: Where): Where => ({ OR: [{ topics: { some: topic } }, { deliverables: { some: { topics: { some: topic } } } }] });
/** The body, or one of its sub-groups, works on the topic. */
const ownOrSubGroupWork = (topic: Where) => reaching("subGroups", ownWork(topic), COMPOSED_HOPS);
/** A body with a liaison holding on `date` to body `us`, in either direction. */
const linkedTo = (us: string, date: string): Where => ({
  OR: [
    { liaisonsFrom: { some: { AND: [holdsOn(date), { to: { some: byKey(us) } }] } } },
    { liaisonsTo: { some: { AND: [holdsOn(date), { from: { some: byKey(us) } }] } } },
  ],
});
const today = () => new Date().toISOString().slice(0, 10);

/** Per body: its own evidence on the topic, the direct sub-groups whose subtree works on it, its people on the date. */
const ACTIVITY_FIELDS = /* GraphQL */ `
  key name status establishedDate closedDate
  topicsConnection(where: { node: $topic }, sort: [{ node: { name: ASC } }]) { edges { properties { evidence sources } node { key name } } }
  deliverables(where: { topics: { some: $topic } }, sort: [{ code: ASC }]) { code title sources topics(where: $topic) { key } }
  subGroups(where: $subGroupWork, sort: [{ name: ASC }]) { key name }
  rolesConnection(where: { edge: $role }, sort: [{ edge: { role: ASC } }, { node: { name: ASC } }]) { edges { properties { role title } node { name } } }`;

function activityVariables(topic: string, asOf: string): Where {
  const topicWhere = topicOrNarrower(topic);
  return {
    topic: topicWhere,
    subGroupWork: ownOrSubGroupWork(topicWhere),
    role: { AND: [{ role: { in: RELEVANT_ROLES } }, holdsOn(asOf)] },
  };
}

const searchField = (field: string, selection: string) =>
  `${field}(phrase: $phrase, first: 10, sort: [{ score: DESC }, { node: { key: ASC } }]) { edges { score node { __typename ${selection} } } }`;

export const peerQueries: Partial<Record<QueryName, PeerQuery>> = {
  whoWorksOn: {
    document: /* GraphQL */ `
      query WhoWorksOn($where: OrganizationWhere!, $topic: TopicWhere!, $subGroupWork: OrganizationWhere!, $role: RoleWhere!, $fromUs: LiaisonWhere!, $toUs: LiaisonWhere!) {
        organizationsConnection(first: 50, where: $where, sort: [{ name: ASC }, { key: ASC }]) {
          totalCount
          edges { node {
            ${ACTIVITY_FIELDS}
            liaisonsFrom(where: $toUs, sort: [{ sinceDate: ASC }]) { kind since until }
            liaisonsTo(where: $fromUs, sort: [{ sinceDate: ASC }]) { kind since until }
          } }
        }
      }`,
    variables: (p) => {
      const base = activityVariables(p.topic, p.asOf);
      return {
        ...base,
        where: ownOrSubGroupWork(base.topic as Where),
        toUs: { AND: [holdsOn(p.asOf), { to: { some: byKey(p.home) } }] },
        fromUs: { AND: [holdsOn(p.asOf), { from: { some: byKey(p.home) } }] },
      };
    },
    approximation:
      "Same bodies and total, but ranked by name instead of by activity (active, own work, sub-group work), with sub-groups' work shown only as the direct sub-groups involved, and only the body's own direct liaisons with us (none inherited through PART_OF, no relation-to-us).",
  },

  liaisons: {
    document: /* GraphQL */ `
      query Liaisons($where: LiaisonWhere!) {
        liaisonsConnection(first: 100, where: $where, sort: [{ sinceDate: ASC }, { key: ASC }]) {
          totalCount
          edges { node { key kind since subject sources from { key name } to { key name } } }
        }
      }`,
    variables: (p) => {
      // The body, a body it is part of (VIA_PARENT) or one of its sub-groups (VIA_SUB_GROUP).
      const reaches = { OR: [reaching("subGroups", byKey(p.home)), { parent: { some: reaching("parent", byKey(p.home), MAX_HOPS - 1) } }] };
      return { where: { AND: [holdsOn(p.asOf), { OR: [{ from: { some: reaches } }, { to: { some: reaches } }] }] } };
    },
    approximation:
      "Each liaison once with both ends, leaving inheritance (direct, via parent, via sub-group), direction, partner and the PART_OF path for the client to derive, ordered by date instead of by inheritance then date.",
  },

  liaisonGaps: {
    document: /* GraphQL */ `
      query LiaisonGaps($where: OrganizationWhere!, $topic: TopicWhere!, $subGroupWork: OrganizationWhere!, $role: RoleWhere!) {
        organizationsConnection(first: 50, where: $where, sort: [{ name: ASC }, { key: ASC }]) {
          totalCount
          edges { node { ${ACTIVITY_FIELDS} } }
        }
      }`,
    variables: (p) => {
      const base = activityVariables(p.topic, p.asOf);
      const where = {
        AND: [
          ownOrSubGroupWork(base.topic as Where),
          existsOn(p.asOf),
          { NOT: reaching("parent", byKey(p.home)) }, // not us, not part of us
          { NOT: { subGroups: { some: reaching("subGroups", byKey(p.home), MAX_HOPS - 1) } } }, // not a body we are part of
          { NOT: reaching("parent", linkedTo(p.home, p.asOf)) }, // no liaison with us, directly or via a body it is part of
        ],
      };
      return { ...base, where };
    },
    approximation:
      "Same bodies and total when us is not a coordination body (JCA), but ranked by name instead of by how much they do on the topic, with sub-groups' work shown only as the direct sub-groups involved. When us is a JCA, the bodies of its own sector are not left out (a nested walk up to a SECTOR and down to us takes over a minute to plan).",
  },

  roadmap: {
    document: /* GraphQL */ `
      query Roadmap($deliverables: DeliverableWhere!, $events: EventWhere!) {
        deliverablesConnection(first: 200, where: $deliverables, sort: [{ code: ASC }]) {
          totalCount
          edges { node { code title status published publishedDate approvedDate consentedDate targetDate developedBy { key } } }
        }
        eventsConnection(first: 200, where: $events, sort: [{ startDate: ASC }, { name: ASC }]) {
          totalCount
          edges { node { name city startDate endDate meetingOf { key } organizers { key } } }
        }
      }`,
    variables: (p) => {
      const ours = reaching("parent", byKey(p.roadmapOrganization)); // the body or a sub-group of it
      const inWindow = { gte: p.from, lte: p.to };
      // A deliverable is dated by its latest milestone: published, else approved, else consented, else target.
      const milestones = ["publishedDate", "approvedDate", "consentedDate", "targetDate"];
      const datedInWindow = milestones.map((field, i) => ({
        AND: [...milestones.slice(0, i).map((earlier) => ({ [earlier]: { eq: null } })), { [field]: inWindow }],
      }));
      const eventOfOurs = { OR: ["meetingOf", "organizers", "hosts", "participants"].map((r) => ({ [r]: { some: ours } })) };
      return {
        deliverables: { AND: [{ developedBy: { some: ours } }, { OR: datedInWindow }] },
        events: {
          AND: [
            { endDate: { gte: p.from } },
            { startDate: { lte: p.to } },
            // Events of ours, and events collocated with one of ours (the product's `via`).
            { OR: [eventOfOurs, { collocatedWith: { some: eventOfOurs } }, { collocatedWithThis: { some: eventOfOurs } }] },
          ],
        },
      };
    },
    approximation:
      "Two lists (deliverables by code, events by date, each up to 200) that the client must date by milestone and merge into one timeline capped at 200, without the `via` of collocated events.",
  },

  nestedListing: {
    document: /* GraphQL */ `
      query NestedListing($kind: String!, $role: RoleWhere!) {
        organizationsConnection(first: 20, where: { kind: { eq: $kind } }, sort: [{ name: ASC }, { key: ASC }]) {
          totalCount
          edges { node {
            key name acronym
            parent { key name }
            subGroups(sort: [{ name: ASC }]) { key name }
            rolesConnection(where: { edge: $role }, sort: [{ edge: { role: ASC } }, { node: { name: ASC } }]) { edges { properties { role } node { name } } }
            topics(sort: [{ name: ASC }]) { key name }
            deliverables(limit: 5, sort: [{ code: ASC }]) { code title status }
          } }
        }
      }`,
    // Roles holding today, as the product's `roles` without asOf.
    variables: (p) => ({ kind: p.listingKind, role: holdsOn(today()) }),
    approximation: "",
  },

  search: {
    document: /* GraphQL */ `
      query Search($phrase: String!) {
        ${searchField("searchOrganizations", "key name")}
        ${searchField("searchTopics", "key name")}
        ${searchField("searchDeliverables", "key code title")}
        ${searchField("searchPeople", "key name")}
        ${searchField("searchEvents", "key")}
        ${searchField("searchDocuments", "key")}
      }`,
    // The product's own Lucene query for the text, so both rank with the same scores.
    variables: (p) => ({ phrase: toLuceneQuery(p.searchText) ?? p.searchText }),
    approximation:
      "Six per-label top-10 lists from the same index (six statements in one request), which the client merges by score into the product's single top 10.",
  },
};

export const notExpressible: Partial<Record<QueryName, string>> = {
  overlaps:
    "It compares matched bodies with each other (pairs working on one topic with no liaison between them or their parents, and neither part of the other), and the library's filters can only test one node at a time, with no variable bound to another result.",
  connection:
    "It is a shortest-path search over several relationship types, and the library generates neither shortestPath nor variable-length patterns; nested selections could only enumerate a fixed-depth tree and leave the search to the client.",
};
