import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "./helpers.js";

/**
 * Rows larger than one Bolt chunk (64 KB) come from Neo4j in several pieces; the driver reads
 * them from one buffer (src/db/whole-messages.ts). The values must be what was sent, whatever
 * chunk and socket boundaries fall inside a multi-byte character.
 */
const db = testDatabase();
afterAll(() => db.close());

describe("rows of several Bolt chunks", () => {
  it("a 300 KB row of strings with 2-, 3- and 4-byte characters reads back exact, with the rows after it", async () => {
    const expected = Array.from({ length: 6000 }, (_, i) => `näme ${i} 日本語 𝄞 ${"x".repeat(i % 17)}`);
    const rows = await db.read(
      "UNWIND [1, 2] AS row RETURN row, CASE row WHEN 1 THEN [i IN range(0, 5999) | 'näme ' + i + ' 日本語 𝄞 ' + left('xxxxxxxxxxxxxxxxx', i % 17)] ELSE ['after'] END AS names, {nested: {text: $text}} AS map",
      { text: "ünïcödé ".repeat(20_000) },
    );
    expect(Buffer.byteLength(JSON.stringify(rows[0]), "utf8")).toBeGreaterThan(300_000);
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
    expect(rows[0]!.names).toEqual(expected);
    expect(rows[1]!.names).toEqual(["after"]);
    expect(rows[0]!.map).toEqual({ nested: { text: "ünïcödé ".repeat(20_000) } });
  });

  it("a statement longer than the driver's 1,400-byte buffer, with a 10 KB parameter, is sent whole (one write) and answers exact", async () => {
    const text = "ß€𝄞 ".repeat(1_000);
    const cypher = `RETURN $text AS text, ${Array.from({ length: 200 }, (_, i) => `${i} AS n${i}`).join(", ")}`;
    expect(cypher.length).toBeGreaterThan(1_400);
    const [row] = await db.read(cypher, { text });
    expect(row!.text).toBe(text);
    expect(row!.n199).toBe(199);
  });
});
