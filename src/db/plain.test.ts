import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./plain.js";

describe("toPlain: what a row becomes above the data-access layer", () => {
  it("integers become numbers, and strings past the safe range", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(7n)).toBe(7);
  });

  it("dates and times become ISO-8601 text; a zoned date-time drops its zone name", () => {
    expect(toPlain(new neo4j.types.Date(2026, 11, 26))).toBe("2026-11-26");
    expect(toPlain(new neo4j.types.Date(neo4j.int(987), neo4j.int(1), neo4j.int(2)))).toBe("0987-01-02");
    // Years outside 0–9999 as the driver writes them.
    expect(toPlain(new neo4j.types.Date(12026, 1, 2))).toBe(new neo4j.types.Date(12026, 1, 2).toString());
    expect(toPlain(new neo4j.types.Date(-44, 3, 15))).toBe(new neo4j.types.Date(-44, 3, 15).toString());
    expect(toPlain(new neo4j.types.LocalDateTime(2026, 1, 2, 9, 30, 0, 0))).toBe("2026-01-02T09:30:00");
    expect(toPlain(new neo4j.types.DateTime(2025, 10, 9, 11, 15, 0, 0, 7200, "Europe/Zurich"))).toBe("2025-10-09T11:15:00+02:00");
    expect(toPlain(new neo4j.types.Duration(0, 3, 0, 0))).toBe("P3DT");
  });

  it("nodes and relationships become their properties, nested maps and lists keep their shape", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Organization"], { id: "jca-mv", since: new neo4j.types.Date(2022, 12, 1) }, "4:x:1");
    expect(toPlain({ o: node, tags: [neo4j.int(1), null, "a"], inner: { n: neo4j.int(2), none: undefined } })).toEqual({
      o: { id: "jca-mv", since: "2022-12-01" },
      tags: [1, null, "a"],
      inner: { n: 2, none: null },
    });
  });

  it("a row's lists and maps are converted where they are, not copied (each row owns its decoded values)", () => {
    const tags = [neo4j.int(1), "a"];
    const inner = { n: neo4j.int(2), when: new neo4j.types.Date(2026, 1, 31) };
    const row = { tags, inner, name: "SC 27" };
    const plain = toPlain(row) as typeof row;
    expect(plain).toBe(row);
    expect(plain.tags).toBe(tags);
    expect(plain.inner).toBe(inner);
    expect(row).toEqual({ tags: [1, "a"], inner: { n: 2, when: "2026-01-31" }, name: "SC 27" });
  });
});
