import { GraphQLNonEmptyString } from "graphql-scalars";
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { Context } from "../context.js";
import { BadUserInputError } from "../errors.js";
import { toEntity } from "../graphql/entity.js";
import { entityTypeOf } from "../graphql/entity-types.js";
import { MAX_PAGE_SIZE, Node } from "../graphql/relay.js";
import { Topic } from "../topic/topic.type.js";
import { nearestNames } from "../refs/nearest.repository.js";
import { search } from "./search.service.js";

export enum SearchType {
  ORGANIZATION = "Organization",
  PERSON = "Person",
  TOPIC = "Topic",
  DELIVERABLE = "Deliverable",
  EVENT = "Event",
  DOCUMENT = "Document",
}
registerEnumType(SearchType, { name: "SearchType", description: "Kinds of objects full-text search can return." });

export enum SearchMatch {
  TEXT = "TEXT",
  TOPIC = "TOPIC",
}
registerEnumType(SearchMatch, {
  name: "SearchMatch",
  description: "Why a search result matched.",
  valuesConfig: {
    TEXT: { description: "Its own name, acronym, alias, title, mandate or description matches the text." },
    TOPIC: { description: "It works on a topic whose name or alias matches (an organization's WORKS_ON, a deliverable's ADDRESSES); the topic is `matchedThrough`." },
  },
});

@ObjectType({ description: "A search result with its relevance score (higher is better) and why it matched." })
export class SearchHit {
  @Field(() => Float, {
    description: "Relevance, higher is better. A TOPIC match scores half its topic's score; no result scores above the one before it, so the list is ordered by score throughout.",
  })
  score!: number;

  @Field(() => Boolean, {
    description:
      'Whether the result holds every word of the search (for a TOPIC match: its topic\'s name or aliases do), singular or plural: such results come first ("digital currencies": FG-MV through its digital-assets topic before the bodies that only say "digital").',
  })
  allWords!: boolean;

  @Field(() => Node)
  node!: Node;

  @Field(() => SearchMatch, { description: "TEXT: the result's own text matches; TOPIC: it works on a matching topic (see matchedThrough)." })
  match!: SearchMatch;

  @Field(() => Topic, { nullable: true, description: 'For a TOPIC match: the topic whose name or alias matched (e.g. "privacy", an alias of PII protection). Null for a TEXT match.' })
  matchedThrough!: Topic | null;
}

@ObjectType({ description: "A name near an unknown ref: where to look instead." })
export class NearestName {
  @Field(() => String, { description: "Its readable id: a ref that names it." })
  key!: string;

  @Field(() => String, { description: 'Its kind, e.g. "Organization".' })
  kind!: string;

  @Field(() => String)
  name!: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => [NearestName], {
    description:
      'The names nearest to a ref that names nothing (`organization(ref:)` answers null; the other arguments list the same names in the error\'s `extensions.nearest`): ' +
      'its words within an edit or two, as prefixes, and its compact form, e.g. `nearestNames(ref: "Metavers Standards Comittee")`. At most 5, best first.',
  })
  async nearestNames(
    @Arg("ref", () => GraphQLNonEmptyString) ref: string,
    @Arg("types", () => [SearchType], { nullable: true, description: "Only these kinds (default all)." }) types: SearchType[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<NearestName[]> {
    if (ref.length > 200) throw new BadUserInputError("ref must be at most 200 characters", "ref");
    const kinds = types && types.length > 0 ? types : Object.values(SearchType);
    const rows = await nearestNames(ctx.db, kinds, ref);
    return rows.map(({ key, kind, name }) => Object.assign(new NearestName(), { key, kind, name }));
  }

  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, acronyms, aliases, titles, mandates and descriptions, ranked; tolerant of spacing and punctuation in committee names ("SC27", "SC 27", "JTC1/SC27") and of small typos. ' +
      "Also finds the organizations and deliverables that work on a topic whose name or alias matches (match: TOPIC, with the topic in matchedThrough). " +
      "Results holding every word of the search come first (`allWords`), then the others; within each, TEXT matches before TOPIC matches. (Until 2026-12 a result holding one word of several could rank first.)",
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
    const hits = await search(ctx.db, text, types, first);
    return hits.map((hit) => ({
      score: hit.score,
      node: toEntity(entityTypeOf(hit.label)!, hit.props),
      match: hit.match as SearchMatch,
      allWords: hit.complete,
      matchedThrough: hit.topic ? toEntity(Topic, hit.topic) : null,
    }));
  }
}
