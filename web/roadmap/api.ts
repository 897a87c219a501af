// The page's only data source: mvgraph's GraphQL API, on the same origin, with the credential of
// the tab's sign-in when there is one (../shared/session.ts). The answers' types come from the
// API's schema through the queries themselves (../shared/graphql.ts), never written by hand.
import { gql, type ResultOf, type VariablesOf } from "../shared/graphql.js";
import { graphql } from "../shared/session.js";

export { ApiError } from "../shared/session.js";

/** The most items one answer lists: past it, the page says how many it leaves out. */
export const ITEMS_PER_ANSWER = 500;

const ITEM_FIELDS = gql(`
  fragment RoadmapItemFields on RoadmapItem {
    kind date dateAsGiven dateKind overdue endDate status planned
    deliverable { id key code title }
    event { id key name kind }
    collocatedWith { key name }
    topics { key name }
    organizations { key name acronym }
    series { key name }
  }`);

const ROADMAP = gql(`
  query Roadmap($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String, $first: Int!) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, first: $first) {
      total planned done
      items { ...RoadmapItemFields }
    }
  }`, [ITEM_FIELDS]);

/** The roadmap's filters as API variables (filters.ts builds them from the page's address). */
export type RoadmapVariables = Omit<VariablesOf<typeof ROADMAP>, "first">;
export type Roadmap = ResultOf<typeof ROADMAP>["roadmap"];
export type RoadmapItem = Roadmap["items"][number];

export async function fetchRoadmap(variables: RoadmapVariables): Promise<Roadmap> {
  return (await graphql(ROADMAP, { ...variables, first: ITEMS_PER_ANSWER })).roadmap;
}

const SERIES = gql(`
  query RoadmapSeries($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, series: []) {
      series { key name count planned done overdue first last }
    }
  }`);

/** A standard series of the matching items, with its counts (the API's RoadmapSeries). */
export type SeriesGroup = ResultOf<typeof SERIES>["roadmap"]["series"][number];

/** Every series of the items matching the filters, with counts: no items. */
export async function fetchSeries(variables: RoadmapVariables): Promise<SeriesGroup[]> {
  return (await graphql(SERIES, variables)).roadmap.series;
}

const SERIES_ITEMS = gql(`
  query RoadmapSeriesItems($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String, $series: [String!], $first: Int!) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, series: $series, first: $first) {
      total planned done
      items { ...RoadmapItemFields }
    }
  }`, [ITEM_FIELDS]);

/** The items of the open series only. */
export async function fetchSeriesItems(variables: RoadmapVariables, series: string[]): Promise<Roadmap> {
  return (await graphql(SERIES_ITEMS, { ...variables, series, first: ITEMS_PER_ANSWER })).roadmap;
}

const AS_OF = gql(`query AsOf { summary { today dataAsOf } }`);

/** The server's today and the date the data is as of (the newest source document). */
export async function fetchAsOf(): Promise<ResultOf<typeof AS_OF>["summary"]> {
  return (await graphql(AS_OF)).summary;
}

const ORGANIZATION_CHOICES = gql(`
  query OrganizationChoices($after: String) { organizations(first: 100, after: $after) { nodes { id key name acronym } pageInfo { hasNextPage endCursor } } }`);
const TOPIC_CHOICES = gql(`
  query TopicChoices($after: String) { topics(first: 100, after: $after) { nodes { id key name } pageInfo { hasNextPage endCursor } } }`);

/** A body or a topic as the page names it (its acronym where it has one). */
export interface Named {
  id: string;
  key: string;
  name: string;
  acronym?: string | null;
}

