import { GraphQLDate, GraphQLURL } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { documentKinds } from "../seed/seed.schema.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

export const DocumentKind = Object.fromEntries(documentKinds.map((k) => [k, k])) as { [K in (typeof documentKinds)[number]]: K };
registerEnumType(DocumentKind, { name: "DocumentKind", description: "What kind of document a source is." });

@ObjectType({ implements: Node, description: "A source document: a circular, liaison statement, resolution, Recommendation, proposal or public web page." })
export class Document extends Node {
  @Field(() => DocumentKind)
  kind!: keyof typeof DocumentKind;

  @Field(() => String, { nullable: true, description: 'Official reference, e.g. "TSB Circular 60".' })
  reference?: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "Date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD." })
  date?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "First day of `date`, for ordering." })
  dateDate?: string;

  @Field(() => GraphQLURL, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: "File name among the project's source documents, if it is one of them." })
  file?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [SourceRef], { description: "Where this document's own facts come from (a source document cites itself)." })
  sources!: SourceRef[];
}
