import { describe, expect, it } from "vitest";
import { specByLabel } from "./editing/specs.js";
import { entityKinds, entityLabels, historyTypes, refKinds } from "./entity-kinds.js";
import { entityTypes } from "./graphql/entity-types.js";
import { nodeLabels } from "./seed/to-graph.js";

describe("the entity registry: one list of kinds, every layer agreeing with it", () => {
  it("maps each label to the GraphQL type and edit spec of that same name", () => {
    for (const label of entityLabels) {
      expect(entityTypes[label].name).toBe(label);
      expect(specByLabel[label].label).toBe(label);
    }
  });

  it("is what the seed writes, in its order (documents first: everything cites them)", () => {
    expect(nodeLabels).toEqual(entityLabels);
    expect(nodeLabels[0]).toBe("Document");
  });

  it("names by ref exactly the kinds analysts name (bodies, people, topics, deliverables, events)", () => {
    expect([...refKinds].sort()).toEqual(["Deliverable", "Event", "Organization", "Person", "Topic"]);
    expect(entityKinds.Organization.ref.names).toEqual(["acronym", "name"]);
  });

  it("gives a history to every edited kind and to dated roles, not to statistics", () => {
    expect(historyTypes.has("Role")).toBe(true);
    expect(historyTypes.has("Liaison")).toBe(true);
    expect(historyTypes.has("Statistic")).toBe(false);
  });
});
