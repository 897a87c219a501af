import type { Context } from "../context.js";
import { documentByKey } from "../document/document.repository.js";
import { deliverableByKey } from "../deliverable/deliverable.repository.js";
import { BadUserInputError } from "../errors.js";
import { deadlineByKey, eventByKey } from "../event/event.repository.js";
import { toEntity } from "../graphql/entity.js";
import { fromGlobalId, type Node } from "../graphql/relay.js";
import { liaisonByKey } from "../liaison/liaison.repository.js";
import { organizationByKey } from "../organization/organization.repository.js";
import { personByKey } from "../person/person.repository.js";
import { Statistic } from "../statistic/statistic.type.js";
import { topicByKey } from "../topic/topic.repository.js";

const STATISTIC_BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Statistic {id: id})
RETURN id, n {.*} AS value`;

/** Loads any node from its type name and readable key (the parts of a global id). */
const byType: Record<string, (ctx: Context, key: string) => Promise<Node | null>> = {
  Organization: organizationByKey,
  Person: personByKey,
  Topic: topicByKey,
  Deliverable: deliverableByKey,
  Event: eventByKey,
  Deadline: deadlineByKey,
  Liaison: liaisonByKey,
  Document: documentByKey,
  Statistic: async (ctx, key) => {
    const props = await ctx.loaders.load<Record<string, unknown> | null>("statistic", STATISTIC_BY_ID, key, null);
    return props ? toEntity(Statistic, props) : null;
  },
};

export function loadNode(ctx: Context, id: string, argument = "id"): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  const load = parsed && byType[parsed.type];
  if (!parsed || !load) throw new BadUserInputError(`${argument} "${id}" is not a global id of this API`, argument);
  return load(ctx, parsed.key);
}

