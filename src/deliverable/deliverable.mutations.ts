import { Resolver } from "type-graphql";
import { entityMutations } from "../editing/entity-mutations.js";
import { deliverableSpec } from "../editing/specs.js";
import { DeliverableInput, DeliverablePatch } from "./deliverable.input.js";
import { Deliverable } from "./deliverable.type.js";

/** createDeliverable, updateDeliverable, deleteDeliverable (src/editing/entity-mutations.ts). */
@Resolver()
export class DeliverableMutations extends entityMutations({
  name: "Deliverable",
  noun: "a deliverable",
  spec: deliverableSpec,
  type: Deliverable,
  input: DeliverableInput,
  patch: DeliverablePatch,
}) {}
