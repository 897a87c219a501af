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

  /**
   * The fresh test batches, oldest first: each added in one commit, gold before any import, so that
   * a round has a measure nobody tuned on. The first predates the rule of two documents a genre.
   */
  const freshBatches = ["fresh-2026-12-07", "fresh-2026-12-07b", "fresh-2026-12-07c", "fresh-2026-12-07d"];
  const genres = ["circular", "datatracker", "event", "group", "liaison", "news", "report"];

  it("lists every batch a sidecar names among the fresh batches checked here", () => {
    const named = new Set(readCorpus().flatMap((d) => (d.batch ? [d.batch] : [])));
    expect([...named].sort()).toEqual([...freshBatches].sort());
  });

  it.each(freshBatches.map((batch, i) => ({ batch, everyGenre: i > 0 })))(
    "keeps the fresh batch $batch in the test half, at least 14 documents, none sharing an address with a document outside it (every genre twice: $everyGenre)",
    ({ batch, everyGenre }) => {
      const corpus = readCorpus();
      const fresh = corpus.filter((d) => d.batch === batch);
      expect(fresh.length).toBeGreaterThanOrEqual(14);
      expect(fresh.filter((d) => d.half !== "test").map((d) => d.id)).toEqual([]);
      if (everyGenre) {
        const perGenre = new Map<string, number>();
        for (const d of fresh) perGenre.set(d.genre, (perGenre.get(d.genre) ?? 0) + 1);
        expect([...perGenre.keys()].sort()).toEqual(genres);
        expect([...perGenre.entries()].filter(([, n]) => n < 2)).toEqual([]);
      }
      const others = new Set(corpus.filter((d) => d.batch !== batch).map((d) => d.url));
      expect(fresh.filter((d) => others.has(d.url)).map((d) => d.id)).toEqual([]);
    },
  );
});
