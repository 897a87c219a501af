import { describe, expect, it } from "vitest";
import { structuredName } from "./vcard-name.js";

describe("a vCard's structured name (N) from a name as printed", () => {
  it("takes the last word as the family name, the first as the given name, the rest as additional", () => {
    expect(structuredName("Ada Lovelace")).toEqual({ family: "Lovelace", given: "Ada", additional: "", prefix: "", suffix: "" });
    expect(structuredName("Grace B. M. Hopper", "Dr")).toEqual({ family: "Hopper", given: "Grace", additional: "B. M.", prefix: "Dr", suffix: "" });
  });

  it("keeps particles with the family name", () => {
    expect(structuredName("Abdurahman M. Al Hassan").family).toBe("Al Hassan");
    expect(structuredName("Abdurahman M. Al Hassan").given).toBe("Abdurahman");
    expect(structuredName("Jan van der Berg")).toMatchObject({ family: "van der Berg", given: "Jan", additional: "" });
    expect(structuredName("Maria de la Cruz")).toMatchObject({ family: "de la Cruz", given: "Maria" });
    // A particle is never the given name.
    expect(structuredName("De Vries")).toMatchObject({ family: "Vries", given: "De" });
  });

  it("reads a family name printed in capitals wherever it stands", () => {
    expect(structuredName("ZHANG Wei")).toMatchObject({ family: "ZHANG", given: "Wei" });
    expect(structuredName("Jean-Luc DUPONT-MOREAU")).toMatchObject({ family: "DUPONT-MOREAU", given: "Jean-Luc" });
    expect(structuredName("KIM Yong Ho")).toMatchObject({ family: "KIM", given: "Yong", additional: "Ho" });
    // All in capitals says nothing about which word is the family name.
    expect(structuredName("ANNA LEE")).toMatchObject({ family: "LEE", given: "ANNA" });
  });

  it("keeps a suffix apart", () => {
    expect(structuredName("Martin Luther King, Jr.")).toEqual({ family: "King", given: "Martin", additional: "Luther", prefix: "", suffix: "Jr." });
    expect(structuredName("Ana Silva PhD", "Prof.")).toMatchObject({ family: "Silva", given: "Ana", prefix: "Prof.", suffix: "PhD" });
  });

  it("handles one word and odd spacing", () => {
    expect(structuredName("  Prince  ")).toEqual({ family: "Prince", given: "", additional: "", prefix: "", suffix: "" });
    expect(structuredName("Zoë   Ødegård")).toMatchObject({ family: "Ødegård", given: "Zoë" });
  });
});
