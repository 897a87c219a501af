import { Resolver } from "type-graphql";
import { entityMutations } from "../editing/entity-mutations.js";
import { deadlineSpec } from "../editing/specs.js";
import { DeadlineInput, DeadlinePatch } from "./deadline.input.js";
import { Deadline } from "./event.type.js";

/** createDeadline, updateDeadline, deleteDeadline (src/editing/entity-mutations.ts). */
@Resolver()
export class DeadlineMutations extends entityMutations({
  name: "Deadline",
  noun: "a deadline",
  spec: deadlineSpec,
  type: Deadline,
  input: DeadlineInput,
  patch: DeadlinePatch,
}) {}
