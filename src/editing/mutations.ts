import type { ClassType } from "type-graphql";
import { toChange } from "../audit/change.type.js";
import type { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { runEdit } from "./run-edit.js";
import { createNode, deleteNode, updateNode } from "./nodes.js";
import type { SourceInput } from "./source.input.js";
import type { EntitySpec } from "./specs.js";

/**
 * The three mutations every entity has, for the resolvers in src/<feature>/<feature>.mutations.ts:
 * each one edit (one transaction with its audit records), returning the entity as written or,
 * for a delete, the change that records it.
 */
export async function createEntity<T extends object>(ctx: Context, spec: EntitySpec, Type: ClassType<T>, input: object, source: SourceInput | undefined): Promise<T> {
  const { result } = await runEdit(ctx, source, async (edit) => {
    const props = await createNode(edit, spec, { ...input });
    // A new document named as no source of its own is its own source.
    if (!edit.hasSource) edit.source = { ref: props.id as string, documentKey: props.id as string };
    return props;
  });
  return toEntity(Type, result);
}

export async function updateEntity<T extends object>(ctx: Context, spec: EntitySpec, Type: ClassType<T>, key: string, version: number, patch: object, source: SourceInput): Promise<T> {
  const { result } = await runEdit(ctx, source, (edit) => updateNode(edit, spec, key, version, { ...patch }));
  return toEntity(Type, result);
}

export async function deleteEntity(ctx: Context, spec: EntitySpec, key: string, version: number, source: SourceInput): Promise<Change> {
  const { changes } = await runEdit(ctx, source, (edit) => deleteNode(edit, spec, key, version));
  return toChange(changes.find((change) => change.entityKey === key && change.action === "DELETE")!);
}
