import { lockChangeLog, writeChanges, type ChangeRecord, type StoredChange } from "../audit/audit.repository.js";
import type { Viewer } from "../auth/viewer.js";
import type { Context } from "../context.js";
import type { Tx } from "../db/database.js";
import { BadUserInputError } from "../errors.js";
import { sourceRef as sourceRefSchema } from "../seed/seed.schema.js";
import { firstDayOf } from "./confirmation.js";
import { createNode } from "./nodes.js";
import type { SourceInput } from "./source.input.js";
import { documentSpec } from "./specs.js";

export interface Source {
  /** As stored in `sources`: "document-id" or "document-id#locator". */
  ref: string;
  documentKey: string;
  /** The source document's date as the graph keeps it ("2023", "2023-05", "2023-05-11"), if it has one. */
  documentDate?: string;
}

/**
 * One edit: one write transaction, one named source, and the change records it makes. The
 * records are written last, in the same transaction, so an edit and its audit trail commit or
 * fail together.
 */
export class Edit {
  readonly changes: ChangeRecord[] = [];
  private currentSource: Source | undefined;

  constructor(
    readonly tx: Tx,
    readonly viewer: Viewer,
    /** The day of the edit (ISO date), for `lastConfirmed` when the source document has no date. */
    readonly today: string = new Date().toISOString().slice(0, 10),
  ) {}

  /**
   * `lastConfirmed` of what this edit writes: the date of its source document (the first day of a
   * partial date, as the seed computes it), else the day of the edit. The same rule as the seed and
   * the document import, so a fact created or confirmed through the API is neither left without a
   * date (never listed by stale) nor dated later than the document it cites.
   */
  get confirmedOn(): string {
    return firstDayOf(this.currentSource?.documentDate) ?? this.today;
  }

  get source(): Source {
    if (!this.currentSource) throw new Error("edit without a source");
    return this.currentSource;
  }

  set source(source: Source) {
    this.currentSource = source;
  }

  get hasSource(): boolean {
    return this.currentSource !== undefined;
  }

  /** Records a change, citing the source in force now (an import sets one per proposal). */
  record(change: ChangeRecord): void {
    this.changes.push(this.currentSource && !change.source ? { ...change, source: this.currentSource } : change);
  }
}

const DOCUMENT_EXISTS = /* cypher */ `MATCH (d:Document {id: $key}) RETURN d.id AS id, d.date AS date`;

/**
 * Runs `work` as one edit: takes the change-log lock, resolves the source (creating a new source
 * document if asked), runs the work, writes the change records. Any error rolls everything
 * back. `source` may be undefined only where the work sets it (a new document is its own source).
 */
export async function runEdit<T>(ctx: Context, source: SourceInput | undefined, work: (edit: Edit) => Promise<T>): Promise<{ result: T; changes: StoredChange[] }> {
  const outcome = await ctx.db.writeTransaction(
    async (tx) => {
      await lockChangeLog(tx);
      const edit = new Edit(tx, ctx.viewer, ctx.today);
      if (source) edit.source = await resolveSource(edit, source);
      const result = await work(edit);
      const changes = await writeChanges(tx, edit.changes, ctx.viewer, edit.source);
      return { result, changes };
    },
    { app: "mvgraph", purpose: "edit", actor: ctx.viewer.name },
  );
  // Fields resolved after the mutation must see the new graph, not what this request loaded before.
  ctx.loaders.clear();
  return outcome;
}

async function resolveSource(edit: Edit, source: SourceInput): Promise<Source> {
  const locator = source.locator?.trim() || undefined;
  if (source.locator !== undefined && source.locator !== null && !locator) throw new BadUserInputError("source.locator must not be blank", "source.locator");
  if (source.document && source.newDocument) {
    throw new BadUserInputError("source: give either document (an existing one) or newDocument, not both", "source");
  }
  let documentKey: string;
  let documentDate: unknown;
  if (source.document) {
    const rows = await edit.tx.run(DOCUMENT_EXISTS, { key: source.document });
    if (rows.length === 0) throw new BadUserInputError(`source.document: no document "${source.document}"; give newDocument to record a new one`, "source.document");
    documentKey = source.document;
    documentDate = rows[0]!.date;
  } else if (source.newDocument) {
    const created = await createNode(edit, documentSpec, { ...source.newDocument }, "source.newDocument");
    documentKey = created.id as string;
    documentDate = created.date;
  } else {
    throw new BadUserInputError("source: name the document this edit comes from (document, or newDocument for a new one)", "source");
  }
  const ref = locator ? `${documentKey}#${locator}` : documentKey;
  if (!sourceRefSchema.safeParse(ref).success) throw new BadUserInputError(`source.locator: "${locator}" cannot be used as a locator`, "source.locator");
  return { ref, documentKey, ...(typeof documentDate === "string" ? { documentDate } : {}) };
}
