import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { deliverableFieldProperties } from "../deliverable/deliverable.type.js";
import { toWindow } from "../graphql/relay.js";
import { perOperation } from "../graphql/per-operation.js";
import { fieldsAt, fieldsOf, propertiesOf } from "../graphql/selection.js";
import { personFieldProperties } from "../person/person.type.js";
import { topicFieldProperties, topicWorkFieldProperties } from "../topic/topic.type.js";
import type { OrganizationLookAhead, OrganizationRelation } from "./organization.repository.js";
import { organizationFieldProperties } from "./organization.type.js";

/**
 * Look-ahead for the fields that return organizations (`organizations`, `organization(ref)`):
 * which of each body's relationships the selection asks for, so that the field's own statement
 * reads them (and one page of deliverables) and primes the loaders the nested fields then read.
 * A nested listing of 20 bodies with five relationship fields costs one statement, not six.
 *
 * It reads only the properties the selection needs, of the bodies and of the nodes it reaches
 * (`organizationFieldProperties` and the other types' declarations, graphql/selection.ts).
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

/** The Organization selections of a field returning an organization, or a connection of them. */
function organizationSelections(info: GraphQLResolveInfo, shape: "organization" | "connection"): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return [];
  return shape === "organization" ? [tree] : [...fieldsAt([tree], "nodes"), ...fieldsAt([tree], "edges", "node")];
}

/**
 * What to read of each body the field returns: its relationships, and which properties of it and
 * of them. Worked out once per operation and variables (graphql/per-operation.ts).
 */
export function organizationLookAhead(info: GraphQLResolveInfo, shape: "organization" | "connection"): OrganizationLookAhead {
  return perOperation(info, `organization ${shape}`, () => computeLookAhead(info, shape));
}

function computeLookAhead(info: GraphQLResolveInfo, shape: "organization" | "connection"): OrganizationLookAhead {
  const bodies = organizationSelections(info, shape);
  const fields = fieldsOf(bodies);
  const byRelation = new Map<OrganizationRelation, ResolveTree[]>();
  for (const field of fields) {
    const relation = relationOfField[field.name]?.(field.args);
    if (relation) byRelation.set(relation, [...(byRelation.get(relation) ?? []), field]);
  }
  // `sources { document { … } }`: the cited documents are read with the body (primed for the SourceRef field).
  if (fieldsAt(bodies, "sources", "document").length > 0) byRelation.set("sourceDocuments", []);
  // The bodies a relationship reaches, as selected under every field that reads it (`partOf` and `parent`).
  const organizationsOf = (relation: OrganizationRelation) => propertiesOf(fieldsOf(byRelation.get(relation) ?? []), organizationFieldProperties);
  const roleFields = [...(byRelation.get("roles") ?? [])];
  const people = [...fieldsAt(roleFields.filter((f) => f.name === "roles"), "person"), ...fieldsAt(roleFields.filter((f) => f.name === "people"), "person"),
    ...fieldsAt(roleFields.filter((f) => f.name === "people"), "roles", "person")];
  const deliverableFields = fields.filter((field) => field.name === "deliverables");
  // The first `deliverables` field's page; another with other arguments reads its own.
  const deliverables = deliverableFields[0];
  return {
    relations: [...byRelation.keys()],
    deliverables: deliverables ? deliverablePageArgs(deliverables.args) : null,
    properties: propertiesOf(fields, organizationFieldProperties),
    relatedProperties: {
      parent: organizationsOf("parent"),
      subGroups: organizationsOf("subGroups"),
      descendants: organizationsOf("descendants"),
      ancestors: organizationsOf("ancestors"),
      reportsTo: organizationsOf("reportsTo"),
      reportingGroups: organizationsOf("reportingGroups"),
      roles: propertiesOf(fieldsOf(people), personFieldProperties),
      topics: propertiesOf(fieldsOf(fieldsAt(byRelation.get("topics") ?? [], "topic")), topicFieldProperties),
      topicWork: propertiesOf(fieldsOf(byRelation.get("topics") ?? []), topicWorkFieldProperties, []),
      deliverablePage: propertiesOf(fieldsOf([...fieldsAt(deliverableFields, "nodes"), ...fieldsAt(deliverableFields, "edges", "node")]), deliverableFieldProperties),
    },
  };
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
