import type { ApolloServerPlugin } from "@apollo/server";
import Negotiator from "negotiator";

/** The codes of a request that was well-formed GraphQL over HTTP but whose GraphQL failed before execution. */
const GRAPHQL_REQUEST_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "OPERATION_RESOLUTION_FAILURE"]);

/**
 * GraphQL over HTTP, for clients that accept only `application/json` (the legacy media type):
 * such a client cannot tell a GraphQL error from a broken proxy by a 4xx, so document parsing,
 * validation and variable-coercion failures SHOULD answer 200, with the errors in the body.
 * Apollo answers 400; this sets 200 for them. A client that accepts
 * `application/graphql-response+json` keeps the 4xx statuses of that media type, and any other
 * status (503 DATABASE_UNAVAILABLE, 400 BAD_REQUEST for a malformed HTTP request) is kept.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((error) => GRAPHQL_REQUEST_ERRORS.has(String(error.extensions?.code)))) return;
          if (answersLegacyJson(request.http?.headers.get("accept"))) response.http.status = 200;
        },
      };
    },
  };
}

/** The media type Apollo picks for the answer (same negotiation, same order of preference). */
function answersLegacyJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return new Negotiator({ headers: { accept } }).mediaType(["application/json", "application/graphql-response+json"]) === "application/json";
}
