import { lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./schema.js";

/** The SDL of the schema as committed in schema.graphql (sorted, so diffs stay readable). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
