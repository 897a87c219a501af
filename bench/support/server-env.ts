import neo4j, { type Driver } from "neo4j-driver";

/**
 * What a benchmark server process (the peer, the HTTP floor) reads from its environment: where
 * Neo4j is and where to listen. A missing or malformed value ends the process with one line
 * naming the variable.
 */
export interface ServerEnv {
  driver: Driver;
  database: string | undefined;
  port: number;
  host: string;
}

export function serverEnv(example: string): ServerEnv {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.error(`NEO4J_URI is required (e.g. ${example})`);
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? "0");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}"`);
    process.exit(2);
  }
  return {
    driver: neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? "")),
    database: process.env.NEO4J_DATABASE || undefined,
    port,
    host: process.env.HOST ?? "127.0.0.1",
  };
}
