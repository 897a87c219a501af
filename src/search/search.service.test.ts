import { describe, expect, it } from "vitest";
import { rankHits } from "./search.service.js";

describe("rankHits", () => {
  it("keeps text matches' scores and puts topic matches at half their topic's score, never above the lowest text match", () => {
    const topic = { id: "pii-protection" };
    const ranked = rankHits([
      { label: "Organization", props: { id: "a" }, score: 8, topic: null },
      { label: "Topic", props: { id: "pii-protection" }, score: 3, topic: null },
      { label: "Organization", props: { id: "b" }, score: 9, topic },
      { label: "Deliverable", props: { id: "c" }, score: 2, topic },
    ]);
    expect(ranked.map((h) => [h.props.id, h.score, h.match])).toEqual([["a", 8, "TEXT"], ["pii-protection", 3, "TEXT"], ["b", 3, "TOPIC"], ["c", 1, "TOPIC"]]);
  });

  it("with no text match, topic matches keep half their topic's score", () => {
    expect(rankHits([{ label: "Organization", props: { id: "b" }, score: 4, topic: { id: "t" } }])[0]).toMatchObject({ score: 2, match: "TOPIC" });
  });
});
