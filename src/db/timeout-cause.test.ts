import { describe, expect, it } from "vitest";
import { classifyTimeout, OVERLOADED_LOAD_PER_CORE, SLOW_PROBE_MS, timeoutMessage } from "./timeout-cause.js";

describe("why a query timed out", () => {
  it("a trivial query answering fast on a quiet host: the query was too large", () => {
    expect(classifyTimeout({ probeMs: 3, loadPerCore: 0.4 })).toBe("QUERY_TOO_LARGE");
  });

  it("a trivial query slow, or unanswered: the database is slow, whatever the query", () => {
    expect(classifyTimeout({ probeMs: SLOW_PROBE_MS, loadPerCore: 0.1 })).toBe("SLOW_DATABASE");
    expect(classifyTimeout({ probeMs: null, loadPerCore: 0.1 })).toBe("SLOW_DATABASE");
  });

  it("an overloaded host (load per core at the limit): the host is slow, even if the probe was quick", () => {
    expect(classifyTimeout({ probeMs: 2, loadPerCore: OVERLOADED_LOAD_PER_CORE })).toBe("SLOW_DATABASE");
  });

  it("the messages: a slow database says so with its figures and does not blame the query; a large query is told to narrow", () => {
    const slow = timeoutMessage("SLOW_DATABASE", { probeMs: 812.4, loadPerCore: 7.04 });
    expect(slow).toContain("database or its host is slow");
    expect(slow).toContain("812 ms");
    expect(slow).toContain("7.0 per core");
    expect(slow).not.toMatch(/narrow/);
    expect(timeoutMessage("QUERY_TOO_LARGE", { probeMs: 2, loadPerCore: 0.1 })).toMatch(/too much; narrow it/);
    expect(timeoutMessage("SLOW_DATABASE", { probeMs: null, loadPerCore: 3 })).toContain("got no answer in time");
  });
});
