import { describe, expect, it } from "vitest";
import { calendarParams, contactParams, parseParams, roadmapParams } from "./export.params.js";
import { roleLabel } from "./formats.js";

/** One schema for query parameters and CLI options: what each export accepts and how it refuses. */
describe("export parameters", () => {
  it("take repeatable filters as lists and switches as true/false, with defaults", () => {
    expect(parseParams(contactParams, {})).toEqual({ subGroups: true, bom: false });
    expect(parseParams(contactParams, { org: "jca-mv", role: ["CHAIR", "CO_CHAIR"], bom: "", subGroups: "false" })).toEqual({
      org: ["jca-mv"],
      role: ["CHAIR", "CO_CHAIR"],
      subGroups: false,
      bom: true,
    });
    expect(parseParams(roadmapParams, { topic: ["avatars", "privacy"], from: "2026-01-01", include: "events" })).toMatchObject({
      topic: ["avatars", "privacy"],
      from: "2026-01-01",
      include: ["events"],
      undated: false,
    });
    expect(parseParams(calendarParams, { deadlines: "no" })).toEqual({ deadlines: false });
  });

  it("refuse unknown names, bad values and repeated single values, naming the parameter", () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return { message: (error as Error).message, ...((error as { extensions?: object }).extensions ?? {}) };
      }
      throw new Error("expected a refusal");
    };
    expect(refusal(() => parseParams(contactParams, { organisation: "x" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "organisation", message: expect.stringContaining("unknown parameter") });
    expect(refusal(() => parseParams(contactParams, { role: ["CHAIR", "BOSS"] }))).toMatchObject({ field: "role", message: expect.stringMatching(/^role \(value 2\): must be one of CHAIR/) });
    expect(refusal(() => parseParams(contactParams, { topic: ["a", "b"] }))).toMatchObject({ field: "topic", message: "topic: give it only once" });
    expect(refusal(() => parseParams(contactParams, { asOf: "2026-13-01" }))).toMatchObject({ field: "asOf", message: "asOf: is not a real date" });
    expect(refusal(() => parseParams(roadmapParams, { from: "2026-06-01", to: "2026-01-01" }))).toMatchObject({ field: "to" });
    expect(refusal(() => parseParams(calendarParams, { deadlines: "maybe" }))).toMatchObject({ field: "deadlines", message: "deadlines: must be true or false" });
    expect(refusal(() => parseParams(roadmapParams, { org: "" }))).toMatchObject({ field: "org", message: "org (value 1): must not be empty" });
  });
});

describe("role labels", () => {
  it("read as words", () => {
    expect(["CHAIR", "CO_CHAIR", "VICE_CHAIR", "LIAISON_REPRESENTATIVE"].map(roleLabel)).toEqual(["Chair", "Co-chair", "Vice-chair", "Liaison representative"]);
  });
});
