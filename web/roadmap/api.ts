// The page's only data source: mvgraph's GraphQL API, on the same origin, with the credential of
// the tab's sign-in when there is one (../shared/session.ts).
import { graphql } from "../shared/session.js";

export { ApiError } from "../shared/session.js";

export interface Named {
  id: string;
  key: string;
  name: string;
  acronym?: string | null;
}

export interface SourceRef {
  ref: string;
  locator: string | null;
  document: { title: string; reference: string | null; url: string | null } | null;
}

export interface RoadmapItem {
  kind: "DELIVERABLE" | "EVENT";
  date: string | null;
  /** As precisely as the sources give it: "2019", "2019-05" or "2019-05-13". */
  dateAsGiven: string | null;
  dateKind: string | null;
  overdue: boolean;
  endDate: string | null;
  status: string | null;
  planned: boolean;
  deliverable: { id: string; key: string; code: string; title: string } | null;
  event: { id: string; key: string; name: string; kind: string } | null;
  collocatedWith: { key: string; name: string } | null;
  topics: Array<{ key: string; name: string }>;
  organizations: Array<{ key: string; name: string; acronym: string | null }>;
  series: { key: string; name: string };
}

export interface Roadmap {
  total: number;
  planned: number;
  done: number;
  items: RoadmapItem[];
}

/** A standard series of the matching items, with its counts (the API's RoadmapSeries). */
export interface SeriesGroup {
  key: string;
  name: string;
  count: number;
  planned: number;
  done: number;
  overdue: number;
  first: string | null;
  last: string | null;
}

/** The most items one answer lists: past it, the page says how many it leaves out. */
export const ITEMS_PER_ANSWER = 500;

const ITEM_FIELDS = `
        kind date dateAsGiven dateKind overdue endDate status planned
        deliverable { id key code title }
        event { id key name kind }
        collocatedWith { key name }
        topics { key name }
        organizations { key name acronym }
        series { key name }`;

const ROADMAP = /* GraphQL */ `
  query Roadmap($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, first: ${ITEMS_PER_ANSWER}) {
      total planned done
      items { ${ITEM_FIELDS} }
    }
  }`;

export async function fetchRoadmap(variables: Record<string, unknown>): Promise<Roadmap> {
  return (await graphql<{ roadmap: Roadmap }>(ROADMAP, variables)).roadmap;
}

const SERIES = /* GraphQL */ `
  query RoadmapSeries($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, series: []) {
      series { key name count planned done overdue first last }
    }
  }`;

/** Every series of the items matching the filters, with counts: no items. */
export async function fetchSeries(variables: Record<string, unknown>): Promise<SeriesGroup[]> {
  return (await graphql<{ roadmap: { series: SeriesGroup[] } }>(SERIES, variables)).roadmap.series;
}

const SERIES_ITEMS = /* GraphQL */ `
  query RoadmapSeriesItems($topics: [String!], $organizations: [String!], $from: Date, $to: Date, $statuses: [DeliverableStatus!], $include: [RoadmapItemKind!], $text: String, $series: [String!]) {
    roadmap(topics: $topics, organizations: $organizations, from: $from, to: $to, statuses: $statuses, include: $include, text: $text, series: $series, first: ${ITEMS_PER_ANSWER}) {
      total planned done
      items { ${ITEM_FIELDS} }
    }
  }`;

/** The items of the open series only. */
export async function fetchSeriesItems(variables: Record<string, unknown>, series: string[]): Promise<Roadmap> {
  return (await graphql<{ roadmap: Roadmap }>(SERIES_ITEMS, { ...variables, series })).roadmap;
}

/** The server's today and the date the data is as of (the newest source document). */
export async function fetchAsOf(): Promise<{ today: string; dataAsOf: string | null }> {
  return (await graphql<{ summary: { today: string; dataAsOf: string | null } }>("query AsOf { summary { today dataAsOf } }")).summary;
}

/** Every organization and topic, for the filters (pages of 100 until the end). */
export async function fetchChoices(): Promise<{ organizations: Named[]; topics: Named[] }> {
  const all = async (field: "organizations" | "topics", fields: string): Promise<Named[]> => {
    const nodes: Named[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const data: Record<string, { nodes: Named[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await graphql(
        `query Choices($after: String) { ${field}(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      nodes.push(...data[field]!.nodes);
      if (!data[field]!.pageInfo.hasNextPage) break;
      after = data[field]!.pageInfo.endCursor;
    }
    return nodes;
  };
  const [organizations, topics] = await Promise.all([all("organizations", "id key name acronym"), all("topics", "id key name")]);
  const byLabel = (a: Named, b: Named) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name);
  return { organizations: organizations.sort(byLabel), topics: topics.sort(byLabel) };
}

export interface LiaisonLink {
  inheritance: "DIRECT" | "VIA_PARENT" | "VIA_SUB_GROUP";
  direction: "OUTGOING" | "INCOMING";
  current: boolean;
  end: Named;
  partner: Named & { kind: string };
  liaison: { id: string; key: string; kind: string; subject: string | null; since: string | null };
}

export interface TopicBody {
  organization: Named;
  active: boolean;
  ownWork: number;
  liaisonStatus: { hasLiaison: boolean; relationToUs: string | null };
}

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

/** The most liaisons of one body drawn. */
export const LIAISONS_SHOWN = 300;

const LIAISONS = /* GraphQL */ `
  query Liaisons($of: String!) {
    liaisons(of: $of, first: ${LIAISONS_SHOWN}) {
      organization { id key name acronym }
      total
      links {
        inheritance direction current
        end { id key name acronym }
        partner { id key name acronym kind }
        liaison { id key kind subject since }
      }
    }
  }`;

const TOPIC_BODIES = /* GraphQL */ `
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
  }`;

/**
 * A body's liaisons and, with a topic, the first `size` bodies working on it (the most active
 * first) and which of them have no liaison with the body (gaps), with how many there are in all.
 */
export async function fetchNetwork(organization: string, topic: string | null, size: number): Promise<Network> {
  const [liaisons, onTopic] = await Promise.all([
    graphql<{ liaisons: { organization: Named; total: number; links: LiaisonLink[] } }>(LIAISONS, { of: organization }),
    topic
      ? graphql<{
          whoWorksOn: { topic: { key: string; name: string }; total: number; organizations: TopicBody[] };
          liaisonGaps: { total: number; organizations: Array<{ organization: Named }> };
        }>(TOPIC_BODIES, { topic, us: organization, size })
      : undefined,
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

const SOURCES = "sources { ref locator document { title reference url } }";

const DETAILS = /* GraphQL */ `
  query Details($id: ID!) {
    node(id: $id) {
      __typename
      ... on Deliverable {
        key code title deliverableKind: kind deliverableStatus: status confidence approved consented published target description
        developedBy { key name acronym } topics { key name } ${SOURCES}
      }
      ... on Event {
        key name eventKind: kind start end startsAt endsAt timezone venue city country description
        meetingOf { key name acronym } organizers { key name acronym } hosts { key name acronym }
        collocatedWith { key name start } topics { key name }
        deadlines { key kind dueDate description submitTo }
        ${SOURCES}
      }
      ... on Organization {
        key name acronym organizationKind: kind organizationStatus: status established closed mandate description website mailbox
        parent { key name acronym } ${SOURCES}
      }
    }
  }`;

/** One entity's fields; `kind` and `status` are aliased per type (their GraphQL types differ). */
export type Details = Record<string, unknown> & { __typename: string; sources: SourceRef[] };

export async function fetchDetails(id: string): Promise<Details | null> {
  return (await graphql<{ node: Details | null }>(DETAILS, { id })).node;
}
