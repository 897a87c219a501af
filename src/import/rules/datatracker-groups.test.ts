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

  it("sends a page without a From Group row from the body its text speaks as, never from the body it writes to", () => {
    const withForum = [...graph, body("ocf", "Ocean Current Forum", "CONSORTIUM", "OCF")];
    const noFrom = [
      "Liaison statement", "OCF interest in buoy drafts", "Submitted Date 2029-03-02", "From Contact Ada Quill",
      "To Groups tidewg, QTF", "Purpose For information",
      "We would like to tell the QTF that the Ocean Current Forum is interested in the buoy telemetry draft of the tidewg group.",
      "The Ocean Current Forum would appreciate being kept informed of the draft's progress in QTF.",
    ].join("\n");
    expect(factsOf(noFrom, withForum, [datatrackerGroups], "datatracker").liaisons.map((l) => [l.from, l.to])).toEqual([["ocf", "tidewg"], ["ocf", "qtf"]]);
    // A body the text only invites or asks is no sender.
    const invited = noFrom.replace(/We would like.*\n.*$/, "The Ocean Current Forum is invited to review the buoy telemetry draft before the next meeting.");
    expect(factsOf(invited, withForum, [datatrackerGroups], "datatracker").liaisons).toEqual([]);
  });
});
