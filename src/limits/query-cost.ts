import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isUnionType,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../graphql/relay.js";

/**
 * The cost model, the same for every field of every type, present and future:
 *
 * - a leaf (scalar, enum) costs 0, an object 1 plus what is selected in it;
 * - a paged field (one with `first`/`last`) multiplies what is selected in it by the page size
 *   asked for (the field's default, or the default page size, when omitted); the `edges` and
 *   `nodes` lists of the page it returns are then not multiplied again;
 * - any other list multiplies what is selected in it by the assumed list size;
 * - introspection costs nothing (GraphiQL's schema query must always pass).
 *
 * A field may set its own cost with type-graphql's `complexity` option (e.g. `nodes(ids:)`
 * costs one object per id); that wins over this model.
 */
export function listAwareEstimator(listSizeEstimate: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    const base = isLeafType(getNamedType(field.type)) ? 0 : 1;
    return base + itemCount(type, field, args, listSizeEstimate) * childComplexity;
  };
}

type EstimatorArgs = Parameters<ComplexityEstimator>[0];

function itemCount(parent: EstimatorArgs["type"], field: EstimatorArgs["field"], args: Record<string, unknown>, listSizeEstimate: number): number {
  const paged = field.args.some((arg) => arg.name === "first" || arg.name === "last");
  if (paged) {
    const requested = [args.first, args.last].find((value): value is number => typeof value === "number");
    return Math.max(requested ?? DEFAULT_PAGE_SIZE, 1);
  }
  if (!isListType(getNullableType(field.type))) return 1;
  const isPage = !isUnionType(parent) && "pageInfo" in parent.getFields();
  return isPage ? 1 : listSizeEstimate;
}

export class QueryTooComplexError extends Error {
  constructor(readonly found: number | undefined) {
    super("query too complex");
  }
}

/**
 * The estimated cost of the operation that will run. Throws QueryTooComplexError when even
 * walking the query would exceed `maxCost` steps (fragment bombs: the walk expands every spread),
 * so estimating never takes longer than a query the limit allows.
 */
export function estimateCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  listSizeEstimate: number;
  maxCost: number;
}): number {
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      ...(options.operationName ? { operationName: options.operationName } : {}),
      variables: options.variables ?? {},
      estimators: [fieldExtensionsEstimator(), listAwareEstimator(options.listSizeEstimate)],
      maxQueryNodes: Math.max(options.maxCost, 1_000),
    });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) throw new QueryTooComplexError(undefined);
    throw error;
  }
}
