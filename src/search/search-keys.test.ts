import { describe, expect, it } from "vitest";
import { compactForm, searchKeys } from "./search-keys.js";

describe("search keys", () => {
  it("give every spelling of a committee the same compact form", () => {
    expect(new Set(["SC 27", "SC27", "sc-27"].map(compactForm))).toEqual(new Set(["sc27"]));
    expect(compactForm("ISO/IEC JTC 1/SC 27")).toBe("isoiecjtc1sc27");
  });

  it("include the tails that start at a word", () => {
    expect(searchKeys(["ISO/IEC JTC 1/SC 27"]).split(" ")).toEqual(["isoiecjtc1sc27", "iecjtc1sc27", "jtc1sc27", "sc27"]);
  });

  it("drop accents and ignore missing names", () => {
    expect(searchKeys(["Per Fröjdh", undefined])).toBe("perfrojdh frojdh");
  });
});
