import { describe, expect, it } from "vitest";
import { linkOf, redactCredentials, sharedOperation } from "../web/graphiql/links.js";

describe("GraphiQL links", () => {
  it("carry the query, variables and operation name both ways", () => {
    const operation = { query: 'query A($x: String!) { organization(ref: $x) { name } } # "&?"', variables: '{"x": "jca-mv"}', operationName: "A" };
    const link = linkOf("/graphiql", operation);
    expect(link.startsWith("/graphiql?query=")).toBe(true);
    expect(sharedOperation(link.slice(link.indexOf("?")))).toEqual(operation);
    expect(linkOf("/graphiql", { query: "  " })).toBe("/graphiql");
    expect(sharedOperation("?variables=%7B%7D")).toBeNull();
    expect(sharedOperation("?query=%7Babout%7Bname%7D%7D")).toEqual({ query: "{about{name}}" });
  });
});

describe("what GraphiQL stores", () => {
  it("never holds a credential: bearer values and API keys are cut out, also inside JSON in JSON", () => {
    const tabState = JSON.stringify({ tabs: [{ query: "{ viewer { role } }", headers: JSON.stringify({ Authorization: "Bearer mvg_abc-DEF_123" }) }] });
    const stored = redactCredentials(tabState);
    expect(stored).not.toContain("mvg_abc");
    expect(JSON.parse(JSON.parse(stored).tabs[0].headers)).toEqual({ Authorization: "Bearer <removed>" });
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";
    expect(redactCredentials(`{"authorization":"bearer ${jwt}"}`)).toBe('{"authorization":"bearer <removed>"}');
    expect(redactCredentials("# my key is mvg_0123456789abcdef")).toBe("# my key is <removed>");
    expect(redactCredentials('{ about { name } }')).toBe('{ about { name } }');
  });
});
