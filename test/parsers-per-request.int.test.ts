import { afterEach, describe, expect, it } from "vitest";
import { queryMix } from "../bench/support/product.js";
import { mix, seedProbes } from "../bench/mix.js";
import { postGraphQL, useSeedGraphApp } from "./helpers.js";

/**
 * A row schema built per request is compiled per request: zod generates an object schema's parser
 * (`new Function`) on its first parse, about a millisecond of the server's CPU each time, and the
 * generated code never gets warm. Schemas are built once per statement shape (a look-ahead's, a
 * page's) and kept. Here the server runs in this process: once every question of the realistic
 * mix and of the benchmark has been asked, asking them again must compile nothing.
 */
const seedGraph = useSeedGraphApp();

const RealFunction = globalThis.Function;
let compiled = 0;
function countCompilations(): void {
  compiled = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      compiled++;
      return Reflect.construct(target, args) as object;
    },
  });
}
afterEach(() => {
  globalThis.Function = RealFunction;
});

/** Every question an analyst's session sends: the load test's realistic mix and the benchmark's queries on the seed graph. */
const questions: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  ...queryMix("realistic").map((body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    return { name: /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? `${query.slice(0, 50)} ${JSON.stringify(variables ?? {})}`, query, variables };
  }),
  ...mix.map((q) => ({ name: `bench ${q.name}`, query: q.document, variables: q.variables(seedProbes) })),
];

describe("the server builds its row parsers once, not per request", () => {
  // Per question: its first request builds what its shape needs; asked again, it compiles nothing.
  // Generous time: two requests, on a machine other work may keep busy.
  it.each(questions)("$name: asked a second time, compiles no parser", async (q) => {
    const { body } = await postGraphQL(seedGraph.url, q.query, q.variables ?? {});
    expect(body.errors).toBeUndefined();
    countCompilations();
    await postGraphQL(seedGraph.url, q.query, q.variables ?? {});
    globalThis.Function = RealFunction;
    expect(compiled).toBe(0);
  }, 180_000);

  it("notices a parser built per request (the check itself can fail)", async () => {
    const { z } = await import("zod");
    countCompilations();
    z.object({ freshly: z.string(), built: z.number() }).parse({ freshly: "a", built: 1 });
    expect(compiled).toBeGreaterThan(0);
  });
});
