import { registerEnumType } from "type-graphql";
import {
  deadlineKinds, deliverableKinds, deliverableStatuses, eventKinds, liaisonKinds, organizationKinds, roleKinds,
} from "../seed/seed.schema.js";

/** GraphQL enums from the model's vocabularies (one source of truth: seed.schema.ts). */
function enumOf<const T extends readonly string[]>(values: T, name: string, description: string) {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const OrganizationKind = enumOf(organizationKinds, "OrganizationKind", "What kind of body an organization is.");
export const OrganizationStatus = enumOf(["ACTIVE", "CLOSED"] as const, "OrganizationStatus", "Whether a body still exists.");
export const RoleKind = enumOf(roleKinds, "RoleKind", "The kind of a person's role in an organization.");
export const LiaisonKind = enumOf(liaisonKinds, "LiaisonKind", "The kind of link between two organizations.");
export const DeliverableKind = enumOf(deliverableKinds, "DeliverableKind", "The kind of a deliverable.");
export const DeliverableStatus = enumOf(deliverableStatuses, "DeliverableStatus", "Where a deliverable stands.");
export const EventKind = enumOf(eventKinds, "EventKind", "The kind of an event.");
export const DeadlineKind = enumOf(deadlineKinds, "DeadlineKind", "What is due at a deadline.");
export const SortDirection = enumOf(["ASC", "DESC"] as const, "SortDirection", "Ascending or descending order.");
export const Confidence = enumOf(["confirmed", "unconfirmed"] as const, "Confidence", "Whether the source states the fact fully (confirmed) or only partly (unconfirmed).");
export const HoldingStatus = enumOf(
  ["CURRENT", "UNCONFIRMED", "ENDED", "NOT_STARTED", "MESSAGE"] as const,
  "HoldingStatus",
  "Where a role or a liaison stands on the date asked about. CURRENT: it holds and a source confirmed it within STALE_AFTER_DAYS (default 730 days); " +
    "UNCONFIRMED: it holds by its dates but no source has confirmed it within that window (it may have ended: check it, see stale); " +
    "ENDED: its last day is past; NOT_STARTED: it starts later; MESSAGE: a liaison statement, a dated message that never holds.",
);
