/**
 * Which recorded values are personal data, per entity type: people's own e-mail and phone.
 * (Organizations' functional mailbox and phone are public.) The audit trail keeps them, like
 * the graph does, and shows them only to the analyst role or above.
 */
const personalFields: Record<string, readonly string[]> = {
  Person: ["email", "phone"],
};

/** `field` may be nested in a recorded change ("discarded.email" after a merge). */
export function isPersonalField(entityType: string, field: string): boolean {
  const leaf = field.split(".").at(-1)!;
  return personalFields[entityType]?.includes(leaf) ?? false;
}