/** Every organization and topic, for the filters (pages of 100 until the end). */
export async function fetchChoices(): Promise<{ organizations: Named[]; topics: Named[] }> {
  type Page = { nodes: Named[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const all = async (page: (after: string | null) => Promise<Page>): Promise<Named[]> => {
    const nodes: Named[] = [];
    let after: string | null = null;
    for (let n = 0; n < 50; n += 1) {
      const answer: Page = await page(after);
      nodes.push(...answer.nodes);
      if (!answer.pageInfo.hasNextPage) break;
      after = answer.pageInfo.endCursor;
    }
    return nodes;
  };
  const [organizations, topics] = await Promise.all([
    all(async (after) => (await graphql(ORGANIZATION_CHOICES, { after })).organizations),
    all(async (after) => (await graphql(TOPIC_CHOICES, { after })).topics),
  ]);
  const byLabel = (a: Named, b: Named) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name);
  return { organizations: organizations.sort(byLabel), topics: topics.sort(byLabel) };
}

/** The most liaisons of one body drawn. */
export const LIAISONS_SHOWN = 300;

const LIAISONS = gql(`
  query Liaisons($of: String!, $first: Int!) {
    liaisons(of: $of, first: $first) {
      organization { id key name acronym }
      total
      links {
        inheritance direction current
        end { id key name acronym }
        partner { id key name acronym kind }
        liaison { id key kind subject since }
      }
    }
  }`);

const TOPIC_BODIES = gql(`
  query TopicBodies($topic: String!, $us: String!, $size: Int!) {
    whoWorksOn(topic: $topic, us: $us, first: $size, evidenceLimit: 1, includeInactive: false) {
      topic { key name }
      total
      organizations { organization { id key name acronym } active ownWork liaisonStatus { hasLiaison relationToUs } }
    }
    liaisonGaps(topic: $topic, of: $us, first: $size, evidenceLimit: 1) {
      total
      organizations { organization { id key name acronym } }
    }
  }`);

export type LiaisonLink = ResultOf<typeof LIAISONS>["liaisons"]["links"][number];
export type TopicBody = ResultOf<typeof TOPIC_BODIES>["whoWorksOn"]["organizations"][number];

export interface Network {
  organization: Named;
  links: LiaisonLink[];
  /** All the body's liaisons (`links` holds at most LIAISONS_SHOWN). */
  linksTotal: number;
  topic: { key: string; name: string } | null;
  bodies: TopicBody[];
  /** All the bodies working on the topic (`bodies` holds at most the network's size). */
  bodiesTotal: number;
  gaps: Named[];
  gapsTotal: number;
}

/**
 * A body's liaisons and, with a topic, the first `size` bodies working on it (the most active
 * first) and which of them have no liaison with the body (gaps), with how many there are in all.
 */
export async function fetchNetwork(organization: string, topic: string | null, size: number): Promise<Network> {
  const [liaisons, onTopic] = await Promise.all([
    graphql(LIAISONS, { of: organization, first: LIAISONS_SHOWN }),
    topic ? graphql(TOPIC_BODIES, { topic, us: organization, size }) : undefined,
  ]);
  return {
    organization: liaisons.liaisons.organization,
    links: liaisons.liaisons.links,
    linksTotal: liaisons.liaisons.total,
    topic: onTopic?.whoWorksOn.topic ?? null,
    bodies: onTopic?.whoWorksOn.organizations ?? [],
    bodiesTotal: onTopic?.whoWorksOn.total ?? 0,
    gaps: onTopic?.liaisonGaps.organizations.map((o) => o.organization) ?? [],
    gapsTotal: onTopic?.liaisonGaps.total ?? 0,
  };
}

const SOURCES = gql(`fragment DetailSources on SourceRef { ref locator document { title reference url } }`);

const DETAILS = gql(`
  query Details($id: ID!) {
    node(id: $id) {
      __typename
      ... on Deliverable {
        key code title deliverableKind: kind deliverableStatus: status confidence approved consented published target description
        developedBy { key name acronym } topics { key name } sources { ...DetailSources }
      }
      ... on Event {
        key name eventKind: kind start end startsAt endsAt timezone venue city country description
        meetingOf { key name acronym } organizers { key name acronym } hosts { key name acronym }
        collocatedWith { key name start } topics { key name }
        deadlines { key kind dueDate description submitTo }
        sources { ...DetailSources }
      }
      ... on Organization {
        key name acronym organizationKind: kind organizationStatus: status established closed mandate description website mailbox
        parent { key name acronym } sources { ...DetailSources }
      }
    }
  }`, [SOURCES]);

export type SourceRef = ResultOf<typeof SOURCES>;

/** One entity's fields; `kind` and `status` are aliased per type (their GraphQL types differ). */
export type Details = Record<string, unknown> & { __typename: string; sources: SourceRef[] };

export async function fetchDetails(id: string): Promise<Details | null> {
  return (await graphql(DETAILS, { id })).node as Details | null;
}
