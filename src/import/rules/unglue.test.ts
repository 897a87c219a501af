import { describe, expect, it } from "vitest";
import { unglueCells } from "./unglue.js";

describe("unglueCells: table cells a copy ran together", () => {
  it("puts a space back before and after a date that starts or ends a cell", () => {
    expect(unglueCells("Send inputs needing translation3 June 2029 / -Ask for a fellowship")).toBe("Send inputs needing translation 3 June 2029 / -Ask for a fellowship");
    expect(unglueCells("Task Team 9B14 - 18 October 2030Friday, 4 October 2030")).toBe("Task Team 9B 14 - 18 October 2030 Friday, 4 October 2030");
  });

  it("splits a lower-case word run into the next cell's capitalized one, and leaves names and codes alone", () => {
    expect(unglueCells("at 0900 hoursTask Team 9C")).toBe("at 0900 hours Task Team 9C");
    expect(unglueCells("McAllister met the DetNet chairs about ITU-T Y.3000 on 3 June 2029")).toBe("McAllister met the DetNet chairs about ITU-T Y.3000 on 3 June 2029");
  });
});
