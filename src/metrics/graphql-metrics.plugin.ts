import type { ApolloServerPlugin } from "@apollo/server";
import { graphqlDuration, graphqlErrors, graphqlRequests } from "./registry.js";

/** At most this many operation names get their own series; later ones count as "other". */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

/**
 * Requests by operation name and outcome, their latency, and errors by code. The name is the
 * operation's own name once the document is valid (clients choose names, so their number is
 * capped); `anonymous` for an unnamed operation, `invalid` when the document never resolved.
 */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const name = !operation ? "invalid" : operationName ? label(operationName) : "anonymous";
          const result = response.body.kind === "single" ? response.body.singleResult : response.body.initialResult;
          const errors = result.errors ?? [];
          const outcome = errors.length === 0 ? "ok" : result.data ? "partial" : "error";
          graphqlRequests.inc({ operation: name, outcome });
          graphqlDuration.observe({ operation: name }, (performance.now() - started) / 1000);
          for (const error of errors) graphqlErrors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
        },
      };
    },
  };
}

function label(name: string): string {
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return "other";
  operationNames.add(name);
  return name;
}
