import { Field, InputType } from "type-graphql";
import { DocumentKind } from "./document.type.js";

const DATE = "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is.";

@InputType({ description: "A new source document." })
export class DocumentInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the reference or title if not given." })
  id?: string;

  @Field(() => DocumentKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Official reference, e.g. "TSB Circular 61".' })
  reference?: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: DATE })
  date?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the issuing organization." })
  issuer?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true, description: "Readable ids of documents it cites." })
  cites?: string[];
}

@InputType({ description: "Changes to a document: a field left out stays as it is; null removes it." })
export class DocumentPatch {
  @Field(() => DocumentKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: DATE })
  date?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
