import { describe, expect, it } from "vitest";
import { encodeCursor, fromGlobalId, pageBounds, toConnection, toGlobalId, toWindow } from "./relay.js";

describe("relay helpers", () => {
  it("global ids round-trip and reject anything else", () => {
    const id = toGlobalId("Organization", "jtc1-sc27");
    expect(fromGlobalId(id)).toEqual({ type: "Organization", key: "jtc1-sc27" });
    expect(fromGlobalId("not-an-id")).toBeUndefined();
  });

  it("pages forwards and backwards", () => {
    const items = ["a", "b", "c", "d", "e"];
    const page = (args: Parameters<typeof toWindow>[0]) => {
      const { start, end } = pageBounds(toWindow(args), items.length);
      return toConnection({ items: items.slice(start, end), start, total: items.length });
    };
    expect(page({ first: 2 }).nodes).toEqual(["a", "b"]);
    expect(page({ first: 2, after: encodeCursor(1) }).nodes).toEqual(["c", "d"]);
    expect(page({ last: 2 }).nodes).toEqual(["d", "e"]);
    expect(page({ last: 2, before: encodeCursor(3) }).nodes).toEqual(["b", "c"]);
    const lastPage = page({ first: 10, after: encodeCursor(3) });
    expect(lastPage.nodes).toEqual(["e"]);
    expect(lastPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(toConnection({ items: [], start: 0, total: 0 })).toMatchObject({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, startCursor: null } });
  });

  it("rejects invalid cursors and oversized pages with a clear message", () => {
    expect(() => toWindow({ after: "bogus" })).toThrow(/after is not a valid cursor/);
    expect(() => toWindow({ first: 101 })).toThrow(/first must be at most 100/);
    expect(() => toWindow({ first: -1 })).toThrow(/first must be a whole number/);
    expect(() => toWindow({ first: 1, last: 1 })).toThrow(/either first or last/);
  });

  it("keeps bounds inside the list", () => {
    expect(pageBounds({ after: 10, before: null, first: 5, last: null }, 3)).toEqual({ start: 3, end: 3 });
  });
});
