/**
 * What a statement shape needs (its Cypher, its row schema), built on its first request and kept
 * for the next ones. Shapes come from our own field and property lists, so they are few; the cache
 * is bounded all the same (full: it starts again). Building per request would cost each request
 * the Cypher's text and a zod row schema's compilation (its parser is generated on first parse).
 */
export class BuiltOnce<T> {
  private readonly built = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(shape: string, build: () => T): T {
    let found = this.built.get(shape);
    if (found === undefined) {
      if (this.built.size >= this.max) this.built.clear();
      found = build();
      this.built.set(shape, found);
    }
    return found;
  }
}
