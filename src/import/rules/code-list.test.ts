import { describe, expect, it } from "vitest";
import { codeList } from "./code-list.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const codes = (text: string, rules = [codeList]) => factsOf(text, graph, rules, "news").deliverables.map((d) => d.code).sort();

describe("code-list: a list printing its family's prefix once is a list of codes of that family", () => {
  it("reads each number after the first as a code of the same family", () => {
    const text = "Amendments such as IEEE 1234.5a, 1234.5b, and 1234.5c serve harbour regions.";
    expect(codes(text, [])).toEqual(["IEEE 1234.5a"]);
    expect(codes(text)).toEqual(["IEEE 1234.5a", "IEEE 1234.5b", "IEEE 1234.5c"]);
    expect(codes("HSA relies on ISO 65432 and 65433 for buoy clocks.")).toEqual(["ISO 65432", "ISO 65433"]);
  });

  it("reads no number of another shape", () => {
    expect(codes("HSA relied on ISO 65432, 2019 edition, and 12 others.")).toEqual(["ISO 65432"]);
    expect(codes("IEEE 1234.5 and 2020 were busy years for HSA.")).toEqual(["IEEE 1234.5"]);
  });
});
