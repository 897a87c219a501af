import { describe, expect, it } from "vitest";
import { OrganizationResolver } from "./organizations.js";

const resolver = () => new OrganizationResolver([
  { id: "ca-ruritania", name: "Communications Authority of Ruritania", acronym: "CA", kind: "REGULATOR", aliases: ["CA"], partOf: undefined, mandate: undefined },
]);
const where = { locator: "l1" };

describe("scan: a two-letter code in an address is a state, not a body's acronym", () => {
  it("reads no body in 'San Mateo, CA, USA' nor in 'Austin, TX 78701'", () => {
    const orgs = resolver();
    expect(orgs.scan("The workshop met in San Mateo, CA, USA, on 3 May.", where)).toEqual([]);
    expect(orgs.scan("Send it to 12 Lake Street, Springfield, CA 90210.", where)).toEqual([]);
  });

  it("still reads the acronym where it names the body", () => {
    expect(resolver().scan("The CA of Ruritania issued a consultation.", where).map((o) => o.key)).toEqual(["ca-ruritania"]);
  });
});
