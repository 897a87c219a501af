import DataLoader from "dataloader";
import type { CoordinationSettings } from "./config.js";
import { ANONYMOUS, type Viewer } from "./auth/viewer.js";
import type { Database, Params, Queries, Row } from "./db/database.js";
import { RequestDatabase } from "./db/request-database.js";
import { defaultImportLimits, type ImportLimits } from "./import/limits.js";

/**
 * Per-request loaders. Every relationship field loads through one of these, so a nested query
 * costs one Cypher round trip per field and level, not one per parent.
 *
 * New loaders per request (the dataloader README): their cache is the request's, so one
 * analyst's query never sees another's stale data.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** The batch statements of one level of the query, sent to Neo4j together. */
  private readonly level: StatementGroup;
  /** Values a statement already returned alongside its own rows, by loader name and id. */
  private readonly primed = new Map<string, Map<string, unknown>>();

  constructor(
    private readonly db: Queries,
    /** Off only for the benchmark that shows what batching buys. */
    private readonly batching: boolean,
  ) {
    this.level = new StatementGroup(db);
  }

  /**
   * Loads through a batch statement of the one shape `UNWIND $ids AS id … RETURN id, value`,
   * returning `empty` for ids without a row. `name` identifies the statement.
   */
  load<T>(name: string, cypher: string, id: string, empty: T, params: Params = {}): Promise<T> {
    const primed = this.primed.get(name);
    if (primed?.has(id)) return Promise.resolve(primed.get(id) as T);
    let loader = this.loaders.get(name) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(
        async (ids) => {
          const statement = { cypher, params: { ...params, ids: [...ids] } };
          const rows = this.batching ? await this.level.read(statement) : await this.db.read(statement.cypher, statement.params);
          const byId = new Map(rows.map((row) => [row.id as string, row.value as T]));
          return ids.map((key) => byId.get(key) ?? empty);
        },
        { batch: this.batching, maxBatchSize: 5000 },
      );
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }

  /**
   * Records a value loader `name` would return for `id`, when another statement already fetched
   * it (a person with their roles): the nested field then costs no round trip. The value must
   * have the loader's own shape (`n {.*}` for the by-id loaders).
   */
  prime(name: string, id: string, value: unknown): void {
    if (!this.batching) return; // the unbatched benchmark variant shows the naive cost
    const primed = this.primed.get(name) ?? new Map<string, unknown>();
    primed.set(id, value);
    this.primed.set(name, primed);
  }

  /** Forgets what was loaded: after a mutation, later fields must see the new graph. */
  clear(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
    this.primed.clear();
  }
}

/**
 * Collects the statements the loaders dispatch in one turn of the event loop (the sibling fields
 * of one level: parent, sub-groups, roles… of every item of a list) and reads them in one
 * transaction, pipelined: a level of the query costs one round trip, not one per field.
 */
class StatementGroup {
  private pending: Array<{ statement: { cypher: string; params: Params }; resolve(rows: Row[]): void; reject(error: unknown): void }> = [];

  constructor(private readonly db: Queries) {}

  read(statement: { cypher: string; params: Params }): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ statement, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const group = this.pending;
    this.pending = [];
    try {
      const results = group.length === 1
        ? [await this.db.read(group[0]!.statement.cypher, group[0]!.statement.params)]
        : await this.db.readAll(group.map((entry) => entry.statement));
      group.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      for (const entry of group) entry.reject(error);
    }
  }
}

export interface Context {
  /** The request's database: all its reads in one transaction, ended when the response is sent. */
  db: RequestDatabase;
  loaders: Loaders;
  /** "Today" for asOf defaults, fixed per request (ISO date). */
  today: string;
  coordination: CoordinationSettings;
  /** Who is asking (anonymous without a credential); see src/auth/. */
  viewer: Viewer;
  /** How much of an imported document is read (src/import/limits.ts). */
  importLimits: ImportLimits;
}

export const DEFAULT_COORDINATION: CoordinationSettings = { home: "jca-mv", maxHops: 6 };

export function createContext(
  db: Database,
  options: { batching?: boolean; coordination?: CoordinationSettings; viewer?: Viewer; importLimits?: ImportLimits } = {},
): Context {
  const requestDb = new RequestDatabase(db);
  return {
    db: requestDb,
    loaders: new Loaders(requestDb, options.batching ?? true),
    today: new Date().toISOString().slice(0, 10),
    coordination: options.coordination ?? DEFAULT_COORDINATION,
    viewer: options.viewer ?? ANONYMOUS,
    importLimits: options.importLimits ?? defaultImportLimits,
  };
}
