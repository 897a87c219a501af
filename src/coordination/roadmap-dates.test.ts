import { describe, expect, it } from "vitest";
import type { RoadmapRow } from "./roadmap.repository.js";
import { dateAsGiven, isOverdue, periodEnd } from "./roadmap-dates.js";

const deliverable = (target: string, date: string, status = "PLANNED"): RoadmapRow =>
  ({ kind: "DELIVERABLE", date, dateKind: "TARGET", endDate: null, node: { id: "d", status, target }, via: null, topics: [], organizations: [] }) as unknown as RoadmapRow;

describe("roadmap dates", () => {
  it("keep the precision the sources give", () => {
    expect(dateAsGiven(deliverable("2019", "2019-01-01"))).toBe("2019");
    expect(dateAsGiven(deliverable("2019-05", "2019-05-01"))).toBe("2019-05");
    expect(dateAsGiven(deliverable("2019-05-13", "2019-05-13"))).toBe("2019-05-13");
  });

  it("end a period on its last day", () => {
    expect([periodEnd("2019"), periodEnd("2024-02"), periodEnd("2023-02"), periodEnd("2019-05-13")]).toEqual(["2019-12-31", "2024-02-29", "2023-02-28", "2019-05-13"]);
  });

  it("call a planned deliverable overdue only once its whole target period is over", () => {
    expect(isOverdue(deliverable("2026", "2026-01-01"), "2026-12-06")).toBe(false);
    expect(isOverdue(deliverable("2026-11", "2026-11-01"), "2026-12-06")).toBe(true);
    expect(isOverdue(deliverable("2026-12", "2026-12-01"), "2026-12-06")).toBe(false);
    expect(isOverdue(deliverable("2025", "2025-01-01", "IN_PROGRESS"), "2026-12-06")).toBe(true);
    expect(isOverdue(deliverable("2025", "2025-01-01", "PUBLISHED"), "2026-12-06")).toBe(false);
  });
});
