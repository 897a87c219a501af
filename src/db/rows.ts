import type { z } from "zod";

/** One row of a statement's answer, as plain values. */
export type Row = Record<string, unknown>;

/**
 * A statement returned rows of another shape than its repository expects (a renamed alias, a
 * property of the wrong type): a bug, reported to clients as INTERNAL_SERVER_ERROR like any
 * error without a code. The message names the fields, never the Cypher.
 */
export class RowShapeError extends Error {
  constructor(issues: string) {
    super(`rows of unexpected shape: ${issues}`);
    this.name = "RowShapeError";
  }
}

/** Parses every row with the statement's row schema, at the repository boundary. */
export function parseRows<T>(schema: z.ZodType<T>, rows: Row[]): T[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new RowShapeError(parsed.error.issues.map((issue) => `row ${i}${issue.path.map((p) => `.${String(p)}`).join("")}: ${issue.message}`).join("; "));
    }
    return parsed.data;
  });
}
