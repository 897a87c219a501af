import { describe, expect, it } from "vitest";
import { canonicalDeliverableCode, deliverableKey, sameDeliverable } from "./deliverable-code.js";

describe("one code per deliverable", () => {
  it("gives the printings of one ITU-T Recommendation one key", () => {
    const keys = ["Q.987", "ITU-T Q.987", "Recommendation ITU-T Q.987", "Rec. ITU-T Q.987", "ITU-T Rec. Q.987", "Recommendation Q.987"].map(deliverableKey);
    expect(new Set(keys).size).toBe(1);
    expect(deliverableKey("ITU-T Q.987 Cor.1")).toBe(deliverableKey("Q.987 Cor. 1"));
  });

  it("keeps ITU-R's sector, the family prefixes of other publishers and the numbers apart", () => {
    expect(deliverableKey("ITU-R QZ.4321")).not.toBe(deliverableKey("QZ.4321"));
    expect(deliverableKey("Rec. ITU-R QZ.4321")).toBe(deliverableKey("ITU-R QZ.4321"));
    expect(deliverableKey("Q.987")).not.toBe(deliverableKey("Q.987.1"));
    expect(deliverableKey("IEEE Std 9876.5")).toBe(deliverableKey("IEEE 9876.5"));
    expect(deliverableKey("ISO 9876")).not.toBe(deliverableKey("9876"));
  });

  it("gives a standard's editions and its IEEE project one key, but not its parts", () => {
    expect(deliverableKey("IEEE Std 9876.5™-2031")).toBe(deliverableKey("IEEE 9876.5"));
    expect(deliverableKey("IEEE P9876.5")).toBe(deliverableKey("IEEE 9876.5-2031"));
    expect(deliverableKey("ISO/IEC 43210-7:2030")).toBe(deliverableKey("ISO/IEC 43210-7"));
    expect(deliverableKey("ISO/IEC 43210-7")).not.toBe(deliverableKey("ISO/IEC 43210-8"));
    expect(deliverableKey("ISO/IEC 43210-2030")).not.toBe(deliverableKey("ISO/IEC 43210"));
  });

  it("proposes a numbered ITU-T Recommendation with its publisher, anything else as printed", () => {
    expect(canonicalDeliverableCode("Q.987")).toBe("ITU-T Q.987");
    expect(canonicalDeliverableCode("Recommendation ITU-T Q.987.2")).toBe("ITU-T Q.987.2");
    expect(canonicalDeliverableCode("Q.987 Cor.1")).toBe("ITU-T Q.987 Cor.1");
    expect(canonicalDeliverableCode("Y.Tide-Arch")).toBe("Y.Tide-Arch");
    expect(canonicalDeliverableCode("ITU-R QZ.4321")).toBe("ITU-R QZ.4321");
    expect(canonicalDeliverableCode("ETSI GS TDE 001")).toBe("ETSI GS TDE 001");
  });

  it("matches a graph entry by its code or any alias, however printed", () => {
    const entry = { code: "ITU-T Q.987", aliases: ["Q.tide-reqs"] };
    expect(sameDeliverable("Recommendation Q.987", entry)).toBe(true);
    expect(sameDeliverable("Q.Tide-Reqs", entry)).toBe(true);
    expect(sameDeliverable("Q.988", entry)).toBe(false);
  });
});
