import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { Projection } from "../db/projection.js";
import { deliverableFieldProperties } from "../deliverable/deliverable.type.js";
import { perOperation } from "../graphql/per-operation.js";
import { selectedProperties, type FieldProperties } from "../graphql/selection.js";
import { organizationFieldProperties } from "../organization/organization.type.js";
import { personFieldProperties } from "../person/person.type.js";
import { topicFieldProperties } from "../topic/topic.type.js";
import type { ActivityLookAhead } from "./activity.repository.js";

/**
 * Look-ahead for whoWorksOn and liaisonGaps: whether the selection asks for the bodies' people
 * or liaison status, so that the answer's own statement reads them and primes the loaders the
 * fields then read (one statement instead of three); whether it asks for more of each body
 * than its key and name; whether it asks for the bodies liaisonGaps left out (`excluded`, read
 * whole); and which properties of the evidence's worker, topic and deliverable
 * it asks for (graphql/selection.ts), read only then. Aliases and fragments
 * count; a field asked for twice with other arguments (`people(roles: …)`) is served from the
 * same read.
 */
const SLIM_ORGANIZATION_FIELDS = new Set(["key", "name", "id", "__typename"]);

/** The properties the selections of field `name` need (canonical; null: whole); undefined when none asks for it. */
function properties<P extends string>(fields: readonly ResolveTree[], name: string, declared: FieldProperties<P>): Projection<P> | undefined {
  return selectedProperties(fields.filter((field) => field.name === name), declared);
}

/** Worked out once per operation and variables (graphql/per-operation.ts). */
export function activityLookAhead(info: GraphQLResolveInfo): ActivityLookAhead {
  return perOperation(info, "activity", () => computeLookAhead(info));
}

function computeLookAhead(info: GraphQLResolveInfo): ActivityLookAhead {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const answer = Object.values(tree?.fieldsByTypeName.ActivityAnswer ?? {});
  const items = answer
    .filter((field) => field.name === "organizations")
    .flatMap((field) => Object.values(field.fieldsByTypeName.TopicActivity ?? {}));
  const evidence = items.filter((field) => field.name === "evidence").flatMap((field) => Object.values(field.fieldsByTypeName.WorkEvidence ?? {}));
  // `key` and `name` (the name in force on asOf) need only these properties; any other field, the body whole.
  const organization = items.filter((field) => field.name === "organization").flatMap((field) => Object.values(field.fieldsByTypeName.Organization ?? {}));
  const people = items.filter((field) => field.name === "people").flatMap((field) => Object.values(field.fieldsByTypeName.Role ?? {}));
  return {
    excluded: answer.some((field) => field.name === "excluded"),
    organizationWhole: organization.some((field) => !SLIM_ORGANIZATION_FIELDS.has(field.name)),
    people: items.some((field) => field.name === "people"),
    // Of each role's person, only what the selection asks (`person { name }`: id and name), not the whole node.
    person: properties(people, "person", personFieldProperties) ?? [],
    liaisonStatus: items.some((field) => field.name === "liaisonStatus"),
    evidence: {
      worker: properties(evidence, "worker", organizationFieldProperties),
      topic: properties(evidence, "topic", topicFieldProperties),
      deliverable: properties(evidence, "deliverable", deliverableFieldProperties),
    },
  };
}
