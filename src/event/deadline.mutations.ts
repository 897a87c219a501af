import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { deadlineSpec } from "../editing/specs.js";
import { DeadlineInput, DeadlinePatch } from "./deadline.input.js";
import { Deadline } from "./event.type.js";

@Resolver()
export class DeadlineMutations {
  @Authorized("EDITOR")
  @Mutation(() => Deadline, { description: "Creates a deadline (editor). Everything it writes cites `source`." })
  createDeadline(@Arg("input", () => DeadlineInput) input: DeadlineInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, deadlineSpec, Deadline, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Deadline, { description: "Changes a deadline (editor). `version` is the version the change is based on: if the deadline changed since, a CONFLICT error refuses it." })
  updateDeadline(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => DeadlinePatch) patch: DeadlinePatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, deadlineSpec, Deadline, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a deadline and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteDeadline(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, deadlineSpec, key, version, source);
  }
}
