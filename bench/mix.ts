import { Kind, parse, type SelectionNode } from "graphql";

/**
 * The query mix of `npm run bench`: what analysts run, as the product's GraphQL documents. Every
 * query takes its arguments from `Probes`, the entities the synthetic generator picks at each
 * scale (readable ids), so the same question is asked of every graph and every system.
 */
export interface Probes {
  /** A topic several bodies work on, some in liaison with `home`, some not. */
  topic: string;
  /** "Us": the coordinating body (JCA-MV's role in the seed graph). */
  home: string;
  /** A body a few hops from `home`, for connection(). */
  far: string;
  /** A top-level body whose roadmap is asked for (its sub-groups included). */
  roadmapOrganization: string;
  /** The roadmap window, ISO dates. */
  from: string;
  to: string;
  /** The date the coordination questions are asked on (the synthetic "today"). */
  asOf: string;
  /** A word an analyst types into search. */
  searchText: string;
  /** The organization kind the nested listing filters on. */
  listingKind: string;
  /** An alias of one organization (none of its id, name or acronym) and that organization's id: the alias lookup. */
  alias: string;
  aliasOf: string;
}

export type QueryName =
  | "whoWorksOn" | "liaisons" | "liaisonGaps" | "overlaps" | "connection" | "roadmap" | "nestedListing" | "search";

export interface MixQuery {
  name: QueryName;
  /** True for the coordination questions (the ×1000 p95 target is about these). */
  coordination: boolean;
  document: string;
  variables(p: Probes): Record<string, unknown>;
}

/**
 * The query's depth: how many levels of fields with a selection of their own it nests (leaves do
 * not count). A product that batches per level needs at most one round trip per level.
 */
export function selectionDepth(document: string): number {
  const depthOf = (selections: readonly SelectionNode[]): number =>
    Math.max(0, ...selections.map((s) => {
      if (s.kind === Kind.FIELD) return s.selectionSet ? 1 + depthOf(s.selectionSet.selections) : 0;
      return s.kind === Kind.INLINE_FRAGMENT ? depthOf(s.selectionSet.selections) : 0;
    }));
  const operation = parse(document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && "selectionSet" in operation ? depthOf(operation.selectionSet.selections) : 0;
}

export const mix: MixQuery[] = [
  {
    name: "whoWorksOn",
    coordination: true,
    document: /* GraphQL */ `
      query WhoWorksOn($topic: String!, $us: String!, $asOf: Date!) {
        whoWorksOn(topic: $topic, us: $us, asOf: $asOf) {
          total
          organizations {
            organization { key name }
            active ownWork subGroupWork
            evidence { through deliverable { code } path { text sources { ref } } }
            people { role title person { name } }
            liaisonStatus { hasLiaison relationToUs links { inheritance liaison { kind since until } path { text } } }
          }
        }
      }`,
    variables: (p) => ({ topic: p.topic, us: p.home, asOf: p.asOf }),
  },
  {
    name: "liaisons",
    coordination: true,
    document: /* GraphQL */ `
      query Liaisons($of: String!, $asOf: Date!) {
        liaisons(of: $of, asOf: $asOf) {
          total
          links { inheritance direction partner { key name } liaison { kind since subject sources { ref } } path { text } }
        }
      }`,
    variables: (p) => ({ of: p.home, asOf: p.asOf }),
  },
  {
    name: "liaisonGaps",
    coordination: true,
    document: /* GraphQL */ `
      query LiaisonGaps($topic: String!, $of: String!, $asOf: Date!) {
        liaisonGaps(topic: $topic, of: $of, asOf: $asOf) {
          total
          organizations {
            organization { key name }
            ownWork
            evidence { through deliverable { code title } path { text sources { ref } } }
            people { role person { name } }
          }
        }
      }`,
    variables: (p) => ({ topic: p.topic, of: p.home, asOf: p.asOf }),
  },
  {
    name: "overlaps",
    coordination: true,
    document: /* GraphQL */ `
      query Overlaps($topic: String!, $asOf: Date!) {
        overlaps(topic: $topic, asOf: $asOf, first: 10) {
          total
          overlaps {
            topic { key name }
            unlinkedPairs { a { key } b { key } }
            competingDeliverables
            deliverables { organization { key } deliverables { code title status } }
          }
        }
      }`,
    variables: (p) => ({ topic: p.topic, asOf: p.asOf }),
  },
  {
    name: "connection",
    coordination: true,
    document: /* GraphQL */ `
      query Connection($from: String!, $to: String!) {
        connection(from: $from, to: $to) {
          paths { length hops { text relation detail sources { ref } } }
        }
      }`,
    variables: (p) => ({ from: p.far, to: p.home }),
  },
  {
    name: "roadmap",
    coordination: true,
    document: /* GraphQL */ `
      query Roadmap($org: String!, $from: Date!, $to: Date!) {
        roadmap(organizations: [$org], from: $from, to: $to) {
          total
          items { date dateKind kind status deliverable { code title } event { name city } organizations { key } }
        }
      }`,
    variables: (p) => ({ org: p.roadmapOrganization, from: p.from, to: p.to }),
  },
  {
    name: "nestedListing",
    coordination: false,
    document: /* GraphQL */ `
      query NestedListing($kind: OrganizationKind!) {
        organizations(first: 20, filter: { kinds: [$kind] }) {
          totalCount
          nodes {
            key name acronym
            parent { key name }
            subGroups { key name }
            roles { role person { name } }
            topics { topic { key name } }
            deliverables(first: 5) { nodes { code title status } }
          }
        }
      }`,
    variables: (p) => ({ kind: p.listingKind }),
  },
  {
    name: "search",
    coordination: false,
    document: /* GraphQL */ `
      query Search($text: NonEmptyString!) {
        search(text: $text, first: 10) {
          score
          node { __typename ... on Organization { key name } ... on Topic { key name } ... on Deliverable { key code title } ... on Person { key name } }
        }
      }`,
    variables: (p) => ({ text: p.searchText }),
  },
];

/** The probes of the seed graph itself: handy to try the mix on `npm start`'s graph. */
export const seedProbes: Probes = {
  topic: "pii-protection",
  home: "jca-mv",
  far: "ieee",
  roadmapOrganization: "itu-t",
  alias: "SC 27",
  aliasOf: "jtc1-sc27",
  from: "2026-01-01",
  to: "2026-12-31",
  asOf: "2026-11-21",
  searchText: "privacy",
  listingKind: "STUDY_GROUP",
};
