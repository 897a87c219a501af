import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../db/neo4j-local.js";
import type { SeedData } from "../../seed/seed.schema.js";

/**
 * The corpus of real public documents kept in the repository (test/corpus/, see its README):
 * each document with its sidecar (source address, half, genre) and its hand-written gold.
 */
export const corpusDir = path.join(projectRoot, "test", "corpus");

export const halves = ["dev", "test"] as const;
export type Half = (typeof halves)[number];

export interface CorpusDocument {
  /** "<genre>/<slug>" (the HTML and text copies of one page differ by slug). */
  id: string;
  genre: string;
  half: Half;
  file: string;
  url: string;
  /**
   * The batch a document was added in, when its sidecar names one (`batch: fresh-2026-12-07`): a
   * test batch frozen on its own, reported on its own besides its half.
   */
  batch?: string;
  /** The facts the document states, in the seed's entry shape (ids and sources filled in). */
  gold: SeedData;
}

const goldKinds = ["organizations", "people", "roles", "events", "deadlines", "liaisons", "deliverables"] as const;

export function readCorpus(dir: string = corpusDir): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const genre of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const files = readdirSync(path.join(dir, genre)).sort();
    for (const file of files.filter((f) => /\.(txt|html|md)$/.test(f))) {
      const slug = file.replace(/\.(txt|html|md)$/, "");
      const id = `${genre}/${slug}`;
      const source = parse(readFileSync(path.join(dir, genre, `${slug}.source.yaml`), "utf8")) as { url?: string; half?: string; genre?: string; batch?: unknown };
      if (source.half !== "dev" && source.half !== "test") throw new Error(`${id}.source.yaml: half must be dev or test, not ${String(source.half)}`);
      if (!source.url) throw new Error(`${id}.source.yaml: url is missing`);
      if (source.batch !== undefined && (typeof source.batch !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(source.batch))) {
        throw new Error(`${id}.source.yaml: batch must be a name of lower-case letters, digits and dashes, not ${String(source.batch)}`);
      }
      const raw = (parse(readFileSync(path.join(dir, genre, `${slug}.gold.yaml`), "utf8")) ?? {}) as Record<string, unknown>;
      const doc: CorpusDocument = { id, genre, half: source.half, file: path.join(dir, genre, file), url: source.url, gold: normalizeGold(id, raw) };
      if (source.batch !== undefined) doc.batch = source.batch;
      docs.push(doc);
    }
  }
  return docs;
}

/** Gold entries get what the comparator reads: an id, the document as source, empty lists. */
export function normalizeGold(documentId: string, raw: Record<string, unknown>): SeedData {
  for (const key of Object.keys(raw)) {
    if (!(goldKinds as readonly string[]).includes(key)) throw new Error(`${documentId}.gold.yaml: unknown section ${key} (one of ${goldKinds.join(", ")})`);
  }
  const list = (k: (typeof goldKinds)[number]) => ((raw[k] ?? []) as Array<Record<string, unknown>>).map((e, i) => ({
    aliases: [], ...e, id: typeof e.id === "string" ? e.id : `${k}-${i + 1}`, sources: [documentId],
  }));
  return {
    documents: [], topics: [], statistics: [],
    organizations: list("organizations"), people: list("people"), roles: list("roles"), events: list("events"),
    deadlines: list("deadlines"), liaisons: list("liaisons"), deliverables: list("deliverables"),
  } as unknown as SeedData;
}
