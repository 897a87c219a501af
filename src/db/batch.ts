import DataLoader from "dataloader";
import { z } from "zod";
import type { Params, Queries, Row } from "./database.js";
import { parseRows } from "./rows.js";

/**
 * A batch statement of the one shape `UNWIND $ids AS id … RETURN id, <value> AS value` (one row
 * per id at most), with the row schema of its value and what an id without a row gets.
 * Repositories declare them; the request's loaders (src/loaders.ts) run them.
 */
export interface BatchStatement<V> {
  cypher: string;
  row: z.ZodType<{ id: string; value: V }>;
  empty: V;
}

export function batchStatement<V>(cypher: string, value: z.ZodType<V>, empty: V): BatchStatement<V> {
  return { cypher, row: z.object({ id: z.string(), value }), empty };
}

/** Loaders on a batch statement keyed by readable id, one per statement of a record. */
export type LoadersOf<S> = { readonly [K in keyof S]: S[K] extends BatchStatement<infer V> ? DataLoader<string, V> : never };

/**
 * A DataLoader whose `prime` can be switched off: the unbatched benchmark variant shows the
 * naive cost, so nothing is primed there either.
 */
class Loader<K, V, C> extends DataLoader<K, V, C> {
  constructor(batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C>, private readonly priming: boolean) {
    super(batch, options);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    return this.priming ? super.prime(key, value) : this;
  }
}

/**
 * Makes the request's DataLoaders over batch statements. The statements the loaders dispatch in
 * one turn of the event loop (the sibling fields of one level of the query) are read together,
 * pipelined, in the request's read transaction: a level costs one round trip, not one per field.
 * With `batching` off (the benchmark that shows what batching buys) every key is its own statement.
 */
export class Batcher {
  private readonly group: StatementGroup;
  private readonly loaders: Array<DataLoader<never, unknown, unknown>> = [];

  constructor(
    private readonly db: Queries,
    private readonly batching: boolean,
  ) {
    this.group = new StatementGroup(db);
  }

  /** A loader keyed by readable id. */
  byId<V>(statement: BatchStatement<V>): DataLoader<string, V> {
    return this.track(new Loader<string, V, string>((ids) => this.run(statement, ids, {}), this.options<string, V, string>(), this.batching));
  }

  /**
   * One loader per statement of `statements`, keyed by readable id, under the same names, and the
   * loaders of `more` beside them. Each of the first is made when first used: a request uses a few
   * of the sixty, and making them all cost about 1% of the server's CPU on a nested listing.
   */
  all<S extends Record<string, BatchStatement<unknown>>, M extends object = object>(statements: S, more?: M): LoadersOf<S> & M {
    const loaders = Object.create(lazyLoaders(statements)) as { batcher: Batcher } & LoadersOf<S> & M;
    loaders.batcher = this;
    return Object.assign(loaders, more);
  }

  /**
   * A loader whose keys carry the statement's parameters besides the id (a body's status with
   * `us` on a date; a page of deliverables): keys with the same parameters share one statement,
   * and `cacheKeyFn` caches by id and parameters together. `statement` may depend on the
   * parameters (with sub-groups or without). With `sharing`, keys of other parameters that
   * `sharing.group` puts together are read by one statement, of the parameters
   * `sharing.unite` makes of theirs (one that reads what each of them reads); each key keeps
   * its own cache entry. `params` also gets the ids the statement reads, for parameters per id
   * (a ref's search terms).
   */
  keyed<K extends { id: string }, V>(
    statement: BatchStatement<V> | ((key: K) => BatchStatement<V>),
    params: (key: K, ids: readonly string[]) => Params,
    sharing?: { group(key: K): string; unite(keys: readonly K[]): K },
  ): DataLoader<K, V, string> {
    const paramsKey = (key: K) => JSON.stringify({ ...key, id: undefined });
    const groupKey = sharing ? (key: K) => sharing.group(key) : paramsKey;
    return this.track(
      new Loader<K, V, string>(
        async (keys) => {
          const groups = new Map<string, K[]>();
          for (const key of keys) groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
          const answers = await Promise.all(
            [...groups.values()].map(async (group) => {
              const shared = sharing && group.length > 1 ? sharing.unite(group) : group[0]!;
              const ids = [...new Set(group.map((key) => key.id))];
              const values = await this.run(typeof statement === "function" ? statement(shared) : statement, ids, params(shared, ids));
              const byId = new Map(ids.map((id, i) => [id, values[i]!]));
              return group.map((key) => [key, byId.get(key.id)!] as const);
            }),
          );
          const byKey = new Map(answers.flat().map(([key, value]) => [`${key.id}\u0000${paramsKey(key)}`, value]));
          return keys.map((key) => byKey.get(`${key.id}\u0000${paramsKey(key)}`)!);
        },
        { ...this.options<K, V, string>(), cacheKeyFn: (key) => `${key.id}\u0000${paramsKey(key)}` },
        this.batching,
      ),
    );
  }

  /** Forgets what was loaded: after a mutation, later fields must see the new graph. */
  clear(): void {
    for (const loader of this.loaders) loader.clearAll();
  }

  private options<K, V, C>(): DataLoader.Options<K, V, C> {
    return { batch: this.batching, maxBatchSize: 5000 };
  }

  private track<L extends DataLoader<never, unknown, unknown>>(loader: L): L {
    this.loaders.push(loader);
    return loader;
  }

  /** Runs the statement for `ids`: one value per id, in order (`empty` for ids without a row). */
  private async run<V>(statement: BatchStatement<V>, ids: readonly string[], params: Params): Promise<V[]> {
    const read = { cypher: statement.cypher, params: { ...params, ids: [...ids] } };
    const rows = parseRows(statement.row, this.batching ? await this.group.read(read) : await this.db.read(read.cypher, read.params));
    const byId = new Map(rows.map((row) => [row.id, row.value]));
    return ids.map((id) => (byId.has(id) ? byId.get(id)! : statement.empty));
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

/**
 * The prototype of `Batcher.all`'s objects for one record of statements, built once: a getter per
 * statement makes its loader on first use and keeps it on the object (an own property, which
 * hides the getter from then on).
 */
const lazyPrototypes = new WeakMap<object, object>();
function lazyLoaders(statements: Record<string, BatchStatement<unknown>>): object {
  let prototype = lazyPrototypes.get(statements);
  if (prototype) return prototype;
  prototype = {};
  for (const [name, statement] of Object.entries(statements)) {
    Object.defineProperty(prototype, name, {
      get(this: { batcher: Batcher }) {
        const loader = this.batcher.byId(statement);
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  lazyPrototypes.set(statements, prototype);
  return prototype;
}
