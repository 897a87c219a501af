import { describe, expect, it } from "vitest";
import { datatrackerGroups } from "./datatracker-groups.js";
import { body, factsOf } from "./testing.js";

const graph = [body("qtf", "Quarry Task Force", "SDO", "QTF"), body("ietf", "Internet Engineering Task Force", "SDO", "IETF")];
const page = (from: string, to: string) => [
  "Liaison statement",
  "LS on tide gauges",
  "State Posted",
  "Submitted Date 2029-03-02",
  `From Group ${from}`,
  "From Contact Ada Quill",
  `To Groups ${to}`,
  "To Contacts Bo Lind <>",
  "Cc Tide Water Gauges Discussion List <>",
  "Purpose For action",
  "Deadline 2029-04-30 Action Needed",
  "The Ocean Forum thanks QTF for its comments and asks the tide gauge experts for theirs.",
].join("\n");

describe("datatracker-groups: a Datatracker page's From and To groups", () => {
  it("sends the statement from the From group to each To group, naming a group the graph lacks as the page spells it", () => {
    const facts = factsOf(page("OCEAN-FORUM", "tidewg, QTF"), graph, [datatrackerGroups], "datatracker");
    expect(facts.liaisons.map((l) => [l.from, l.to, l.deadline, l.subject])).toEqual([
      ["ocean-forum", "tidewg", "2029-04-30", "LS on tide gauges"],
      ["ocean-forum", "qtf", "2029-04-30", "LS on tide gauges"],
    ]);
  });

  it("takes no item that is not a group's name, and runs on Datatracker pages only", () => {
    expect(factsOf(page("OCEAN-FORUM", "(None)"), graph, [datatrackerGroups], "datatracker").liaisons).toEqual([]);
    expect(factsOf(page("OCEAN-FORUM", "tidewg"), graph, [datatrackerGroups], "liaison").liaisons.filter((l) => l.to === "tidewg")).toEqual([]);
  });

  it("takes the tracker's spelling of a body the page names with its kind word for that body", () => {
    const withGroup = [...graph, body("ofwg", "Ocean Forum Working Group", "WORKING_GROUP")];
    const facts = factsOf(page("OCEAN-FORUM", "QTF"), withGroup, [datatrackerGroups], "datatracker");
    expect(facts.liaisons.map((l) => [l.from, l.to])).toEqual([["ofwg", "qtf"]]);
  });
});
