import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
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
 *   asked for (the field's default, or the default page size, when omitted); the lists of the
 *   page object it returns (a Relay connection's `edges` and `nodes`, a result's items) hold
 *   those items, so they are not multiplied again;
 * - any other list multiplies what is selected in it by the assumed list size;
 * - introspection costs nothing (GraphiQL's schema query must always pass).
 *
 * A field may set its own cost with type-graphql's `complexity` option (e.g. `nodes(ids:)`
 * costs one object per id); that wins over this model.
 */
export function listAwareEstimator(schema: GraphQLSchema, listSizeEstimate: number): ComplexityEstimator {
  const pages = pageTypes(schema);
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    const base = isLeafType(getNamedType(field.type)) ? 0 : 1;
    return base + itemCount(pages.has(type.name), field, args, listSizeEstimate) * childComplexity;
  };
}

type EstimatorField = Parameters<ComplexityEstimator>[0]["field"];

function itemCount(inPage: boolean, field: EstimatorField, args: Record<string, unknown>, listSizeEstimate: number): number {
  if (isPaged(field)) {
    const requested = [args.first, args.last].find((value): value is number => typeof value === "number");
    return Math.max(requested ?? DEFAULT_PAGE_SIZE, 1);
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return inPage ? 1 : listSizeEstimate;
}

function isPaged(field: EstimatorField): boolean {
  return field.args.some((arg) => arg.name === "first" || arg.name === "last");
}

const pageTypesBySchema = new WeakMap<GraphQLSchema, Set<string>>();

/**
 * Page objects: what a paged field returns when it is not a list itself and not an entity (no
 * `id`), e.g. OrganizationConnection or a coordination result with its `total` and items.
 */
function pageTypes(schema: GraphQLSchema): Set<string> {
  let pages = pageTypesBySchema.get(schema);
  if (!pages) {
    pages = new Set();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNullableType(field.type);
        if (!isPaged(field) || isListType(returned) || !isObjectType(returned)) continue;
        if (!("id" in returned.getFields())) pages.add(returned.name);
      }
    }
    pageTypesBySchema.set(schema, pages);
  }
  return pages;
}

export class QueryTooComplexError extends Error {
  constructor(readonly found: number | undefined) {
    super("query too complex");
  }
}

/** What an estimate came to: a cost, or too complex to walk. */
type Estimate = number | QueryTooComplexError;
/** Estimates kept per parsed document (the server keeps one parsed document per query text). */
const estimatesBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Estimate>>>();
/** Distinct operation/variables/limits combinations kept per document before it starts afresh. */
const ESTIMATES_PER_DOCUMENT = 64;

/**
 * The estimated cost of the operation that will run. Throws QueryTooComplexError when even
 * walking the query would exceed `maxCost` steps (fragment bombs: the walk expands every spread),
 * so estimating never takes longer than a query the limit allows.
 *
 * The cost depends only on the schema, the document, the operation, its variables and the
 * limits, so it is computed once per combination: an analyst's or a page's query, sent again
 * with the same variables, is not walked again (the walk costs more than many answers).
 */
export function estimateCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  listSizeEstimate: number;
  maxCost: number;
}): number {
  let byDocument = estimatesBySchema.get(options.schema);
  if (!byDocument) estimatesBySchema.set(options.schema, (byDocument = new WeakMap()));
  let estimates = byDocument.get(options.document);
  if (!estimates) byDocument.set(options.document, (estimates = new Map()));
  const key = JSON.stringify([options.operationName ?? null, options.listSizeEstimate, options.maxCost, options.variables ?? {}]);
  let estimate = estimates.get(key);
  if (estimate === undefined) {
    estimate = walk(options);
    if (estimates.size >= ESTIMATES_PER_DOCUMENT) estimates.clear();
    estimates.set(key, estimate);
  }
  if (estimate instanceof QueryTooComplexError) throw estimate;
  return estimate;
}

/** The cost walk itself; bad variables throw (not kept: execution reports them). */
function walk(options: Parameters<typeof estimateCost>[0]): Estimate {
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      ...(options.operationName ? { operationName: options.operationName } : {}),
      variables: options.variables ?? {},
      estimators: [fieldExtensionsEstimator(), listAwareEstimator(options.schema, options.listSizeEstimate)],
      maxQueryNodes: Math.max(options.maxCost, 1_000),
    });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return new QueryTooComplexError(undefined);
    throw error;
  }
}
