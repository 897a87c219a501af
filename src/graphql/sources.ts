import { Field, ObjectType } from "type-graphql";

/** "Where does this come from?": one cited document and where in it. */
@ObjectType({ description: "A source of a fact: a document and, where known, the place in it (clause, paragraph, list)." })
export class SourceRef {
  @Field(() => String, { description: 'The citation as stored, e.g. "tsb-circular-60#annex-a-2.4".' })
  ref!: string;

  @Field(() => String, { nullable: true, description: 'The place in the document, e.g. "annex-a-2.4" (clause 2.4 of Annex A).' })
  locator!: string | null;

  /** Readable id of the document; the `document` field resolves it. */
  documentKey!: string;
}

export function toSourceRefs(value: unknown): SourceRef[] {
  if (!Array.isArray(value)) return [];
  return value.map((ref: string) => {
    const hash = ref.indexOf("#");
    const source = new SourceRef();
    source.ref = ref;
    source.documentKey = hash < 0 ? ref : ref.slice(0, hash);
    source.locator = hash < 0 ? null : ref.slice(hash + 1);
    return source;
  });
}
