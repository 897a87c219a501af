import { describe, expect, it } from "vitest";
import { readCorpus } from "./corpus-docs.js";

describe("the corpus of real documents kept in the repository", () => {
  const docs = readCorpus();

  it("holds at least 30 documents of at least 6 genres, each with a source address, a half and gold facts", () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(docs.map((d) => d.genre)).size).toBeGreaterThanOrEqual(6);
    for (const d of docs) {
      expect(d.url, d.id).toMatch(/^https?:\/\//);
      const facts = Object.values(d.gold).reduce((n, list) => n + (list as unknown[]).length, 0);
      expect(facts, `${d.id} states no fact in its gold`).toBeGreaterThan(0);
    }
  });

  it("splits every genre into a development half and a test half", () => {
    for (const genre of new Set(docs.map((d) => d.genre))) {
      const halves = new Set(docs.filter((d) => d.genre === genre).map((d) => d.half));
      expect([...halves].sort(), genre).toEqual(["dev", "test"]);
    }
  });

  it("keeps no e-mail address in a gold file", () => {
    expect(JSON.stringify(docs.map((d) => d.gold))).not.toMatch(/@/);
  });
});
