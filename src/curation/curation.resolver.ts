import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity, toEntityOrNull } from "../graphql/entity.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { bodiesWithoutTopic, GROUP_KINDS, likelyDuplicatePeople } from "./curation.repository.js";
import { LikelyDuplicatePeople, UncoveredBodiesAnswer, UncoveredBody } from "./curation.type.js";

/** Checks for a curator: lists to review, read from the live graph (edits included). */
@Resolver()
export class CurationResolver {
  @Query(() => [LikelyDuplicatePeople], {
    description:
      "People who may be one person, for review: the same given name and roles at the same body whose periods overlap " +
      "(e.g. Andrey Perez and Andrey Nunes, FG-MV vice-chairs listed by the 2022 and the 2023 documents). Nothing is merged: see `mergePeople` and each person's `identityNote`.",
  })
  async likelyDuplicatePeople(@Ctx() ctx: Context): Promise<LikelyDuplicatePeople[]> {
    const rows = await likelyDuplicatePeople(ctx.db);
    return rows.map((row) => {
      const organization = toEntity(Organization, row.organization);
      const where = String(row.organization.acronym ?? row.organization.name ?? row.organization.id);
      return Object.assign(new LikelyDuplicatePeople(), {
        a: toEntity(Person, row.a),
        b: toEntity(Person, row.b),
        givenName: row.givenName,
        organization,
        rolesOfA: row.rolesOfA,
        rolesOfB: row.rolesOfB,
        sameRole: row.sameRole,
        reason: `Both named ${row.givenName}, with ${row.sameRole ? "the same kind of role" : "roles"} at ${where} over overlapping periods.`,
      });
    });
  }

  @Query(() => UncoveredBodiesAnswer, {
    description:
      "Working groups, sub-committees, task groups and Questions with no topic and no deliverable: no topic query can find them. " +
      "For a curator to add the topics their sources state (issue 26: JTC 1/SC 27/WG 2, named only as an addressee).",
  })
  async uncoveredBodies(@Ctx() ctx: Context): Promise<UncoveredBodiesAnswer> {
    const rows = await bodiesWithoutTopic(ctx.db, GROUP_KINDS);
    return Object.assign(new UncoveredBodiesAnswer(), {
      total: rows.length,
      bodies: rows.map((row) => Object.assign(new UncoveredBody(), {
        organization: toEntity(Organization, row.organization),
        parent: toEntityOrNull(Organization, row.parent),
        parentTopics: row.parentTopics,
      })),
    });
  }
}
