import { Resolver } from "type-graphql";
import { entityMutations } from "../editing/entity-mutations.js";
import { eventSpec } from "../editing/specs.js";
import { EventInput, EventPatch } from "./event.input.js";
import { Event } from "./event.type.js";

/** createEvent, updateEvent, deleteEvent (src/editing/entity-mutations.ts). */
@Resolver()
export class EventMutations extends entityMutations({
  name: "Event",
  noun: "an event",
  spec: eventSpec,
  type: Event,
  input: EventInput,
  patch: EventPatch,
}) {}
