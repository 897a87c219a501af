import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from "neo4j-driver";

/**
 * Converts values read from Neo4j into plain JavaScript: integers to numbers, temporal values to
 * ISO-8601 strings, nodes and relationships to their properties. Nothing above the data-access
 * layer ever sees a Neo4j type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  // Zoned date-times print as 2025-10-09T11:15:00+02:00[Europe/Zurich]; the zone name is kept
  // in its own property, so the value becomes plain RFC 3339.
  if (isDateTime(value)) return value.toString().replace(/\[[^\]]*\]$/, "");
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) result[key] = toPlain(inner);
    return result;
  }
  return value;
}
