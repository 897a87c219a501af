import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { consoleProgress } from "./progress.js";

describe("bulk load progress on the console", () => {
  it("prints a line at most every interval, and always the last one before the commit", () => {
    const out = new PassThrough();
    const progress = consoleProgress(out, 60_000);
    progress({ what: "the seed load", done: 100, total: 1501, step: "Organization", committing: false });
    progress({ what: "the seed load", done: 900, total: 1501, step: "Person", committing: false }); // within the interval: quiet
    progress({ what: "the seed load", done: 1501, total: 1501, step: "HOLDS_ROLE", committing: true });
    expect(String(out.read()).split("\n")).toEqual([
      "the seed load: 100 of 1501 rows written (6%, Organization)",
      "the seed load: 1501 of 1501 rows written; committing",
      "",
    ]);
  });
});
