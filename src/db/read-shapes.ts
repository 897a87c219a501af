/**
 * How many read statements each GraphQL query operation turned out to need, learned from its
 * requests (one per server). Most compiled questions read with one statement: once an operation's
 * request did, its next requests run that statement as an auto-commit read (`Database.readAlone`),
 * which sends RUN and PULL to Neo4j in one write, instead of BEGIN, RUN+PULL and COMMIT in three,
 * and costs Neo4j less. An operation that once needed more statements (its arguments led it to
 * read again) keeps the request's one explicit transaction from then on.
 *
 * Keys are the operation's text hash and name (never its variables); at most `capacity` are kept,
 * the oldest forgotten first.
 */
export class ReadShapes {
  private readonly known = new Map<string, "one" | "more">();

  constructor(private readonly capacity = 1_000) {}

  /** True when the operation's requests so far each read with exactly one statement. */
  oneStatement(operation: string): boolean {
    return this.known.get(operation) === "one";
  }

  /** What one request of the operation read: no statement teaches nothing; more than one, once, is remembered for good. */
  learn(operation: string, statements: number): void {
    if (statements === 0) return;
    const known = this.known.get(operation);
    const shape = statements === 1 && known !== "more" ? "one" : "more";
    if (known === shape) return;
    if (known === undefined && this.known.size >= this.capacity) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
    this.known.set(operation, shape);
  }
}
