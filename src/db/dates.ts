import neo4j from "neo4j-driver";

/** An ISO date (YYYY-MM-DD) as a Cypher date parameter, or null. */
export function toNeo4jDate(iso: string | undefined): unknown {
  return iso ? neo4j.types.Date.fromStandardDate(new Date(`${iso}T00:00:00Z`)) : null;
}
