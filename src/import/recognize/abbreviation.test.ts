import { describe, expect, it } from "vitest";
import { abbreviates } from "./abbreviation.js";

const words = (s: string) => s.split(/\s+/);

describe("abbreviates: words and an acronym made of initials, word starts and whole words", () => {
  it("takes word starts and whole words as parts of the acronym", () => {
    expect(abbreviates(words("Committee for Harbour Policy"), "Com-HARB")).toBe(true);
    expect(abbreviates(words("Committee on Liaison with the Quarry Workers Union"), "Com-QWU")).toBe(true);
    expect(abbreviates(words("Institute for Tidal Studies"), "InTiS")).toBe(true);
    expect(abbreviates(words("Harbour Sensors Alliance"), "HSA")).toBe(true);
  });

  it("refuses words that do not give the acronym, in order, from the first word", () => {
    expect(abbreviates(words("Quarry Workers Union"), "Com-QWU")).toBe(false);
    expect(abbreviates(words("Annual Report on Harbour Sensors"), "HSA")).toBe(false);
    expect(abbreviates(words("Sensors Harbour Alliance"), "HSA")).toBe(false);
    expect(abbreviates(words("Committee for Harbour Policy and Many Other Long Words"), "Com-HARB")).toBe(false);
  });
});
