import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Logger } from "../logger.js";
import type { Limits } from "./limits.config.js";
import { estimateCost, QueryTooComplexError } from "./query-cost.js";

/**
 * Limits on the shape of an operation, checked before anything runs. Each refusal is a
 * GRAPHQL_VALIDATION_FAILED error (HTTP 400) whose `extensions.limit` names the limit
 * ("depth", "aliases", "directives", "cost") with `max` and, where known, `found`.
 * They apply to every field by its shape, so new queries and mutations are covered unchanged.
 */
export function queryShapeRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...reportAs("depth", limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs("aliases", limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs("directives", limits.maxDirectives) }),
  ];
}

/** graphql-armor throws "Syntax Error: …" by default; report a clearer error with the limit named. */
function reportAs(limit: string, max: number) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1]);
        context?.reportError(limitError(limit, max, Number.isFinite(found) ? found : undefined));
      },
    ],
  };
}

const LIMIT_MESSAGES: Record<string, string> = {
  depth: "The query is nested too deeply",
  aliases: "The query uses too many aliases",
  directives: "The query uses too many directives",
  cost: "The query would fetch too much at once (its estimated cost is too high); ask for fewer items (smaller `first`) or fewer nested lists",
};

export function limitError(limit: string, max: number, found: number | undefined): GraphQLError {
  const counted = found === undefined ? "" : `, found ${found}`;
  return new GraphQLError(`${LIMIT_MESSAGES[limit]} (limit ${max}${counted}).`, {
    extensions: {
      code: "GRAPHQL_VALIDATION_FAILED",
      limit,
      max,
      ...(found === undefined ? {} : { found }),
      http: { status: 400, headers: new Map<string, string>() },
    },
  });
}

/**
 * The cost limit, once the operation and its variables are known (a `first: $n` counts as the
 * value sent). The estimate is sent in the `X-Query-Cost` response header, so clients can see
 * how close they are.
 */
export function costLimitPlugin(limits: Limits, log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          try {
            cost = estimateCost({
              schema,
              document,
              operationName: operationName ?? undefined,
              variables: request.variables,
              listSizeEstimate: limits.listSizeEstimate,
              maxCost: limits.maxCost,
            });
          } catch (error) {
            if (error instanceof QueryTooComplexError) throw limitError("cost", limits.maxCost, undefined);
            // Bad variables: execution reports them with the standard message.
            log.debug({ err: (error as Error).message }, "cost not estimated");
            return;
          }
          if (cost > limits.maxCost) throw limitError("cost", limits.maxCost, cost);
        },
        async willSendResponse({ response }) {
          if (cost !== undefined) response.http.headers.set("x-query-cost", String(cost));
        },
      };
    },
  };
}
