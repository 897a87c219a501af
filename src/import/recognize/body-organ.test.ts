import { describe, expect, it } from "vitest";
import type { OrganizationRow } from "../graph-index.repository.js";
import { bodyOrgans } from "./body-organ.js";
import { OrganizationResolver } from "./organizations.js";

const org = (id: string, name: string, acronym?: string): OrganizationRow => ({ id, name, acronym, kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined });

describe("bodyOrgans: a body's organs named after it", () => {
  it("reads an owner and an organ word, with up to three words between", () => {
    expect(bodyOrgans("the HSA General Assembly elected; the QTF Board of Trustees and the HSA Planning Committee met").map((o) => [o.owner, o.name]))
      .toEqual([["HSA", "HSA General Assembly"], ["QTF", "QTF Board of Trustees"], ["HSA", "HSA Planning Committee"]]);
    expect(bodyOrgans("ITU Regional Offices").map((o) => o.name)).toEqual(["ITU Regional Offices"]);
  });

  it("takes no numbered designation and no lower-case organ", () => {
    expect(bodyOrgans("ISO Technical Committee 307 and the HSA board")).toEqual([]);
  });
});

describe("the organization scan proposes an organ only of a body it knows", () => {
  it("proposes the organ as part of its owner, and nothing for an unknown owner", () => {
    const r = new OrganizationResolver([org("hsa", "Harbour Sensors Alliance", "HSA")]);
    expect(r.scan("The HSA General Assembly and the QZX Board met.", { locator: "p1" }).map((m) => m.key)).toEqual(["hsa-general-assembly"]);
    expect(r.created.get("hsa-general-assembly")).toMatchObject({ name: "HSA General Assembly", partOf: "hsa" });
  });
});
