import { GraphQLDate } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "A window of dates (inclusive)." })
export class DateRange {
  @Field(() => GraphQLDate, { nullable: true })
  from?: string;

  @Field(() => GraphQLDate, { nullable: true })
  to?: string;
}

/** graphql-scalars' Date parses to a JS Date; the data layer wants YYYY-MM-DD. */
export function isoDate(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
