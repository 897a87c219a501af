import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { toWindow } from "../graphql/relay.js";
import type { OrganizationLookAhead, OrganizationRelation } from "./organization.repository.js";

/**
 * Look-ahead for the fields that return organizations (`organizations`, `organization(ref)`):
 * which of each body's relationships the selection asks for, so that the field's own statement
 * reads them (and one page of deliverables) and primes the loaders the nested fields then read.
 * A nested listing of 20 bodies with five relationship fields costs one statement, not six.
 */

/** The relationship each field of Organization reads, by its arguments; other fields read none. */
const relationOfField: Record<string, (args: Record<string, unknown>) => OrganizationRelation> = {
  partOf: () => "parent",
  parent: () => "parent",
  parentGroup: () => "reportsTo",
  reportsTo: () => "reportsTo",
  ancestors: () => "ancestors",
  subGroups: (args) => (args.recursive === true ? "descendants" : "subGroups"),
  reportingGroups: () => "reportingGroups",
  people: () => "roles",
  roles: () => "roles",
  affiliatedPeople: () => "affiliated",
  topics: () => "topics",
  liaisons: () => "liaisons",
  operatesUnder: () => "operatesUnder",
  establishedBy: () => "establishedBy",
  meetings: () => "meetings",
  events: () => "events",
  issuedDocuments: () => "issued",
  statistics: () => "statistics",
};

/** The selections of one object type under a field (its fragments merged by the parser). */
function selectionsOf(tree: ResolveTree | undefined, typeName: string): ResolveTree[] {
  return tree ? Object.values(tree.fieldsByTypeName[typeName] ?? {}) : [];
}

/** The Organization selections of a field returning an organization, or a connection of them. */
function organizationSelections(info: GraphQLResolveInfo, shape: "organization" | "connection"): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return [];
  if (shape === "organization") return selectionsOf(tree, "Organization");
  return selectionsOf(tree, "OrganizationConnection").flatMap((field) => {
    if (field.name === "nodes") return selectionsOf(field, "Organization");
    if (field.name === "edges") return selectionsOf(field, "OrganizationEdge").filter((edge) => edge.name === "node").flatMap((node) => selectionsOf(node, "Organization"));
    return [];
  });
}

/** What to read of each body the field returns, besides its properties. */
export function organizationLookAhead(info: GraphQLResolveInfo, shape: "organization" | "connection"): OrganizationLookAhead {
  const fields = organizationSelections(info, shape);
  const relations = fields.flatMap((field) => {
    const relation = relationOfField[field.name];
    return relation ? [relation(field.args)] : [];
  });
  // The first `deliverables` field's page; another with other arguments reads its own.
  const deliverables = fields.find((field) => field.name === "deliverables");
  return { relations: [...new Set(relations)], deliverables: deliverables ? deliverablePageArgs(deliverables.args) : null };
}

/** The page a `deliverables` field asks for, or none when its arguments are wrong (the field itself then says why). */
function deliverablePageArgs(args: Record<string, unknown>) {
  try {
    return {
      includeSubGroups: args.includeSubGroups === true,
      statuses: Array.isArray(args.statuses) ? (args.statuses as string[]) : null,
      window: toWindow(args),
    };
  } catch {
    return null;
  }
}
