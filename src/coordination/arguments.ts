import type { Context } from "../context.js";
import { BadUserInputError } from "../errors.js";
import { isoDate } from "../graphql/inputs.js";
import { organizationKeyForFilter, resolveOrganizationRef } from "../organization/organization.service.js";
import { Organization } from "../organization/organization.type.js";
import { toEntityOrNull } from "../graphql/entity.js";
import { Person } from "../person/person.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import { unknownRefError } from "../refs/unknown-ref.js";
import { resolveTopicRef } from "../topic/topic.service.js";
import { Topic } from "../topic/topic.type.js";

/** The coordination queries' arguments, resolved to readable ids or a BAD_USER_INPUT naming the argument. */

/** A topic argument: id, name, alias, or words of one (topic.service.ts); none is an error naming the argument. */
export async function topicArgument(ctx: Context, ref: string, argument = "topic"): Promise<Topic> {
  const topic = toEntityOrNull(Topic, await resolveTopicRef(ctx, ref, argument));
  if (!topic) throw await unknownRefError(ctx.db, ["Topic"], ref, argument, `${argument}: no topic "${ref}" (use a topic key, name or alias, or words of one; see topics())`);
  return topic;
}

/** "Us": the named body, or the configured home body (HOME_ORGANIZATION, default JCA-MV). */
export async function usArgument(ctx: Context, ref: string | undefined, argument = "us"): Promise<Organization> {
  const org = toEntityOrNull(Organization, await resolveOrganizationRef(ctx, ref ?? ctx.coordination.home, argument));
  if (!org) {
    if (ref) throw await unknownRefError(ctx.db, ["Organization"], ref, argument, `${argument}: no organization "${ref}"`);
    throw new BadUserInputError(`${argument}: the configured home organization "${ctx.coordination.home}" is not in the graph; name one`, argument);
  }
  return org;
}


export async function organizationsArgument(ctx: Context, refs: string[] | undefined, argument: string): Promise<string[] | undefined> {
  if (!refs) return undefined;
  if (refs.length === 0) throw new BadUserInputError(`${argument}: give at least one organization, or leave it out`, argument);
  if (refs.length > 100) throw new BadUserInputError(`${argument}: at most 100 organizations`, argument);
  return Promise.all(refs.map(async (ref, i) => (await organizationKeyForFilter(ctx, ref, `${argument}[${i}]`))!));
}

export async function topicsArgument(ctx: Context, refs: string[] | undefined, argument: string): Promise<string[] | undefined> {
  if (!refs) return undefined;
  if (refs.length === 0) throw new BadUserInputError(`${argument}: give at least one topic, or leave it out`, argument);
  if (refs.length > 100) throw new BadUserInputError(`${argument}: at most 100 topics`, argument);
  return Promise.all(refs.map(async (ref, i) => (await topicArgument(ctx, ref, `${argument}[${i}]`)).key));
}

/** An organization or a person, for connection(from:, to:). Organizations win a tie. */
export async function partyArgument(ctx: Context, ref: string, argument: string): Promise<Organization | Person> {
  const party = toEntityOrNull(Organization, await resolveOrganizationRef(ctx, ref, argument)) ?? toEntityOrNull(Person, await ctx.loaders.person.byId.load(ref)) ?? (await resolveRef(ctx, "Person", ref, argument).then((props) => toEntityOrNull(Person, props)));
  if (!party) throw await unknownRefError(ctx.db, ["Organization", "Person"], ref, argument, `${argument}: no organization or person "${ref}"`);
  return party;
}

/** A list size: a whole number from 1 to `max`. */
export function sizeArgument(value: number, argument: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new BadUserInputError(`${argument} must be a whole number from 1 to ${max}`, argument);
  return value;
}

export const dateOrToday = (ctx: Context, value: unknown): string => isoDate(value) ?? ctx.today;
