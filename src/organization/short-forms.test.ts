import { describe, expect, it } from "vitest";
import { shortFormSplits } from "./short-forms.js";

describe("short forms of a body's name", () => {
  it("split into a parent part and the body's own part, the longest parent first", () => {
    expect(shortFormSplits("IEEE-SA MSC")).toEqual([{ parent: "IEEE-SA", own: "MSC" }]);
    expect(shortFormSplits("ITU-T SG17")).toEqual([{ parent: "ITU-T", own: "SG17" }]);
    expect(shortFormSplits("ISO/IEC JTC 1 SC29")).toEqual([
      { parent: "ISO IEC JTC 1", own: "SC29" }, { parent: "ISO IEC JTC", own: "1 SC29" }, { parent: "ISO IEC", own: "JTC 1 SC29" }, { parent: "ISO", own: "IEC JTC 1 SC29" },
    ]);
    expect(shortFormSplits("FG-MV")).toEqual([]);
    expect(shortFormSplits("No Such Committee 99")).toEqual([]);
  });
});
