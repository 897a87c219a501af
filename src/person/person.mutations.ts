import { Resolver } from "type-graphql";
import { mergeableEntityMutations } from "../editing/entity-mutations.js";
import { personSpec } from "../editing/specs.js";
import { PersonInput, PersonPatch } from "./person.input.js";
import { Person } from "./person.type.js";

/** createPerson, updatePerson, deletePerson, mergePeople (src/editing/entity-mutations.ts). */
@Resolver()
export class PersonMutations extends mergeableEntityMutations({
  name: "Person",
  noun: "a person",
  plural: "People",
  spec: personSpec,
  type: Person,
  input: PersonInput,
  patch: PersonPatch,
}) {}
