import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { CommitteeRecord, DeliverableRecord } from "../record.js";

/**
 * What a sync takes from a catalogue: configuration as data (scope/metaverse.yaml is the default;
 * `--scope FILE` another). A deliverable record is in scope when its committee, its reference or
 * a word of its title or abstract matches; an ISO committee by its reference or its words.
 */
const pattern = z.string().transform((source, ctx) => {
  try {
    return new RegExp(source, "i");
  } catch {
    ctx.addIssue({ code: "custom", message: `"${source}" is not a regular expression` });
    return z.NEVER;
  }
});
const words = z.array(z.string().min(1)).default([]);
export const scopeSchema = z.strictObject({
  committees: z.array(pattern).default([]),
  identifiers: z.array(pattern).default([]),
  words,
  /** Names and aliases of topics too common to attach a topic by ("data", "framework"). */
  topicStopWords: words,
  isoCommittees: z.strictObject({ references: z.array(pattern).default([]), words }).default({ references: [], words: [] }),
});
export type Scope = z.output<typeof scopeSchema>;

export const DEFAULT_SCOPE_FILE = fileURLToPath(new URL("./metaverse.yaml", import.meta.url));

/** Reads a scope file; a bad one is an error naming the file and the field. */
export function loadScope(file = DEFAULT_SCOPE_FILE): Scope {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`scope ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = scopeSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`scope ${file}: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  }
  return parsed.data;
}

/** A whole word or phrase, case-insensitive; short all-capital words (XR, AR) only as capitals. */
export function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, /^[A-Z0-9]{2,3}$/.test(word) ? "u" : "iu");
}

export class ScopeFilter {
  private readonly words: RegExp[];
  private readonly committeeWords: RegExp[];

  constructor(readonly scope: Scope) {
    this.words = scope.words.map(wordPattern);
    this.committeeWords = scope.isoCommittees.words.map(wordPattern);
  }

  /** Why the record is in scope ("committee ISO/IEC JTC 1/SC 29", "word immersive"), or undefined. */
  deliverable(r: DeliverableRecord): string | undefined {
    if (r.committee && this.scope.committees.some((p) => p.test(r.committee!))) return `committee ${r.committee}`;
    const refs = [r.reference, ...r.alsoKnownAs];
    const id = this.scope.identifiers.find((p) => refs.some((ref) => p.test(ref)));
    if (id) return `identifier ${r.reference}`;
    const text = `${r.title ?? ""} ${r.abstract ?? ""}`;
    const word = this.words.find((w) => w.test(text));
    return word ? `word ${word.exec(text)![0]}` : undefined;
  }

  committee(c: CommitteeRecord): string | undefined {
    if (this.scope.isoCommittees.references.some((p) => p.test(c.reference))) return `reference ${c.reference}`;
    const text = `${c.title} ${c.scope ?? ""}`;
    const word = this.committeeWords.find((w) => w.test(text));
    return word ? `word ${word.exec(text)![0]}` : undefined;
  }
}
