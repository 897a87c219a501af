/**
 * The one registry of the graph's entity kinds: each label, how an analyst names it in a `ref`
 * argument (its name properties and how far ref matching goes), its plural in messages, whether
 * full-text search returns it, and whether it has a change history. Plain data, below every
 * layer: the seed, the ref resolution and the audit read it here, and the GraphQL layer maps each
 * label to its object type in graphql/entity-types.ts, checked complete against this list by the
 * compiler. A new entity kind is one line here plus its folder.
 *
 * The order is the seed's write order (documents first: everything else cites them).
 */
export const entityKinds = {
  Document: { plural: "documents", searchable: true, history: true },
  Organization: { plural: "organizations", ref: { names: ["acronym", "name"], maxRank: 4 }, searchable: true, history: true },
  Person: { plural: "people", ref: { names: ["name"], maxRank: 4 }, searchable: true, history: true },
  // Topics and events are named by name only (ids, names and aliases; no compact forms).
  Topic: { plural: "topics", ref: { names: ["name"], maxRank: 2 }, searchable: true, history: true },
  Deliverable: { plural: "deliverables", ref: { names: ["code"], maxRank: 4 }, searchable: true, history: true },
  Event: { plural: "events", ref: { names: ["name"], maxRank: 1 }, searchable: true, history: true },
  Deadline: { plural: "deadlines", searchable: false, history: true },
  Liaison: { plural: "liaisons", searchable: false, history: true },
  Statistic: { plural: "statistics", searchable: false, history: false },
} as const satisfies Record<string, EntityKind>;

interface EntityKind {
  plural: string;
  /**
   * How a `ref` names it, best match first: its id (rank 0), its `names` (1), its aliases (2), the
   * compact form of its acronym or an alias ("SC27", 3), any compact tail of its names (4); matches
   * ranked above `maxRank` do not count. Kinds without it are never named by ref.
   */
  ref?: { names: readonly string[]; maxRank: number };
  searchable: boolean;
  /** Edits of it are recorded and listed in its history. */
  history: boolean;
}

export type EntityLabel = keyof typeof entityKinds;
export const entityLabels = Object.keys(entityKinds) as EntityLabel[];

/** The kinds an analyst names by `ref`. */
export type RefKind = { [K in EntityLabel]: (typeof entityKinds)[K] extends { ref: object } ? K : never }[EntityLabel];
export const refKinds = entityLabels.filter((label): label is RefKind => "ref" in entityKinds[label]);

/** Entity types with a change history; "Role" is a dated role (a relationship with its own id). */
export const historyTypes: ReadonlySet<string> = new Set([...entityLabels.filter((label) => entityKinds[label].history), "Role"]);

/** The form of every readable id ("itu-t-sg17"): lowercase letters, digits and single dashes. */
export const READABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
