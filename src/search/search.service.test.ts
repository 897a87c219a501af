import { describe, expect, it } from "vitest";
import { rankHits } from "./search.service.js";

describe("rankHits", () => {
  it("keeps text matches' scores and puts topic matches at half their topic's score, never above the lowest text match", () => {
    const topic = { id: "pii-protection" };
    const ranked = rankHits([
      { label: "Organization", props: { id: "a" }, score: 8, topic: null, complete: true },
      { label: "Topic", props: { id: "pii-protection" }, score: 3, topic: null, complete: true },
      { label: "Organization", props: { id: "b" }, score: 9, topic, complete: true },
      { label: "Deliverable", props: { id: "c" }, score: 2, topic, complete: true },
    ]);
    expect(ranked.map((h) => [h.props.id, h.score, h.match])).toEqual([["a", 8, "TEXT"], ["pii-protection", 3, "TEXT"], ["b", 3, "TOPIC"], ["c", 1, "TOPIC"]]);
  });

  it("with no text match, topic matches keep half their topic's score", () => {
    expect(rankHits([{ label: "Organization", props: { id: "b" }, score: 4, topic: { id: "t" }, complete: true }])[0]).toMatchObject({ score: 2, match: "TOPIC" });
  });

  it("a hit holding only some of the words, after those holding all (as the statement orders them), never scores above them", () => {
    const ranked = rankHits([
      { label: "Organization", props: { id: "all-words" }, score: 2, topic: null, complete: true },
      { label: "Organization", props: { id: "through-topic" }, score: 3, topic: { id: "t" }, complete: true },
      { label: "Organization", props: { id: "one-word" }, score: 9, topic: null, complete: false },
    ]);
    expect(ranked.map((h) => [h.props.id, h.score])).toEqual([["all-words", 2], ["through-topic", 1.5], ["one-word", 1.5]]);
  });
});
