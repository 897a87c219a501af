import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { deliverableFieldProperties } from "../deliverable/deliverable.type.js";
import { fieldsAt, fieldsOf, propertiesOf } from "../graphql/selection.js";
import { organizationFieldProperties } from "../organization/organization.type.js";
import { topicFieldProperties } from "../topic/topic.type.js";
import { WHOLE_OVERLAPS, type OverlapsProjections } from "./overlaps.repository.js";

/**
 * Look-ahead for `overlaps`: which properties of the page's topics, bodies and deliverables its
 * selection needs (each type's field declarations, graphql/selection.ts), so that the statement
 * reads `t {.name}` instead of every topic, body and deliverable whole. The bodies of
 * `organizations`, `unlinkedPairs { a b }` and `deliverables { organization }` are the same rows
 * (a pair's bodies are found among the sides), so they read the union; `sameOrganization` is
 * read whole.
 */
export function overlapsLookAhead(info: GraphQLResolveInfo): OverlapsProjections {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return WHOLE_OVERLAPS;
  const overlaps = fieldsAt([tree], "overlaps");
  const bodies = [
    ...fieldsAt(overlaps, "organizations"), ...fieldsAt(overlaps, "unlinkedPairs", "a"), ...fieldsAt(overlaps, "unlinkedPairs", "b"),
    ...fieldsAt(overlaps, "deliverables", "organization"),
  ];
  return {
    topic: propertiesOf(fieldsOf(fieldsAt(overlaps, "topic")), topicFieldProperties),
    organization: propertiesOf(fieldsOf(bodies), organizationFieldProperties),
    deliverable: propertiesOf(fieldsOf(fieldsAt(overlaps, "deliverables", "deliverables")), deliverableFieldProperties),
  };
}
