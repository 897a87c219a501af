import { describe, expect, it } from "vitest";
import { withoutCallerStack } from "./caller-stack.js";

describe("withoutCallerStack", () => {
  it("captures no frames during the call, and restores the limit after it, also when it throws", () => {
    const limit = Error.stackTraceLimit;
    const stack = withoutCallerStack(() => new Error("inside").stack);
    expect(stack).toBe("Error: inside");
    expect(Error.stackTraceLimit).toBe(limit);
    expect(() => withoutCallerStack(() => {
      throw new Error("thrown");
    })).toThrow("thrown");
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("after").stack).toMatch(/\n\s+at /);
  });
});
