import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { ActivityLookAhead } from "./activity.repository.js";

/**
 * Look-ahead for whoWorksOn and liaisonGaps: whether the selection asks for the bodies' people
 * or liaison status, so that the answer's own statement reads them and primes the loaders the
 * fields then read (one statement instead of three); whether it asks for more of each body
 * than its key and name; and whether it asks for the evidence's worker, topic and deliverable,
 * whose properties are read only then. Aliases and fragments
 * count; a field asked for twice with other arguments (`people(roles: …)`) is served from the
 * same read.
 */
const SLIM_ORGANIZATION_FIELDS = new Set(["key", "name", "id", "__typename"]);

export function activityLookAhead(info: GraphQLResolveInfo): ActivityLookAhead {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const items = Object.values(tree?.fieldsByTypeName.ActivityAnswer ?? {})
    .filter((field) => field.name === "organizations")
    .flatMap((field) => Object.values(field.fieldsByTypeName.TopicActivity ?? {}));
  const evidence = items.filter((field) => field.name === "evidence").flatMap((field) => Object.values(field.fieldsByTypeName.WorkEvidence ?? {}));
  // `key` and `name` (the name in force on asOf) need only these properties; any other field, the body whole.
  const organization = items.filter((field) => field.name === "organization").flatMap((field) => Object.values(field.fieldsByTypeName.Organization ?? {}));
  return {
    organizationWhole: organization.some((field) => !SLIM_ORGANIZATION_FIELDS.has(field.name)),
    people: items.some((field) => field.name === "people"),
    liaisonStatus: items.some((field) => field.name === "liaisonStatus"),
    evidence: {
      worker: evidence.some((field) => field.name === "worker"),
      topic: evidence.some((field) => field.name === "topic"),
      deliverable: evidence.some((field) => field.name === "deliverable"),
    },
  };
}
