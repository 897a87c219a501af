import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { startTestApp } from "./helpers.js";

/**
 * The GraphQL over HTTP specification, checked by the `graphql-http` package's own server audit
 * against the running product: every MUST and every SHOULD, one test each.
 */
describe("GraphQL over HTTP (graphql-http's server audit)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    // The audit sends dozens of requests from one address: no rate limit here (it has its own tests).
    app = await startTestApp({ RATE_LIMIT_MAX: "0" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  // The MAY audits are left out: the ones about GET without a header fail by design (CSRF
  // prevention requires `apollo-require-preflight` on GET, see README "GraphQL API").
  const audits = serverAudits({ url: () => `${app.http.url}/graphql` }).filter((audit) => !audit.name.startsWith("MAY"));
  it("covers every MUST and SHOULD of the audit", () => {
    expect(audits.filter((audit) => audit.name.startsWith("MUST")).length).toBeGreaterThan(10);
    expect(audits.filter((audit) => audit.name.startsWith("SHOULD")).length).toBeGreaterThan(20);
  });
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status === "ok") return;
      const response = result.response;
      const body = response.bodyUsed ? "" : await response.text();
      expect.fail(`${result.reason}\n${response.status} ${response.headers.get("content-type")}\n${body}`);
    });
  }
});
