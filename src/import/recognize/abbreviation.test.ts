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

describe("namedWithAcronym: a name before an acronym of word starts and whole words", () => {
  it("reads the whole name, past 'with the' and a body it names inside", async () => {
    const { namedWithAcronym } = await import("./organizations.js");
    const [hit] = namedWithAcronym("The plenary of the Saltmarsh Conference's Committee on Relations with the Quarry Workers Union (Com-QWU) was held in May.");
    expect(hit).toMatchObject({ name: "Committee on Relations with the Quarry Workers Union", acronym: "Com-QWU" });
  });
});

describe("scan: a known body inside a longer 'Full Name (ACR)' of another body", () => {
  it("reads the longer name as one new body, not the known body it names", async () => {
    const { OrganizationResolver } = await import("./organizations.js");
    const orgs = new OrganizationResolver([{ id: "qwu", name: "Quarry Workers Union", acronym: "QWU", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined }]);
    const keys = orgs.scan("The Committee on Relations with the Quarry Workers Union (Com-QWU) met; the Quarry Workers Union (QWU) sent a note.", { locator: "l1" }).map((m) => m.key);
    expect(keys).toEqual(["com-qwu", "qwu"]);
  });
});
