import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AboutResolver } from "../about/about.resolver.js";

/** The whole GraphQL schema, built from the resolvers' decorators. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AboutResolver],
    validate: false,
  });
}
