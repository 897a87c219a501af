import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { eventSpec } from "../editing/specs.js";
import { EventInput, EventPatch } from "./event.input.js";
import { Event } from "./event.type.js";

@Resolver()
export class EventMutations {
  @Authorized("EDITOR")
  @Mutation(() => Event, { description: "Creates an event (editor). Everything it writes cites `source`." })
  createEvent(@Arg("input", () => EventInput) input: EventInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, eventSpec, Event, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Event, { description: "Changes an event (editor). `version` is the version the change is based on: if the event changed since, a CONFLICT error refuses it." })
  updateEvent(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => EventPatch) patch: EventPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, eventSpec, Event, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes an event and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteEvent(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, eventSpec, key, version, source);
  }
}
