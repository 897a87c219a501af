import { describe, expect, it } from "vitest";
import { BuiltOnce } from "./built-once.js";

describe("BuiltOnce: a statement shape's parts, built on first use", () => {
  it("builds a shape once and gives the same object to every later request of that shape", () => {
    const cache = new BuiltOnce<{ shape: string }>(10);
    let builds = 0;
    const build = (shape: string) => () => ({ shape, n: ++builds });
    const first = cache.get("a", build("a"));
    expect(cache.get("a", build("a"))).toBe(first);
    expect(cache.get("b", build("b"))).not.toBe(first);
    expect(builds).toBe(2);
  });

  it("stays bounded: when full it starts again, and a shape is then built anew", () => {
    const cache = new BuiltOnce<object>(2);
    const a = cache.get("a", () => ({}));
    cache.get("b", () => ({}));
    cache.get("c", () => ({}));
    expect(cache.get("a", () => ({}))).not.toBe(a);
  });
});
