import type { FieldNode, GraphQLResolveInfo } from "graphql";

/**
 * A value computed from a field's selection (a look-ahead), kept for the next requests of the
 * same operation. Apollo Server keeps each query's parsed document and executes that same
 * document for every request with the same text, so the field's AST node is the same object
 * from one request to the next: the value is kept per node (a WeakMap, gone with the document)
 * and per variable values, which the selection's arguments and directives may read. Only for
 * a field asked once at its place (one field node): a field merged from several places is
 * computed every time. The value is shared between requests: callers never change it.
 */
const MAX_PER_NODE = 64;
const kept = new WeakMap<FieldNode, Map<string, unknown>>();

export function perOperation<T>(info: GraphQLResolveInfo, kind: string, compute: () => T): T {
  if (info.fieldNodes.length !== 1) return compute();
  const node = info.fieldNodes[0]!;
  let values = kept.get(node);
  if (!values) kept.set(node, (values = new Map()));
  // The parent type and field name are part of the key: one fragment's node may be read under
  // several types. Variables are few and small (the request body's limit bounds them).
  const key = `${kind}\u0000${info.parentType.name}\u0000${info.fieldName}\u0000${JSON.stringify(info.variableValues)}`;
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  if (values.size >= MAX_PER_NODE) values.clear();
  values.set(key, value);
  return value;
}
