import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { Change } from "../audit/change.type.js";
import { toChange } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { runEdit } from "../editing/run-edit.js";
import { deleteRole, startRole, updateRole } from "../editing/roles.js";
import { SourceInput } from "../editing/source.input.js";
import { toEdge } from "../graphql/entity.js";
import { RoleKind } from "../graphql/enums.js";
import { toGlobalId } from "../graphql/relay.js";
import { Role } from "./person.type.js";

const DATE = "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is.";

@InputType({ description: "A role a person starts in an organization." })
export class StartRoleInput {
  @Field(() => String, { nullable: true, description: "Readable id; made from the organization, role and person if not given." })
  id?: string;

  @Field(() => String, { description: "Readable id of the person." })
  person!: string;

  @Field(() => String, { description: "Readable id of the organization." })
  organization!: string;

  @Field(() => RoleKind)
  role!: string;

  @Field(() => String, { nullable: true, description: 'The title as printed, e.g. "ITU-T FG-MV Chairman".' })
  title?: string;

  @Field(() => String, { nullable: true, description: `Since when (inclusive): ${DATE}` })
  since?: string;

  @Field(() => String, { nullable: true, description: `Until when, inclusive (the last day it holds), if already known: ${DATE}` })
  until?: string;
}

@InputType({ description: "Changes to a role: a field left out stays as it is; null removes it." })
export class RolePatch {
  @Field(() => RoleKind, { nullable: true })
  role?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: DATE })
  since?: string | null;

  @Field(() => String, { nullable: true, description: DATE })
  until?: string | null;
}

const toRole = (props: Record<string, unknown>) =>
  toEdge(Role, props, { key: props.id, personKey: props.personKey, organizationKey: props.organizationKey });

@Resolver(() => Role)
export class RoleMutations {
  @FieldResolver(() => ID, { description: "Global id of the role, for `history(id:)`." })
  id(@Root() role: Role): string {
    return toGlobalId("Role", role.key);
  }

  @FieldResolver(() => Int, { description: "Version for optimistic concurrency (see Node.version)." })
  version(@Root() role: Role & { version?: number }): number {
    return role.version ?? 0;
  }

  @Authorized("EDITOR")
  @Mutation(() => Role, { description: "Starts a dated role of a person in an organization (editor)." })
  async startRole(@Arg("input", () => StartRoleInput) input: StartRoleInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const { result } = await runEdit(ctx, source, (edit) => startRole(edit, { ...input }));
    return toRole(result);
  }

  @Authorized("EDITOR")
  @Mutation(() => Role, {
    description: "Ends a role on `until` (inclusive: the last day it holds) (editor). The role stays: `asOf` an earlier date still shows it.",
  })
  async endRole(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("until", () => String, { description: DATE }) until: string,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    const { result } = await runEdit(ctx, source, (edit) => updateRole(edit, key, version, { until }, ""));
    return toRole(result);
  }

  @Authorized("EDITOR")
  @Mutation(() => Role, { description: "Changes a role's kind, title or dates (editor); `version` is the version the change is based on." })
  async updateRole(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => RolePatch) patch: RolePatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    const { result } = await runEdit(ctx, source, (edit) => updateRole(edit, key, version, { ...patch }));
    return toRole(result);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a role recorded by mistake (admin); to record that a role ended, use endRole." })
  async deleteRole(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    const { changes } = await runEdit(ctx, source, (edit) => deleteRole(edit, key, version));
    return toChange(changes[0]!);
  }
}
