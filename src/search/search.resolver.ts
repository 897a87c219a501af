import { GraphQLNonEmptyString } from "graphql-scalars";
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType, type ClassType } from "type-graphql";
import type { Context } from "../context.js";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { Document } from "../document/document.type.js";
import { BadUserInputError } from "../errors.js";
import { Event } from "../event/event.type.js";
import { toEntity } from "../graphql/entity.js";
import { MAX_PAGE_SIZE, Node } from "../graphql/relay.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Topic } from "../topic/topic.type.js";
import { searchEntities } from "./search.repository.js";

export enum SearchType {
  ORGANIZATION = "Organization",
  PERSON = "Person",
  TOPIC = "Topic",
  DELIVERABLE = "Deliverable",
  EVENT = "Event",
  DOCUMENT = "Document",
}
registerEnumType(SearchType, { name: "SearchType", description: "Kinds of objects full-text search can return." });

const classes: Record<string, ClassType<Node>> = { Organization, Person, Topic, Deliverable, Event, Document };

@ObjectType({ description: "A search result with its relevance score (higher is better)." })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => Node)
  node!: Node;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, acronyms, aliases, titles, mandates and descriptions, ranked; tolerant of spacing and punctuation in committee names ("SC27", "SC 27", "JTC1/SC27") and of small typos.',
  })
  async search(
    @Arg("text", () => GraphQLNonEmptyString) text: string,
    @Arg("types", () => [SearchType], { nullable: true }) types: SearchType[] | undefined,
    // Int, not graphql-scalars' PositiveInt: that one also takes "3" and 1.5.
    @Arg("first", () => Int, { defaultValue: 10, description: `How many results (1 to ${MAX_PAGE_SIZE}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first must be from 1 to ${MAX_PAGE_SIZE}`, "first");
    if (text.length > 200) throw new BadUserInputError("text must be at most 200 characters", "text");
    const rows = await searchEntities(ctx.db, text, types, first);
    return rows.map((row) => ({ score: row.score, node: toEntity(classes[row.label]!, row.props) }));
  }
}
