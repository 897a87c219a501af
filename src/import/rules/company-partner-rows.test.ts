import { describe, expect, it } from "vitest";
import { companyPartnerRows } from "./company-partner-rows.js";
import { body, readingOf } from "./testing.js";

const graph = [
  body("hsu", "Harbour Standards Union", "SDO", "HSU"),
  body("hsu-tg-buoys", "HSU Technical Group Buoys", "TECHNICAL_COMMITTEE", "TG Buoys", ["TG-Buoys"], "hsu"),
  body("qsa", "Quay Standards Association", "SDO", "QSA"),
];

describe("company-partner-rows: an election's results table, a row a person", () => {
  it("affiliates each person with the company and the partner, the heading's office held in the election's body", () => {
    const { facts, orgs } = readingOf([
      "Elections for Chair and two Vice Chairs of TG Buoys",
      "Vice Chairs",
      "Name Company / Partner",
      "Ms Ilse VANTERPOOL Saltmarsh Instruments Ltd / HSU",
      "Dr Kenji OKABE Quayside Systems Inc. / QSA",
      "The new officers start in June.",
    ].join("\n"), graph, [companyPartnerRows], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Ilse Vanterpool", "VICE_CHAIR", "hsu-tg-buoys"], ["Kenji Okabe", "VICE_CHAIR", "hsu-tg-buoys"]]);
    expect(facts.people.find((p) => p.name === "Kenji Okabe")?.affiliations).toEqual(["quayside-systems-inc", "qsa"]);
    expect([...orgs.created.values()].map((o) => o.name)).toEqual(["Saltmarsh Instruments Ltd", "Quayside Systems Inc."]);
  });

  it("never makes the chair the prose names a vice-chair under a misprinted heading", () => {
    const { facts } = readingOf([
      "Ms Ilse Vanterpool was elected Chair of TG Buoys today.",
      "Elections for Chair of TG Buoys",
      "Vice Chairmanship",
      "Name Company / Partner",
      "Ms Ilse VANTERPOOL Saltmarsh Instruments Ltd / HSU",
    ].join("\n"), graph, [companyPartnerRows], "news");
    expect(facts.roles.filter((r) => r.role === "VICE_CHAIR")).toEqual([]);
  });

  it("reads nothing without its column headings", () => {
    const { facts } = readingOf(["Vice Chairs", "Ms Ilse VANTERPOOL Saltmarsh Instruments Ltd / HSU"].join("\n"), graph, [companyPartnerRows], "news");
    expect(facts.roles.filter((r) => r.role === "VICE_CHAIR")).toEqual([]);
  });
});
