import { describe, expect, it } from "vitest";
import { seriesOfCode, seriesOfEvent } from "./series.js";

const series = (code: string) => seriesOfCode(code).name;

describe("the series of a deliverable, from its reference alone", () => {
  it("puts every part of an ISO/IEC number together, whatever its type or stage", () => {
    for (const code of ["ISO/IEC 23090-2", "ISO/IEC TR 23090-27", "ISO/IEC CD TR 23090-27", "ISO/IEC 23090-3:2024/CD Amd 1", "ISO/IEC DIS 23090-33"]) {
      expect(series(code), code).toBe("ISO/IEC 23090");
    }
    expect(series("ISO 8632-3")).toBe("ISO 8632");
    expect(series("IEC 62541-100")).toBe("IEC 62541");
    expect(series("ISO/IEC/IEEE 8802-3")).toBe("ISO/IEC/IEEE 8802");
    expect(series("ISO/IEC 23955")).toBe("ISO/IEC 23955");
    expect(series("ISO/IEC 23090-2")).not.toBe(series("ISO/IEC 23005-1"));
  });

  it("groups ITU recommendations by runs of ten within their letter, and their supplements apart", () => {
    expect(["ITU-T H.264", "ITU-T H.265", "ITU-T H.266"].map(series)).toEqual(["ITU-T H.26x", "ITU-T H.26x", "ITU-T H.26x"]);
    expect(series("ITU-T F.740.11")).toBe("ITU-T F.74x");
    expect(series("ITU-T Y.4238")).toBe("ITU-T Y.423x");
    expect(series("ITU-R BT.2100")).toBe("ITU-R BT.210x");
    expect(series("ITU-T A.7")).toBe("ITU-T A.x");
    expect(series("ITU-T Y Suppl. 58")).toBe("ITU-T Y supplements");
  });

  it("puts an IEEE project's drafts and sub-numbers with its standard", () => {
    expect(["IEEE 2888.1", "IEEE P2888.4", "IEEE Std 2888.2"].map(series)).toEqual(["IEEE 2888", "IEEE 2888", "IEEE 2888"]);
    expect(series("IEEE 2874")).toBe("IEEE 2874");
    expect(series("IEEE P2048.101")).toBe("IEEE 2048");
  });

  it("groups ETSI deliverables by their group, 3GPP by its series, W3C by the specification", () => {
    expect(["ETSI GS ARF 003", "ETSI GR ARF 004-1"].map(series)).toEqual(["ETSI ARF", "ETSI ARF"]);
    expect(series("ETSI TS 103 190-2")).toBe("ETSI 103 1xx");
    expect(series("3GPP TR 22.856")).toBe("3GPP 22 series");
    expect(series("W3C webxr-ar-module-1")).toBe("W3C webxr");
  });

  it("names ITU work items by their letter, and other numbered outputs by the words before the number", () => {
    expect(["X.sg-eimv", "XSTR.dpama"].map(series)).toEqual(["ITU X work items", "ITU XSTR work items"]);
    expect(["FGMV-01", "FGMV-20", "FGMV-D5.1"].map(series)).toEqual(["FGMV", "FGMV", "FGMV"]);
    expect(series("WTSA-24 Resolution 105")).toBe("WTSA-24 Resolution");
    expect(series("RFC 9000")).toBe("RFC");
  });

  it("keeps a reference no rule knows as a series of its own, and keys series without regard to case or spacing", () => {
    expect(seriesOfCode("Metaverse glossary")).toEqual({ key: "metaverse glossary", name: "Metaverse glossary" });
    expect(seriesOfCode("ISO/IEC  23090-1").key).toBe(seriesOfCode("ISO/IEC 23090-9").key);
  });

  it("groups meetings by the body holding them", () => {
    expect(seriesOfEvent({ acronym: "SC 29", name: "Coding of audio…" })).toEqual({ key: "meetings:sc 29", name: "Meetings of SC 29" });
    expect(seriesOfEvent(undefined).name).toBe("Meetings");
  });
});
