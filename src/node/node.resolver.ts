import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { BadUserInputError } from "../errors.js";
import { MAX_PAGE_SIZE, Node } from "../graphql/relay.js";
import { loadNode } from "./load-node.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global id (at most ${MAX_PAGE_SIZE}), in the same order.`,
    // Cost: one object per id asked for (the generic model would assume a list of unknown size).
    complexity: ({ args, childComplexity }) => (Array.isArray(args.ids) ? args.ids.length : 1) * (1 + childComplexity),
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw new BadUserInputError(`ids: at most ${MAX_PAGE_SIZE} ids at once`, "ids");
    return Promise.all(ids.map((id, i) => loadNode(ctx, id, `ids[${i}]`)));
  }
}
