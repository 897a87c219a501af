import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from "neo4j-driver";

/**
 * Converts values read from Neo4j into plain JavaScript: integers to numbers, temporal values to
 * ISO-8601 strings, nodes and relationships to their properties. Nothing above the data-access
 * layer ever sees a Neo4j type.
 *
 * The conversion is in place: the lists and maps of a row (and a node's properties) are the
 * driver's freshly decoded objects, owned by that row alone, so their entries are replaced where
 * they are instead of copying every list and map of every row once more. Pass only values
 * nothing else holds (a record's `toObject()`, a value built for the call).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      // Strings, numbers, booleans and nulls (most entries) need nothing.
      if (needsConversion(list[i])) list[i] = toPlain(list[i]);
    }
    return list;
  }
  // Cypher maps (most values of a row) arrive as plain objects: no driver type to test them for.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  // Zoned date-times print as 2025-10-09T11:15:00+02:00[Europe/Zurich]; the zone name is kept
  // in its own property, so the value becomes plain RFC 3339.
  if (isDateTime(value)) return value.toString().replace(/\[[^\]]*\]$/, "");
  if (isDate(value)) return isoDate(value.year, value.month, value.day) ?? value.toString();
  if (isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return plainMap(value.properties as Record<string, unknown>);
  // Any other object (a driver type without a conversion of its own): its own enumerable
  // properties, copied, since its prototype is not a plain map's.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = toPlain((value as Record<string, unknown>)[key]);
  return copy;
}

/**
 * A date of years 0–9999 as YYYY-MM-DD, written directly: the driver's own toString formats each
 * part through its 64-bit Integer arithmetic, and dates are in most rows (every dated link).
 * Undefined for other years, which the driver's toString writes (signed, six digits).
 */
function isoDate(year: unknown, month: unknown, day: unknown): string | undefined {
  const y = asNumber(year);
  if (!(y >= 0 && y <= 9999)) return undefined;
  return `${String(y).padStart(4, "0")}-${String(asNumber(month)).padStart(2, "0")}-${String(asNumber(day)).padStart(2, "0")}`;
}

const asNumber = (part: unknown): number => (isInt(part) ? part.toNumber() : Number(part));

/** A plain map (a Cypher map, a record's object, a node's properties), converted in place. */
function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  for (const key in map) if (Object.hasOwn(map, key) && needsConversion(map[key])) map[key] = toPlain(map[key]);
  return map;
}

const needsConversion = (item: unknown) => (typeof item === "object" && item !== null) || item === undefined || typeof item === "bigint";
