/**
 * One hostile or malformed request of the corpus, and what its answer must be beyond the rules
 * every answer obeys (a 4xx or a GraphQL error or plain data; never a 5xx, a hang, a stack trace
 * or Cypher; no change to the graph).
 */
export interface HostileRequest {
  /** Unique and readable: the test name. */
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  expect?: {
    /** The HTTP status, or the statuses allowed. */
    status?: number | number[];
    /** The first error's code, or the codes allowed; "none" means data without errors. */
    code?: string | string[];
    /** The first error's `extensions.field`. */
    field?: string;
    /** Checks on `data` when the answer has data, e.g. "an injection finds nothing". */
    data?: (data: Record<string, unknown>) => void;
  };
}

export const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };

/** A well-formed POST of one GraphQL operation. */
export function graphqlPost(name: string, query: string, variables?: Record<string, unknown>, expectations?: HostileRequest["expect"]): HostileRequest {
  return { name, headers: JSON_HEADERS, body: JSON.stringify({ query, ...(variables ? { variables } : {}) }), ...(expectations ? { expect: expectations } : {}) };
}

/** GraphQL string literal for any text (JSON escapes are valid GraphQL escapes). */
export function literal(text: string): string {
  return JSON.stringify(text);
}
