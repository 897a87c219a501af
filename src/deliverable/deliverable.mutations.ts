import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { deliverableSpec } from "../editing/specs.js";
import { DeliverableInput, DeliverablePatch } from "./deliverable.input.js";
import { Deliverable } from "./deliverable.type.js";

@Resolver()
export class DeliverableMutations {
  @Authorized("EDITOR")
  @Mutation(() => Deliverable, { description: "Creates a deliverable (editor). Everything it writes cites `source`." })
  createDeliverable(@Arg("input", () => DeliverableInput) input: DeliverableInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, deliverableSpec, Deliverable, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Deliverable, { description: "Changes a deliverable (editor). `version` is the version the change is based on: if the deliverable changed since, a CONFLICT error refuses it." })
  updateDeliverable(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => DeliverablePatch) patch: DeliverablePatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, deliverableSpec, Deliverable, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a deliverable and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteDeliverable(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, deliverableSpec, key, version, source);
  }
}
