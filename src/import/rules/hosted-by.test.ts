import { describe, expect, it } from "vitest";
import { hostedBy } from "./hosted-by.js";
import { body, readingOf } from "./testing.js";

const graph = [body("hsu", "Harbour Standards Union", "SDO", "HSU")];
const proposed = (text: string) => [...readingOf(text, graph, [hostedBy], "news").orgs.created.values()].map((o) => o.name);

describe("hosted-by: a meeting's hosts and sponsors", () => {
  it("proposes each host and sponsor the graph lacks", () => {
    expect(proposed("The meeting is being hosted by Portmoor and sponsored by Quayside Systems, Tidewell, and Saltmarsh Software."))
      .toEqual(["Portmoor", "Quayside Systems", "Tidewell", "Saltmarsh Software"]);
  });

  it("takes the graph's body as it is, and no person, city or country", () => {
    expect(proposed("The workshop was organized by the HSU and supported by Lisbon.")).toEqual([]);
    expect(proposed("The dinner is sponsored by Ada Quill and Portugal.")).toEqual([]);
  });
});
