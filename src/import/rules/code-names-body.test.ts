import { describe, expect, it } from "vitest";
import { codeNamesBody } from "./code-names-body.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const codes = (text: string, rules = [codeNamesBody]) => factsOf(text, graph, rules, "liaison").deliverables.map((d) => d.code).sort();

describe("code-names-body: a designation the document only uses as a body's name is no deliverable", () => {
  it("drops a code printed only as a group's name", () => {
    const text = "The IEEE 1234.5 Working Group would like to thank HSA for its letter.\nAs part of IEEE 1234, the IEEE 1234.5 Buoy Task Group studies tide gauges.";
    expect(codes(text, [])).toEqual(["IEEE 1234", "IEEE 1234.5"]);
    expect(codes(text)).toEqual([]);
    expect(codes("Ada Quill thanked Jon Roe for serving as liaison manager to IEEE 4321.7.")).toEqual([]);
  });

  it("keeps a code the document also prints as a text, or gives a status word for", () => {
    expect(codes("The IEEE 1234.5 Working Group maintains the IEEE 1234.5 standard for tide gauges.")).toEqual(["IEEE 1234.5"]);
    expect(codes("The IEEE 1234.5 Working Group published IEEE 1234.5 in May.")).toEqual(["IEEE 1234.5"]);
    expect(codes("HSA cites IEEE 1234.5 and ISO 65432 in its answer.")).toEqual(["IEEE 1234.5", "ISO 65432"]);
  });
});
