import type { ApolloServerPlugin } from "@apollo/server";
import type { Database } from "../db/database.js";
import { DatabaseUnavailableError } from "../errors.js";

/** Seconds a client is told to wait before retrying while Neo4j is down. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * While Neo4j is known to be down, an operation that needs it is refused before it runs: a
 * request error DATABASE_UNAVAILABLE with HTTP 503 and Retry-After (GraphQL over HTTP allows a
 * 5xx when the response has no `data`). Operations that only introspect still run, so GraphiQL
 * keeps its schema. If Neo4j fails during execution, the failing fields carry the same code.
 */
export function databaseAvailabilityPlugin(db: Database): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (db.available || !operation) return;
          const introspectionOnly = operation.selectionSet.selections.every(
            (selection) => selection.kind === "Field" && selection.name.value.startsWith("__"),
          );
          if (introspectionOnly) return;
          throw new DatabaseUnavailableError({ status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) });
        },
      };
    },
  };
}
