import { describe, expect, it } from "vitest";
import { seriesGroups } from "./roadmap-series.js";
import type { OutlineRow } from "./roadmap.repository.js";

const deliverable = (id: string, code: string, status: string, date: string | null, dateKind: OutlineRow["dateKind"] = "TARGET", given: string | null = null): OutlineRow => ({
  kind: "DELIVERABLE", id, code, status, date, dateKind, given, bodies: [],
});
const meeting = (id: string, date: string, bodies: string[]): OutlineRow => ({ kind: "EVENT", id, code: id, status: null, date, dateKind: "START", given: date, bodies });

describe("the roadmap's series groups", () => {
  it("counts each series' items, planned, done and overdue, and the dates they span, series by name in numeric order", () => {
    const groups = seriesGroups(
      [
        deliverable("a", "ISO/IEC 23090-2", "PUBLISHED", "2021-05-01", "PUBLISHED"),
        deliverable("b", "ISO/IEC 23090-14", "IN_PROGRESS", "2025-01-01", "TARGET", "2025"),
        deliverable("c", "ISO/IEC 9592-1", "WITHDRAWN", "1997-11-01", "PUBLISHED"),
        deliverable("d", "ISO/IEC TR 23090-27", "PLANNED", "2027-03-01"),
        meeting("m1", "2026-03-02", ["SC 29", "JTC 1"]),
        meeting("m2", "2027-01-10", ["JTC 1", "SC 29"]),
      ],
      "2026-06-01",
    );
    expect(groups.map((g) => g.name)).toEqual(["ISO/IEC 9592", "ISO/IEC 23090", "Meetings of JTC 1"]);
    const mpeg = groups[1]!;
    expect(mpeg).toMatchObject({ count: 3, planned: 2, done: 1, overdue: 1, first: "2021-05-01", last: "2027-03-01", ids: ["a", "b", "d"] });
    // A withdrawn standard is neither planned nor done.
    expect(groups[0]).toMatchObject({ count: 1, planned: 0, done: 0 });
    // Meetings go with the first of their bodies by name, whatever order the graph gives them in; the later one is planned.
    expect(groups[2]).toMatchObject({ count: 2, planned: 1, done: 1 });
  });

  it("reads a target given as a year as the whole year: overdue only once it is over", () => {
    const target = deliverable("x", "IEEE P2874", "IN_PROGRESS", "2026-01-01", "TARGET", "2026");
    expect(seriesGroups([target], "2026-12-31")[0]!.overdue).toBe(0);
    expect(seriesGroups([target], "2027-01-01")[0]!.overdue).toBe(1);
  });
});
