import { describe, expect, it } from "vitest";
import { DisjointSpans, sentences } from "./text-utils.js";

describe("disjoint spans", () => {
  it("keeps a span only where it overlaps none kept, in any order of arrival", () => {
    const spans = new DisjointSpans();
    expect(spans.add({ start: 10, end: 20 })).toBe(true);
    expect(spans.add({ start: 0, end: 5 })).toBe(true);
    expect(spans.add({ start: 30, end: 40 })).toBe(true);
    expect(spans.add({ start: 19, end: 25 })).toBe(false); // overlaps 10–20 at its end
    expect(spans.add({ start: 4, end: 11 })).toBe(false); // overlaps two
    expect(spans.add({ start: 0, end: 100 })).toBe(false); // covers all
    expect(spans.add({ start: 12, end: 13 })).toBe(false); // inside one
    expect(spans.add({ start: 20, end: 30 })).toBe(true); // touching is not overlapping
    expect(spans.add({ start: 5, end: 10 })).toBe(true);
    expect(spans.items.map((s) => [s.start, s.end])).toEqual([[0, 5], [5, 10], [10, 20], [20, 30], [30, 40]]);
  });
});

describe("sentences of a block whose paragraphs were run together", () => {
  it("ends a sentence at a full stop glued to the next sentence's first word", () => {
    expect(sentences("The board met in May.Action required: note the report.XSG is pleased to report to XSG.YAG then met.").map((s) => s.text)).toEqual([
      "The board met in May.", "Action required: note the report.", "XSG is pleased to report to XSG.", "YAG then met.",
    ]);
  });

  it("keeps abbreviations, initials and designations whole", () => {
    expect(sentences("See Rec.ITU-T X.1 and e.g.Annex A by J.Quill.").map((s) => s.text)).toHaveLength(1);
  });
});
