import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import type { Logger } from "../logger.js";
import type { Limits } from "./limits.config.js";
import { estimateCost, QueryTooComplexError } from "./query-cost.js";

/**
 * Limits on the shape of an operation, checked before anything runs. Each refusal is a
 * GRAPHQL_VALIDATION_FAILED error (HTTP 400) whose `extensions.limit` names the limit
 * ("depth", "aliases", "directives", "introspection", "cost") with `max` and, where known,
 * `found`. They apply to every field by its shape, so new queries and mutations are covered
 * unchanged.
 */
export function queryShapeRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...reportAs("depth", limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs("aliases", limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs("directives", limits.maxDirectives) }),
    introspectionListDepthRule,
    knownOperationTypesRule,
  ];
}

/**
 * A subscription (or, while there is no Mutation type, a mutation) is refused as invalid, as
 * graphql-js 17 does, rather than failing at execution as an internal error.
 */
function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
      if (!root) context.reportError(new GraphQLError(`This API has no ${operation.operation} operations.`, { nodes: [operation] }));
    },
  };
}

/** The standard introspection query (GraphiQL's) nests three lists: types → fields → args. */
export const MAX_INTROSPECTION_LISTS = 3;
const INTROSPECTION_LISTS = new Set(["types", "fields", "inputFields", "interfaces", "possibleTypes", "enumValues", "args", "directives"]);

/**
 * Introspection is free in the cost model and exempt from the depth limit (its type references
 * nest deeply), but `__schema { types { fields { type { fields { type { fields … } } } } } }`
 * would multiply the whole schema at every level: so lists may nest at most
 * MAX_INTROSPECTION_LISTS deep inside `__schema` and `__type`.
 */
function introspectionListDepthRule(context: ValidationContext): ASTVisitor {
  const memo = new Map<string, number>();
  const listDepth = (selectionSet: SelectionSetNode | undefined, inIntrospection: boolean, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const inside = inIntrospection || name === "__schema" || name === "__type";
        const own = inIntrospection && INTROSPECTION_LISTS.has(name) ? 1 : 0;
        deepest = Math.max(deepest, own + listDepth(selection.selectionSet, inside, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, listDepth(selection.selectionSet, inIntrospection, visiting));
      } else {
        const key = `${selection.name.value}:${inIntrospection}`;
        if (visiting.has(key)) continue; // a fragment cycle: graphql-js reports it
        if (!memo.has(key)) {
          visiting.add(key);
          memo.set(key, listDepth(context.getFragment(selection.name.value)?.selectionSet, inIntrospection, visiting));
          visiting.delete(key);
        }
        deepest = Math.max(deepest, memo.get(key)!);
      }
    }
    return deepest;
  };
  return {
    OperationDefinition(operation) {
      const found = listDepth(operation.selectionSet, false, new Set());
      if (found > MAX_INTROSPECTION_LISTS) context.reportError(limitError("introspection", MAX_INTROSPECTION_LISTS, found));
    },
  };
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
  introspection: "The introspection query nests too many lists",
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
