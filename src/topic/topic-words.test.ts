import { describe, expect, it } from "vitest";
import { wordForms, wordFormsPattern } from "./topic-words.js";

describe("a topic ref's word forms", () => {
  it("singular and plural of the last word", () => {
    expect(wordForms("digital currency")).toEqual(["digital currency", "digital currencies"]);
    expect(wordForms("digital currencies")).toEqual(["digital currencies", "digital currency"]);
    expect(wordForms("blockchain")).toEqual(["blockchain", "blockchains"]);
    expect(wordForms("avatars")).toEqual(["avatars", "avatar"]);
    expect(wordForms("PII")).toEqual(["PII", "PIIs"]);
    expect(wordForms("  digital   twin ")).toEqual(["digital twin", "digital twins"]);
  });

  it("matches whole words only, any case, and reads the ref as text, not as a pattern", () => {
    const pii = new RegExp(wordFormsPattern("pii").replace("(?is)", ""), "isu");
    expect(pii.test("Personally identifiable information (PII) protection")).toBe(true);
    expect(pii.test("Pilgrimage")).toBe(false);
    const odd = new RegExp(wordFormsPattern("a.b (c)").replace("(?is)", ""), "isu");
    expect(odd.test("x a.b (c)")).toBe(true);
    expect(odd.test("axb (c)")).toBe(false);
  });
});
