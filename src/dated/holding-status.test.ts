import { describe, expect, it } from "vitest";
import { holdingStatus } from "./holding-status.js";

const cutoff = "2024-12-06"; // today 2026-12-06, 730 days

describe("where a role or a liaison stands on a date", () => {
  it("held and confirmed within the window: CURRENT; held but confirmed only before it: UNCONFIRMED", () => {
    expect(holdingStatus({ sinceDate: "2025-07-03", lastConfirmed: "2025-07-03" }, "2026-12-06", cutoff)).toBe("CURRENT");
    expect(holdingStatus({ sinceDate: "2022-12-16", lastConfirmed: "2022-12-16" }, "2026-12-06", cutoff)).toBe("UNCONFIRMED");
  });

  it("not held on the date: ENDED after its last day (inclusive), NOT_STARTED before its first", () => {
    expect(holdingStatus({ sinceDate: "2022-12-16", untilDate: "2024-06-30", lastConfirmed: "2024-06-01" }, "2024-06-30", "2022-07-01")).toBe("CURRENT");
    expect(holdingStatus({ sinceDate: "2022-12-16", untilDate: "2024-06-30", lastConfirmed: "2024-06-01" }, "2024-07-01", "2022-07-01")).toBe("ENDED");
    expect(holdingStatus({ sinceDate: "2027-01-01", lastConfirmed: "2026-11-01" }, "2026-12-06", cutoff)).toBe("NOT_STARTED");
  });

  it("a partial until holds through its period's last day; a liaison statement is a MESSAGE, never held", () => {
    expect(holdingStatus({ untilDate: "2024-06-01", untilLastDate: "2024-06-30", lastConfirmed: "2024-06-01" }, "2024-06-15", "2022-06-15")).toBe("CURRENT");
    expect(holdingStatus({ kind: "LIAISON_STATEMENT", sinceDate: "2022-12-16", lastConfirmed: "2022-12-16" }, "2023-01-01", "2021-01-01")).toBe("MESSAGE");
  });
});
