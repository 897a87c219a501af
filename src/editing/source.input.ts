import { Field, InputType } from "type-graphql";
import { DocumentInput } from "../document/document.input.js";

@InputType({
  description:
    "Where an edit comes from, attached to everything it writes and to its change record: an existing document " +
    "(`document`, with an optional `locator`), or a document not yet in the graph (`newDocument`), recorded with the edit.",
})
export class SourceInput {
  @Field(() => String, { nullable: true, description: 'Readable id of an existing document, e.g. "tsb-circular-60".' })
  document?: string;

  @Field(() => String, { nullable: true, description: 'Where in the document: a clause, paragraph or list, e.g. "annex-a-2.4".' })
  locator?: string;

  @Field(() => DocumentInput, { nullable: true, description: "A new source document (reference, title, date, URL…), created with the edit." })
  newDocument?: DocumentInput;
}
