import { describe, expect, it } from "vitest";
import { lastDayOf, lifetimeNote } from "./lifetime.js";

describe("a body's lifetime", () => {
  it("a partial date's last day is the end of its period", () => {
    expect(lastDayOf("2024-06")).toBe("2024-06-30");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2025")).toBe("2025-12-31");
    expect(lastDayOf("2024-06-30")).toBe("2024-06-30");
  });

  it("a body closed on 30 June 2024 still exists that day, and says it closed from the next", () => {
    const body = { acronym: "XG", established: "2022-12", closed: "2024-06-30" };
    expect(lifetimeNote(body, "2024-06-30")).toBeNull();
    expect(lifetimeNote(body, "2024-07-01")).toBe('XG closed on 2024-06-30: it holds no roles or liaisons after that day. Ask with asOf: 2024-06-30 for its last state.');
    expect(lifetimeNote(body, "2022-11-30")).toMatch(/^XG was established on 2022-12-01/);
    expect(lifetimeNote({ name: "A body closed in 2020", closed: "2020" }, "2020-12-31")).toBeNull();
  });
});
