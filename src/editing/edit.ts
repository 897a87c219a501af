import type { ChangeRecord } from "../audit/audit.repository.js";
import type { Viewer } from "../auth/viewer.js";
import type { Tx } from "../db/database.js";
import { firstDayOf } from "./confirmation.js";

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
