import { graphqlPost, JSON_HEADERS, type HostileRequest } from "./requests.js";

/** Malformed HTTP: bodies, content types, methods, headers. */
export function transportRequests(): HostileRequest[] {
  const post = (name: string, body: string, expectations: HostileRequest["expect"], headers: Record<string, string> = JSON_HEADERS): HostileRequest => ({
    name,
    headers,
    body,
    expect: expectations,
  });
  const badJson = { status: 400, code: "BAD_REQUEST" };
  const badRequest = { status: 400, code: "BAD_REQUEST" };
  const deepJson = (levels: number) => `{"query":"{ __typename }","variables":{"v":${"[".repeat(levels)}${"]".repeat(levels)}}}`;
  return [
    post("invalid JSON: truncated", '{"query": "{ __typename }"', badJson),
    post("invalid JSON: trailing comma", '{"query": "{ __typename }",}', badJson),
    post("invalid JSON: single quotes", "{'query': '{ __typename }'}", badJson),
    post("invalid JSON: NaN", '{"query": "{ __typename }", "variables": {"v": NaN}}', badJson),
    post("invalid JSON: comment", '{"query": "{ __typename }" /* hi */}', badJson),
    post("invalid JSON: binary garbage", "\u0000\u0001\u0002\u00ff\u00fe", badJson),
    post("invalid JSON: unterminated string", '{"query": "{ __typename }', badJson),
    post("invalid JSON: a bare word", "query", badJson),
    post("invalid JSON: two documents", '{"query": "{ __typename }"}{"query": "{ __typename }"}', badJson),
    post("JSON that is not an object: a string", '"{ __typename }"', badRequest),
    post("JSON that is not an object: a number", "42", badRequest),
    post("JSON that is not an object: null", "null", badRequest),
    post("JSON that is not an object: true", "true", badRequest),
    post("empty body", "", badRequest),
    post("an empty object", "{}", { status: 400, code: "BAD_REQUEST" }),
    post("query is a number", '{"query": 42}', { status: 400, code: "BAD_REQUEST" }),
    post("query is an object", '{"query": {"a": 1}}', { status: 400, code: "BAD_REQUEST" }),
    post("query is an array", '{"query": ["{ __typename }"]}', { status: 400, code: "BAD_REQUEST" }),
    post("query is null", '{"query": null}', { status: 400, code: "BAD_REQUEST" }),
    post("query is an empty string", '{"query": ""}', { status: 400, code: "BAD_REQUEST" }),
    post("variables is a string", '{"query": "{ __typename }", "variables": "{}"}', { status: 400, code: "BAD_REQUEST" }),
    post("variables is an array", '{"query": "{ __typename }", "variables": [1, 2]}', { status: 400, code: "BAD_REQUEST" }),
    post("variables is a number", '{"query": "{ __typename }", "variables": 7}', { status: 400, code: "BAD_REQUEST" }),
    post("operationName is a number", '{"query": "{ __typename }", "operationName": 7}', { status: 400, code: "BAD_REQUEST" }),
    post("extensions is a string", '{"query": "{ __typename }", "extensions": "x"}', { status: 400, code: "BAD_REQUEST" }),
    post("a persisted query hash (persisted queries are off)", '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "' + "a".repeat(64) + '"}}}', {
      status: [200, 400], // Apollo answers this one with 200 for the sake of APQ clients
      code: "PERSISTED_QUERY_NOT_SUPPORTED",
    }),
    post("a persisted query hash that does not match its query", '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "' + "b".repeat(64) + '"}}}', {
      status: [200, 400], // Apollo answers this one with 200 for the sake of APQ clients
      code: "PERSISTED_QUERY_NOT_SUPPORTED",
    }),
    post("a persisted query of an unknown version", '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 9, "sha256Hash": "x"}}}', {
      status: [200, 400], // Apollo answers this one with 200 for the sake of APQ clients
      code: "PERSISTED_QUERY_NOT_SUPPORTED",
    }),
    post("JSON nested 20000 levels deep in the variables", deepJson(20_000), { status: [200, 400] }),
    post("JSON nested 45000 levels deep in the variables", deepJson(45_000), { status: [200, 400] }),
    post("a body over the size limit", JSON.stringify({ query: "{ __typename }", variables: { v: "x".repeat(150_000) } }), { status: 413, code: "PAYLOAD_TOO_LARGE" }),
    post("a body of 2 MB", JSON.stringify({ query: `{ ${"__typename ".repeat(200_000)} }` }), { status: 413, code: "PAYLOAD_TOO_LARGE" }),
    post("text/plain (a CSRF-style simple request)", '{"query": "{ __typename }"}', { status: 400, code: "BAD_REQUEST" }, { "content-type": "text/plain" }),
    post("application/x-www-form-urlencoded", "query=%7B__typename%7D", { status: 400, code: "BAD_REQUEST" }, { "content-type": "application/x-www-form-urlencoded" }),
    post("multipart/form-data", "--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ __typename }\r\n--b--", { status: 400, code: "BAD_REQUEST" }, {
      "content-type": "multipart/form-data; boundary=b",
    }),
    post("application/xml", "<query>{ __typename }</query>", { status: 400, code: "BAD_REQUEST" }, { "content-type": "application/xml" }),
    post("application/graphql (not supported)", "{ __typename }", { status: 400, code: "BAD_REQUEST" }, { "content-type": "application/graphql" }),
    post("no content type", '{"query": "{ __typename }"}', { status: 400, code: "BAD_REQUEST" }, {}),
    post("JSON declared as latin1", '{"query": "{ __typename }"}', { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" }, { "content-type": "application/json; charset=latin1" }),
    post("JSON declared as gzip but not compressed", '{"query": "{ __typename }"}', { status: [400, 415] }, { ...JSON_HEADERS, "content-encoding": "gzip" }),
    post("JSON declared with an unknown encoding", '{"query": "{ __typename }"}', { status: 415 }, { ...JSON_HEADERS, "content-encoding": "zstd-magic" }),
    post("an Accept header the server cannot satisfy", '{"query": "{ __typename }"}', { status: [200, 406] }, { "content-type": "application/json", accept: "text/csv" }),
    { name: "PUT", method: "PUT", headers: JSON_HEADERS, body: '{"query": "{ __typename }"}', expect: { status: [404, 405] } },
    { name: "DELETE", method: "DELETE", headers: JSON_HEADERS, expect: { status: [404, 405] } },
    { name: "PATCH", method: "PATCH", headers: JSON_HEADERS, body: "{}", expect: { status: [404, 405] } },
    {
      name: "GET without the CSRF preflight header",
      method: "GET",
      path: "/graphql?query=%7B__typename%7D",
      headers: { accept: "application/json" },
      expect: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "GET with a mutation",
      method: "GET",
      path: "/graphql?query=mutation%7B__typename%7D",
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
      expect: { status: [400, 405] },
    },
    {
      name: "GET with a syntax error (application/json: 200, as GraphQL over HTTP recommends)",
      method: "GET",
      path: "/graphql?query=%7B%7B%7B",
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
      expect: { status: 200, code: "GRAPHQL_PARSE_FAILED" },
    },
    {
      name: "GET with variables that are not JSON",
      method: "GET",
      path: "/graphql?query=%7B__typename%7D&variables=%7Bnot-json",
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
      expect: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "GET with the query repeated",
      method: "GET",
      path: "/graphql?query=%7B__typename%7D&query=%7B__typename%7D",
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
      expect: { status: 400, code: "BAD_REQUEST" },
    },
    { name: "a huge header", headers: { ...JSON_HEADERS, "x-padding": "x".repeat(20_000) }, body: '{"query": "{ __typename }"}', expect: { status: 431 } },
    { name: "an unknown path", path: "/graphql/../../etc/passwd", headers: JSON_HEADERS, body: "{}", expect: { status: 404 } },
  ];
}

/** Documents that are not valid GraphQL for this schema. */
export function documentRequests(): HostileRequest[] {
  const parse = { status: 400, code: "GRAPHQL_PARSE_FAILED" };
  const invalid = { status: 400, code: "GRAPHQL_VALIDATION_FAILED" };
  const q = (name: string, query: string, expectations: HostileRequest["expect"], variables?: Record<string, unknown>) => graphqlPost(name, query, variables, expectations);
  return [
    q("syntax: unclosed brace", "{ organizations { totalCount }", parse),
    q("syntax: no selection", "{ }", parse),
    q("syntax: stray token", "{ organizations { totalCount } } }", parse),
    q("syntax: unterminated string", '{ organization(ref: "fg-mv) { key } }', parse),
    q("syntax: invalid escape", '{ organization(ref: "\\x41") { key } }', parse),
    q("syntax: a lone surrogate escape", '{ organization(ref: "\\uD800") { key } }', parse),
    q("syntax: SQL", "SELECT * FROM organizations", parse),
    q("syntax: Cypher", "MATCH (n) DETACH DELETE n", parse),
    q("syntax: a JSON object as query", '{"a": 1}', parse),
    q("syntax: a bare name", "organizations", parse),
    q("syntax: only a comment", "# nothing here", parse),
    q("syntax: variable without type", "query($v) { __typename }", parse),
    q("syntax: nested braces only", "{{{{{{{{{{}}}}}}}}}}", parse),
    q("unknown field", "{ nosuchfield }", invalid),
    q("unknown nested field", '{ organization(ref: "fg-mv") { password } }', invalid),
    q("a person's e-mail without credentials (analyst only)", '{ person(ref: "shin-gak-kang") { email phone } }', { status: 200, code: "UNAUTHENTICATED" }),
    q("unknown argument", '{ organization(ref: "fg-mv", drop: true) { key } }', invalid),
    q("missing required argument", "{ organization { key } }", invalid),
    q("argument of the wrong literal type", "{ organization(ref: 42) { key } }", invalid),
    q("enum value as a string", '{ organizations(filter: { kinds: ["FOCUS_GROUP"] }) { totalCount } }', invalid),
    q("object field without a selection", '{ organization(ref: "fg-mv") }', invalid),
    q("scalar field with a selection", '{ organization(ref: "fg-mv") { key { x } } }', invalid),
    q("fragment on an unknown type", "{ ...F } fragment F on Nothing { x }", invalid),
    q("fragment on a type that cannot apply", "{ ...F } fragment F on Organization { key }", invalid),
    q("unused fragment", "{ __typename } fragment F on Query { __typename }", invalid),
    q("undefined fragment", "{ ...Missing }", invalid),
    q("a fragment spread within itself", "{ ...A } fragment A on Query { ...A }", invalid),
    q("fragments spread in a cycle of three", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }", invalid),
    q("a cycle through nested fields", '{ organization(ref: "fg-mv") { ...A } } fragment A on Organization { parent { ...B } } fragment B on Organization { subGroups { ...A } }', invalid),
    q("duplicate operation names", "query A { __typename } query A { __typename }", invalid),
    q("two anonymous operations", "{ __typename } { __typename }", invalid),
    graphqlPost("two operations without operationName", "query A { __typename } query B { __typename }", undefined, { status: 400, code: "OPERATION_RESOLUTION_FAILURE" }),
    {
      ...graphqlPost("operationName that is not in the document", "query A { __typename }"),
      body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }),
      expect: { status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
    },
    q("a subscription (none exist)", "subscription { __typename }", invalid),
    q("a mutation of a field that does not exist", "mutation { deleteEverything }", invalid),
    q("undeclared variable", "{ organization(ref: $ref) { key } }", invalid),
    q("unused variable", "query($v: String) { __typename }", invalid),
    q("variable of an unknown type", "query($v: Nothing) { __typename }", invalid),
    q("variable of an output type", "query($v: Organization) { __typename }", invalid),
    q("variable type mismatch", "query($v: Int) { organization(ref: $v) { key } }", invalid),
    q("missing required variable", "query($ref: String!) { organization(ref: $ref) { key } }", { status: 400, code: "BAD_USER_INPUT" }, {}),
    q("required variable sent as null", "query($ref: String!) { organization(ref: $ref) { key } }", { status: 400, code: "BAD_USER_INPUT" }, { ref: null }),
    q("unknown directive", "{ __typename @nosuch }", invalid),
    q("directive in the wrong place", "query @include(if: true) { __typename }", invalid),
    q("directive without its argument", "{ __typename @include }", invalid),
    q("the same directive twice on a field", "{ __typename @include(if: true) @include(if: true) }", invalid),
    q("conflicting fields under one name", '{ organization(ref: "fg-mv") { key: name key } }', invalid),
    q("conflicting arguments under one name", '{ o: organization(ref: "fg-mv") { key } o: organization(ref: "sg20") { key } }', invalid),
    q("__typename on a union member that does not exist", "{ search(text: \"x\") { node { ... on Nothing { x } } } }", invalid),
  ];
}

/** Shapes built to exhaust the server: deep nesting, alias and fragment bombs, directive floods, batches. */
export function abuseRequests(): HostileRequest[] {
  const q = (name: string, query: string, expectations: HostileRequest["expect"]) => graphqlPost(name, query, undefined, expectations);
  const tooComplex = { status: 400, code: "GRAPHQL_VALIDATION_FAILED" };
  const nested = (levels: number) => `{ organization(ref: "fg-mv") { ${"subGroups { ".repeat(levels)}key${" }".repeat(levels)} } }`;
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: organizations(first: 100) { totalCount }`).join(" ")} }`;
  const bomb = (levels: number, width: number) =>
    `{ organization(ref: "fg-mv") { ...F0 } } ` +
    Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Organization { key }` : `fragment F${i} on Organization { ${`...F${i + 1} `.repeat(width)} parent { ...F${i + 1} } }`,
    ).join(" ");
  const batch = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ query: "{ organizations(first: 100) { totalCount } }" })));
  return [
    q("nesting 13 levels (one over the depth limit)", nested(11), tooComplex),
    q("nesting 50 levels", nested(50), tooComplex),
    q("nesting 500 levels", nested(500), tooComplex),
    q("nesting 2000 levels (over the token limit)", nested(2_000), { status: 400, code: "GRAPHQL_PARSE_FAILED" }),
    q("nesting 20000 braces", `${"{".repeat(20_000)}${"}".repeat(20_000)}`, { status: 400, code: "GRAPHQL_PARSE_FAILED" }),
    q("nesting through inline fragments", `{ organization(ref: "fg-mv") { ${"subGroups { ... on Organization { ".repeat(12)}key${" } }".repeat(12)} } }`, tooComplex),
    q("16 aliases (one over the limit)", aliases(16), tooComplex),
    q("1000 aliases", aliases(1_000), { status: 400, code: ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"] }),
    q("aliases hidden in a fragment spread many times", `{ ...F ...F ...F } fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `x${i}: about { name }`).join(" ")} }`, tooComplex),
    q("the same field 3000 times (no aliases)", `{ ${"__typename ".repeat(3_000)} }`, { status: [200, 400] }),
    q("the same list field 1000 times", `{ ${'search(text: "a", first: 100) { score } '.repeat(1_000)} }`, { status: 400, code: "GRAPHQL_PARSE_FAILED" }),
    q("a fragment bomb: 20 levels, each spreading the next twice", bomb(20, 2), tooComplex),
    q("a fragment bomb: 8 levels, each spreading the next 50 times", bomb(8, 50), tooComplex),
    q("a wide fragment bomb over the token limit", bomb(6, 400), { status: 400, code: "GRAPHQL_PARSE_FAILED" }),
    q("nested lists multiplying past the cost limit", '{ organizations(first: 100) { nodes { subGroups { subGroups { subGroups { roles { person { name } } } } } } } }', tooComplex),
    q("a page of 100 in a page of 100 in a page of 100", '{ topics(first: 100) { nodes { deliverables(first: 100) { nodes { topics { deliverables(first: 100) { totalCount } } } } } } }', tooComplex),
    q("nodes() with 101 ids", `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"id${i}"`).join(",")}]) { id } }`, { status: [200, 400], code: ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"] }),
    q("introspection nesting lists four deep", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", tooComplex),
    q("11 directives (one over the limit)", `query($t: Boolean = true) { ${Array.from({ length: 11 }, (_, i) => `f${i}: __typename @include(if: $t)`).join(" ")} }`, tooComplex),
    q("1000 directives on one field", `{ __typename ${"@include(if: true) ".repeat(1_000)} }`, { status: 400, code: ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"] }),
    q("unknown directives repeated 500 times", `{ __typename ${"@x ".repeat(500)} }`, { status: 400 }),
    q("@skip and @include flood on nested fields", `{ organization(ref: "fg-mv") { ${Array.from({ length: 30 }, () => "key @skip(if: false) @include(if: true)").join(" ")} } }`, tooComplex),
    q("@deprecated used as a query directive", "{ __typename @deprecated }", { status: 400, code: "GRAPHQL_VALIDATION_FAILED" }),
    q("a very long field name", `{ ${"x".repeat(50_000)} }`, { status: 400, code: "GRAPHQL_VALIDATION_FAILED" }),
    q("a very long string argument in the document", `{ organization(ref: "${"x".repeat(90_000)}") { key } }`, { status: 200, code: "none" }),
    q("search text over 200 characters", `{ search(text: "${"y".repeat(201)}") { score } }`, { code: "BAD_USER_INPUT", field: "text" }),
    q("a page size of a billion", "{ organizations(first: 1000000000) { totalCount } }", { code: ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"] }),
    q("a negative page size", "{ organizations(first: -1) { totalCount } }", { code: "BAD_USER_INPUT", field: "first" }),
    q("first and last together", "{ organizations(first: 5, last: 5) { totalCount } }", { code: "BAD_USER_INPUT", field: "last" }),
    { name: "a batch of 2 while batching is off", headers: JSON_HEADERS, body: batch(2), expect: { status: 400, code: "BAD_REQUEST" } },
    { name: "a batch of 1000", headers: JSON_HEADERS, body: batch(1_000), expect: { status: 400, code: "BAD_REQUEST" } },
    { name: "an empty batch", headers: JSON_HEADERS, body: "[]", expect: { status: 400, code: "BAD_REQUEST" } },
    { name: "a batch of garbage", headers: JSON_HEADERS, body: "[1, null, \"x\", []]", expect: { status: 400, code: "BAD_REQUEST" } },
    { name: "a batch of batches", headers: JSON_HEADERS, body: JSON.stringify([[{ query: "{ __typename }" }]]), expect: { status: 400, code: "BAD_REQUEST" } },
  ];
}
