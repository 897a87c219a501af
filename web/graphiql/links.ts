// Queries as links, and credentials kept out of whatever GraphiQL stores.

export interface SharedOperation {
  query: string;
  variables?: string;
  operationName?: string;
}

/** The operation a link names (`?query=…&variables=…&operationName=…`); null without a query. */
export function sharedOperation(search: string): SharedOperation | null {
  const q = new URLSearchParams(search);
  const query = q.get("query");
  if (!query?.trim()) return null;
  const variables = q.get("variables");
  const operationName = q.get("operationName");
  return { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) };
}

/** The address of an operation: the page's path with the query, and variables and operation name when set. */
export function linkOf(path: string, operation: { query: string; variables?: string; operationName?: string }): string {
  const q = new URLSearchParams();
  if (operation.query.trim()) q.set("query", operation.query);
  if (operation.variables?.trim()) q.set("variables", operation.variables);
  if (operation.operationName) q.set("operationName", operation.operationName);
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * `text` with every credential cut out: the value after "Bearer" (an API key or a token) and any
 * mvgraph API key (mvg_…) wherever it stands, also inside JSON held in JSON (GraphiQL stores its
 * tabs' headers as text inside its tab state).
 */
export function redactCredentials(text: string): string {
  return text.replace(/(Bearer\s+)[^\s"\\]+/gi, "$1<removed>").replace(/mvg_[A-Za-z0-9_-]+/g, "<removed>");
}
