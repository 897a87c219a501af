import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from "neo4j-driver";

/**
 * Converts values read from Neo4j into plain JavaScript: integers to numbers, temporal values to
 * ISO-8601 strings, nodes and relationships to their properties. Nothing above the data-access
 * layer ever sees a Neo4j type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Cypher maps (most values of a row) arrive as plain objects: no driver type to test them for.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  // Zoned date-times print as 2025-10-09T11:15:00+02:00[Europe/Zurich]; the zone name is kept
  // in its own property, so the value becomes plain RFC 3339.
  if (isDateTime(value)) return value.toString().replace(/\[[^\]]*\]$/, "");
  if (isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return plainMap(value.properties as Record<string, unknown>);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key in map) if (Object.hasOwn(map, key)) result[key] = toPlain(map[key]);
  return result;
}
