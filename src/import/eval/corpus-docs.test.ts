import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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

describe("a sidecar may name the batch its document was added in", () => {
  /** A corpus folder of one genre holding the given sidecars (each with a one-fact gold). */
  function corpusOf(sidecars: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "mvgraph-corpus-docs-"));
    mkdirSync(path.join(dir, "news"));
    for (const [slug, sidecar] of Object.entries(sidecars)) {
      writeFileSync(path.join(dir, "news", `${slug}.txt`), "A post.");
      writeFileSync(path.join(dir, "news", `${slug}.source.yaml`), sidecar);
      writeFileSync(path.join(dir, "news", `${slug}.gold.yaml`), "organizations:\n  - {id: itu, name: ITU}\n");
    }
    return dir;
  }

  it("reads the batch when the sidecar names one, and leaves it out when it does not", () => {
    const dir = corpusOf({
      fresh: "url: https://example.org/a\nhalf: test\ngenre: news\nbatch: fresh-2026-12-07\n",
      older: "url: https://example.org/b\nhalf: test\ngenre: news\n",
    });
    try {
      const docs = readCorpus(dir);
      expect(docs.map((d) => [d.id, d.batch])).toEqual([["news/fresh", "fresh-2026-12-07"], ["news/older", undefined]]);
      expect("batch" in docs[1]!).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a batch that is not a plain name", () => {
    const dir = corpusOf({ odd: "url: https://example.org/c\nhalf: test\ngenre: news\nbatch: 2026\n" });
    try {
      expect(() => readCorpus(dir)).toThrow(/news\/odd\.source\.yaml: batch must be a name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps every document of the fresh batch in the test half", () => {
    const fresh = readCorpus().filter((d) => d.batch === "fresh-2026-12-07");
    expect(fresh.length).toBeGreaterThanOrEqual(14);
    expect(fresh.filter((d) => d.half !== "test").map((d) => d.id)).toEqual([]);
  });

  it("keeps the second fresh batch in the test half, at least two documents of each of the seven genres", () => {
    const second = readCorpus().filter((d) => d.batch === "fresh-2026-12-07b");
    expect(second.length).toBeGreaterThanOrEqual(14);
    expect(second.filter((d) => d.half !== "test").map((d) => d.id)).toEqual([]);
    const perGenre = new Map<string, number>();
    for (const d of second) perGenre.set(d.genre, (perGenre.get(d.genre) ?? 0) + 1);
    expect([...perGenre.keys()].sort()).toEqual(["circular", "datatracker", "event", "group", "liaison", "news", "report"]);
    expect([...perGenre.values()].every((n) => n >= 2)).toBe(true);
  });

  it("keeps the third fresh batch in the test half, at least two documents of each of the seven genres, none sharing an address with another document", () => {
    const third = readCorpus().filter((d) => d.batch === "fresh-2026-12-07c");
    expect(third.length).toBeGreaterThanOrEqual(14);
    expect(third.filter((d) => d.half !== "test").map((d) => d.id)).toEqual([]);
    const perGenre = new Map<string, number>();
    for (const d of third) perGenre.set(d.genre, (perGenre.get(d.genre) ?? 0) + 1);
    expect([...perGenre.keys()].sort()).toEqual(["circular", "datatracker", "event", "group", "liaison", "news", "report"]);
    expect([...perGenre.values()].every((n) => n >= 2)).toBe(true);
    const others = new Set(readCorpus().filter((d) => d.batch !== "fresh-2026-12-07c").map((d) => d.url));
    expect(third.filter((d) => others.has(d.url)).map((d) => d.id)).toEqual([]);
  });
});
