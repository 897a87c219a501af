import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Context } from "../context.js";
import { projectRoot } from "../db/neo4j-local.js";
import { entityKinds } from "../entity-kinds.js";
import { graphSummary } from "./summary.repository.js";

const version = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }).version;

@ObjectType({ description: "What this service is." })
export class About {
  @Field(() => String, { description: "Product name." })
  name!: string;

  @Field(() => String, { description: "Product version (package.json)." })
  version!: string;
}

@ObjectType({ description: "How many entities of one kind the graph holds." })
export class EntityCount {
  @Field(() => String, { description: 'The kind, e.g. "Organization".' })
  kind!: string;

  @Field(() => String, { description: 'Its plural in words, e.g. "organizations".' })
  plural!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "What the graph holds and how current it is (the front page's numbers)." })
export class GraphSummary {
  @Field(() => [EntityCount], { description: "Entities per kind, in the registry's order." })
  entities!: EntityCount[];

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the last recorded change (an edit or an applied import) was made; null when none was made since the data was loaded." })
  lastChangeAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The data is as of this date: the date of the newest source document, as precisely as it is given ("2026", "2026-05" or "2026-05-13").' })
  dataAsOf!: string | null;

  @Field(() => GraphQLDate, { description: "The server's today, the default date of every `asOf`." })
  today!: string;
}

@Resolver()
export class AboutResolver {
  @Query(() => About, { description: "Name and version of the mvgraph service." })
  about(): About {
    return { name: "mvgraph", version };
  }

  @Query(() => GraphSummary, { description: "What the graph holds (entities per kind), its last change and the date its data is as of." })
  async summary(@Ctx() ctx: Context): Promise<GraphSummary> {
    const row = await graphSummary(ctx.db);
    return Object.assign(new GraphSummary(), {
      entities: row.counts.map((c) => Object.assign(new EntityCount(), { kind: c.label, plural: entityKinds[c.label].plural, count: c.count })),
      lastChangeAt: row.lastChangeAt,
      dataAsOf: row.dataAsOf,
      today: ctx.today,
    });
  }
}
