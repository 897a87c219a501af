import { Arg, Authorized, Ctx, Field, InputType, Mutation, Resolver, registerEnumType } from "type-graphql";
import { toChange } from "../audit/change.type.js";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { runEdit } from "./run-edit.js";
import { link, linkTypes, unlink, type LinkRequest, type LinkType as LinkTypeName } from "./links.js";
import { given } from "./nodes.js";
import { SourceInput } from "./source.input.js";

const LinkType = Object.fromEntries(linkTypes.map((t) => [t, t])) as { [K in LinkTypeName]: K };
registerEnumType(LinkType, {
  name: "LinkType",
  description:
    "A relationship an entity can have many of: WORKS_ON (organization → topic, with evidence), AFFILIATED_WITH (person → organization, dated), " +
    "REPRESENTED_BY (liaison → person), CONCERNS (liaison → topic), ADDRESSES (deliverable → topic), BASED_ON (deliverable → deliverable), " +
    "ORGANIZED_BY / HOSTED_BY (event → organization), PARTICIPATED_IN (organization → event), COLLOCATED_WITH (event → event), ABOUT (event → topic), CITES (document → document).",
});

export enum TopicSubject {
  ORGANIZATION = "ORGANIZATION",
  DELIVERABLE = "DELIVERABLE",
  LIAISON = "LIAISON",
  EVENT = "EVENT",
}
registerEnumType(TopicSubject, { name: "TopicSubject", description: "What a topic is linked to: an organization works on it, a deliverable addresses it, a liaison concerns it, an event is about it." });

const topicLinkType: Record<TopicSubject, LinkTypeName> = { ORGANIZATION: "WORKS_ON", DELIVERABLE: "ADDRESSES", LIAISON: "CONCERNS", EVENT: "ABOUT" };

@InputType({ description: "One relationship, by type and the readable ids of its two ends." })
export class LinkInput {
  @Field(() => LinkType)
  type!: LinkTypeName;

  @Field(() => String, { description: "Readable id of the start (e.g. the organization of WORKS_ON)." })
  from!: string;

  @Field(() => String, { description: "Readable id of the end (e.g. the topic of WORKS_ON)." })
  to!: string;

  @Field(() => String, { nullable: true, description: "WORKS_ON only: the text that shows the work (added to the evidence)." })
  evidence?: string;

  @Field(() => String, { nullable: true, description: "AFFILIATED_WITH only: since when." })
  since?: string;

  @Field(() => String, { nullable: true, description: "AFFILIATED_WITH only: until when, inclusive (the last day it holds)." })
  until?: string;
}

@InputType({ description: "A topic link of an organization, deliverable, liaison or event." })
export class TopicLinkInput {
  @Field(() => TopicSubject)
  subjectType!: TopicSubject;

  @Field(() => String, { description: "Readable id of the organization, deliverable, liaison or event." })
  subject!: string;

  @Field(() => String, { description: "Readable id of the topic." })
  topic!: string;

  @Field(() => String, { nullable: true, description: "ORGANIZATION only (required there): the text that shows the work." })
  evidence?: string;
}

@Resolver()
export class LinkMutations {
  @Authorized("EDITOR")
  @Mutation(() => Change, { description: "Adds a relationship, or cites this source for one that exists (editor). Returns the change record of its start." })
  async link(@Arg("input", () => LinkInput) input: LinkInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const { changes } = await runEdit(ctx, source, (edit) => link(edit, given(input) as unknown as LinkRequest));
    return toChange(changes[0]!);
  }

  @Authorized("EDITOR")
  @Mutation(() => Change, { description: "Removes a relationship (editor). Returns the change record of its start." })
  async unlink(@Arg("input", () => LinkInput) input: LinkInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const { changes } = await runEdit(ctx, source, (edit) => unlink(edit, input));
    return toChange(changes[0]!);
  }

  @Authorized("EDITOR")
  @Mutation(() => Change, { description: "Links a topic to an organization (works on), deliverable (addresses), liaison (concerns) or event (about) (editor)." })
  async linkTopic(@Arg("input", () => TopicLinkInput) input: TopicLinkInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const request = { type: topicLinkType[input.subjectType], from: input.subject, to: input.topic, ...(typeof input.evidence === "string" ? { evidence: input.evidence } : {}) };
    const { changes } = await runEdit(ctx, source, (edit) => link(edit, request));
    return toChange(changes[0]!);
  }

  @Authorized("EDITOR")
  @Mutation(() => Change, { description: "Removes a topic link (editor)." })
  async unlinkTopic(@Arg("input", () => TopicLinkInput) input: TopicLinkInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const { changes } = await runEdit(ctx, source, (edit) => unlink(edit, { type: topicLinkType[input.subjectType], from: input.subject, to: input.topic }));
    return toChange(changes[0]!);
  }
}
