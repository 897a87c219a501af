import { describe, expect, it } from "vitest";
import { ReadShapes } from "./read-shapes.js";

describe("ReadShapes", () => {
  it("knows nothing of an operation until one of its requests read", () => {
    const shapes = new ReadShapes();
    expect(shapes.oneStatement("q")).toBe(false);
    shapes.learn("q", 0); // answered without Cypher: nothing learnt
    expect(shapes.oneStatement("q")).toBe(false);
  });

  it("reads an operation alone once a request of it read with one statement", () => {
    const shapes = new ReadShapes();
    shapes.learn("q", 1);
    expect(shapes.oneStatement("q")).toBe(true);
  });

  it("never reads alone again an operation that once needed more than one statement", () => {
    const shapes = new ReadShapes();
    shapes.learn("q", 1);
    shapes.learn("q", 2);
    expect(shapes.oneStatement("q")).toBe(false);
    shapes.learn("q", 1);
    expect(shapes.oneStatement("q")).toBe(false);
  });

  it("keeps at most its capacity, forgetting the oldest first", () => {
    const shapes = new ReadShapes(2);
    shapes.learn("a", 1);
    shapes.learn("b", 1);
    shapes.learn("c", 1);
    expect(["a", "b", "c"].map((key) => shapes.oneStatement(key))).toEqual([false, true, true]);
  });
});
