import { GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { DeliverableRow, OrganizationRow, PersonRow, TopicRow, WorksOnRow } from "../db/node-rows.js";
import { mapProjection, projectedRow } from "../db/projection.js";
import { deliverableFieldProperties } from "../deliverable/deliverable.type.js";
import { organizationFieldProperties } from "../organization/organization.type.js";
import { personFieldProperties } from "../person/person.type.js";
import { topicFieldProperties, topicWorkFieldProperties } from "../topic/topic.type.js";
import { createSchema } from "./schema.js";
import type { FieldProperties } from "./selection.js";

const declarations: Array<[string, FieldProperties<string>]> = [
  ["Organization", organizationFieldProperties],
  ["Person", personFieldProperties],
  ["Topic", topicFieldProperties],
  ["Deliverable", deliverableFieldProperties],
  ["TopicWork", topicWorkFieldProperties],
];

describe("the stored properties each GraphQL field is made of", () => {
  it.each(declarations)("%s declares every one of its fields, and no other (a new field must say what it reads)", async (typeName, declared) => {
    const type = (await createSchema()).getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type`);
    expect(Object.keys(declared).filter((name) => name !== "__typename").sort()).toEqual(Object.keys(type.getFields()).sort());
  });

  it("never names an index property (aliasText, searchKeys): they are not declared, so a projection cannot read them", () => {
    for (const row of [OrganizationRow, PersonRow, TopicRow, DeliverableRow, WorksOnRow]) {
      expect(Object.keys(row.shape)).not.toContain("aliasText");
      expect(Object.keys(row.shape)).not.toContain("searchKeys");
    }
    expect(() => mapProjection("n", OrganizationRow, ["id", "searchKeys"])).toThrow(/not a declared property/);
  });
});

describe("a slim projection", () => {
  it("reads the id and the properties named, each once, in one spelling", () => {
    expect(mapProjection("p", OrganizationRow, ["name", "acronym", "name"])).toBe("p {.id, .acronym, .name}");
    expect(mapProjection("p", OrganizationRow, null)).toBe("p {.*}");
    // A relationship has no id of its own: none is added, and nothing selected reads nothing.
    expect(mapProjection("r", WorksOnRow, ["sources"])).toBe("r {.sources}");
    expect(mapProjection("r", WorksOnRow, [])).toBe("{}");
  });

  it("refuses a name that is not a declared property, whatever it holds", () => {
    expect(() => mapProjection("n", OrganizationRow, ["name}) MATCH (x) DETACH DELETE x //"])).toThrow(/not a declared property/);
    expect(() => mapProjection("n", OrganizationRow, ["constructor"])).toThrow(/not a declared property/);
  });

  it("parses its rows with the full row schema's picked properties, a missing one (null) as absent", () => {
    const row = projectedRow(OrganizationRow, ["id", "name", "acronym"]);
    expect(row.parse({ id: "fg-mv", name: "Focus Group", acronym: null })).toEqual({ id: "fg-mv", name: "Focus Group", acronym: undefined });
    expect(row.safeParse({ id: "fg-mv", name: 42 }).success).toBe(false);
  });
});
