import { describe, expect, it } from "vitest";
import { deliverableCodes } from "./deliverable-codes.js";

/** The codes the table reads in a line, each span read once (as the deliverables stage does). */
function codes(text: string): string[] {
  const taken: Array<{ start: number; end: number }> = [];
  const out: string[] = [];
  for (const p of deliverableCodes) {
    for (const m of text.matchAll(p.re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && span.end > t.start)) continue;
      taken.push(span);
      out.push(p.code(m as RegExpExecArray));
    }
  }
  return out;
}

describe("deliverable codes, family by family", () => {
  it("reads ETSI group deliverables with or without the ETSI prefix, the space or the version", () => {
    expect(codes("The group published [GS QRS002] and ETSI GR QRS 005 V1.2.1 (2031-04).")).toEqual(["ETSI GS QRS 002", "ETSI GR QRS 005"]);
    expect(codes("work on ETSI GS HSN-API 011-2 goes on")).toEqual(["ETSI GS HSN-API 011-2"]);
    expect(codes("see ETSI EN 319 411 and ETSI TS 104 220-3")).toEqual(["ETSI EN 319 411", "ETSI TS 104 220-3"]);
  });

  it("drops an ISO stage from the standard's code, keeps a TR or TS", () => {
    expect(codes("adopted ISO/IEC DIS 31415-9 and ISO/IEC TR 27182")).toEqual(["ISO/IEC 31415-9", "ISO/IEC TR 27182"]);
  });

  it("takes no bare 'TS 12' or a 3GPP number for an ETSI deliverable", () => {
    expect(codes("Version TS 12 of the plan; 3GPP TS 21.905")).toEqual(["3GPP TS 21.905"]);
  });

  it("reads a draft Recommendation's provisional name in capitals, not a series nor an initial", () => {
    expect(codes("• Y.QKD-Arch, key relay architecture; H.XR-req-2 and F.Mv-Use, H.QKD-AC/Gen")).toEqual(["Y.QKD-Arch", "H.XR-req-2", "F.Mv-Use", "H.QKD-AC/Gen"]);
    expect(codes("Supplement to Y.QKD2030-series; J.R-R. Quill wrote it")).toEqual([]);
  });

  it("reads an Internet-Draft's name with its version, an RFC by number and a hyphened TR number", () => {
    expect(codes("The forum read draft-ietf-tide-buoy-metric-07 and draft-quill-harbour-yang (see RFC 98765, RFC4321).")).toEqual([
      "draft-ietf-tide-buoy-metric-07", "draft-quill-harbour-yang", "RFC 98765", "RFC 4321",
    ]);
    expect(codes("Its TR-987 and TR-65 Issue 2 build on 3GPP TR 99.123.")).toEqual(["3GPP TR 99.123", "TR-987", "TR-65"]);
  });

  it("takes no hyphened word, a name glued to another, nor a decimal TR", () => {
    expect(codes("a draft-ready text, the draft-new-report, ATTACHdraft-quill-harbour-yang, TR-12.5")).toEqual([]);
  });

  it("keeps a corrigendum or an amendment with its Recommendation, as a code of its own", () => {
    expect(codes("to complete Y.987.6 Cor.3 for consent, then H.123 Amd. 2 and H.124")).toEqual(["Y.987.6 Cor.3", "H.123 Amd.2", "H.124"]);
  });

  it("reads IEC's own and joint numbers, and an old ISO number of three digits", () => {
    expect(codes("profiles of IEC/IEEE 69876: buoys, IEC 61234-5 and ISO/IEC/IEEE 49876")).toEqual(["IEC/IEEE 69876", "IEC 61234-5", "ISO/IEC/IEEE 49876"]);
    expect(codes("codes of ISO 876 and ISO/IEC 31415-9 only")).toEqual(["ISO 876", "ISO/IEC 31415-9"]);
  });

  it("reads ITU-R Recommendations and Reports with their sector, before any ITU-T reading", () => {
    expect(codes("as in Recommendation ITU-R QZ.1234-2 and Report ITU-R M.9876, unlike H.987")).toEqual(["ITU-R M.9876", "ITU-R QZ.1234-2", "H.987"]);
  });

  it("reads a code that ends its sentence, and no part of a longer number", () => {
    expect(codes("four work items: F.987.1, F.987.2, and F.987.3. Then ITU-R QZ.1234.")).toEqual(["ITU-R QZ.1234", "F.987.1", "F.987.2", "F.987.3"]);
    expect(codes("see clause X.1234.5.6 of it")).toEqual([]);
  });
});
