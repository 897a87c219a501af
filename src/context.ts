import DataLoader from "dataloader";
import type { CoordinationSettings } from "./config.js";
import { ANONYMOUS, type Viewer } from "./auth/viewer.js";
import type { Database, Params } from "./db/database.js";

/**
 * Per-request loaders. Every relationship field loads through one of these, so a nested query
 * costs one Cypher round trip per field and level, not one per parent.
 *
 * New loaders per request (the dataloader README): their cache is the request's, so one
 * analyst's query never sees another's stale data.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: Database,
    /** Off only for the benchmark that shows what batching buys. */
    private readonly batching: boolean,
  ) {}

  /**
   * Loads through a batch statement of the one shape `UNWIND $ids AS id … RETURN id, value`,
   * returning `empty` for ids without a row. `name` identifies the statement.
   */
  load<T>(name: string, cypher: string, id: string, empty: T, params: Params = {}): Promise<T> {
    let loader = this.loaders.get(name) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(
        async (ids) => {
          const rows = await this.db.read(cypher, { ...params, ids: [...ids] });
          const byId = new Map(rows.map((row) => [row.id as string, row.value as T]));
          return ids.map((key) => byId.get(key) ?? empty);
        },
        { batch: this.batching, maxBatchSize: 5000 },
      );
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }

  /** Forgets what was loaded: after a mutation, later fields must see the new graph. */
  clear(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

export interface Context {
  db: Database;
  loaders: Loaders;
  /** "Today" for asOf defaults, fixed per request (ISO date). */
  today: string;
  coordination: CoordinationSettings;
  /** Who is asking (anonymous without a credential); see src/auth/. */
  viewer: Viewer;
}

export const DEFAULT_COORDINATION: CoordinationSettings = { home: "jca-mv", maxHops: 6 };

export function createContext(
  db: Database,
  options: { batching?: boolean; coordination?: CoordinationSettings; viewer?: Viewer } = {},
): Context {
  return {
    db,
    loaders: new Loaders(db, options.batching ?? true),
    today: new Date().toISOString().slice(0, 10),
    coordination: options.coordination ?? DEFAULT_COORDINATION,
    viewer: options.viewer ?? ANONYMOUS,
  };
}
