import { Field, ObjectType, Query, Resolver } from "type-graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../db/neo4j-local.js";

const version = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }).version;

@ObjectType({ description: "What this service is." })
export class About {
  @Field(() => String, { description: "Product name." })
  name!: string;

  @Field(() => String, { description: "Product version (package.json)." })
  version!: string;
}

@Resolver()
export class AboutResolver {
  @Query(() => About, { description: "Name and version of the mvgraph service." })
  about(): About {
    return { name: "mvgraph", version };
  }
}
