import { BadUserInputError, ConflictError, NotFoundError } from "../errors.js";
import { roleSchema } from "../seed/seed.schema.js";
import { toGraph } from "../seed/to-graph.js";
import { laterOf } from "./confirmation.js";
import type { Edit } from "./edit.js";
import { parseRows } from "../db/rows.js";
import * as cypher from "./editing.repository.js";
import { checkReferences, conflictIfStale, emptySeed, freeId, given, validateEntry, type Reference } from "./nodes.js";
import type { Entry } from "./specs.js";

type Props = Record<string, unknown>;

/**
 * Dated roles: (:Person)-[:HOLDS_ROLE {id, role, title, since, until}]->(:Organization). A role
 * that ends gets `until` and stays, so the graph as of an earlier date still shows it; delete is
 * for roles recorded by mistake.
 */
const roleFields = ["role", "title", "since", "until"] as const;
const ORDERED = [["since", "until"]] as const;

function roleProps(entry: Entry, version: number): Props {
  const graph = toGraph({ ...emptySeed(), roles: [entry as never] });
  return { ...graph.relationships.HOLDS_ROLE[0]!.props, version };
}

function roleView(entry: Entry): Entry {
  const keys = ["person", "organization", ...roleFields, "sources"];
  return Object.fromEntries(keys.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));
}

export async function startRole(edit: Edit, input: object, prefix = "input"): Promise<Props> {
  const raw = given(input);
  const explicitId = raw.id as string | undefined;
  const checked = validateEntry(roleSchema, { ...raw, id: explicitId ?? "pending", sources: [edit.source.ref] }, prefix, ORDERED);
  const refs: Reference[] = [
    { field: `${prefix}.person`, label: "Person", key: checked.person as string },
    { field: `${prefix}.organization`, label: "Organization", key: checked.organization as string },
  ];
  await checkReferences(edit, refs);
  const text = `${String(checked.organization)} ${String(checked.role).replace(/_/g, " ")} ${String(checked.person)}`;
  const id = explicitId ?? (await freeId(edit, cypher.ROLE_ID_TAKEN, {}, text, `${prefix}.id`));
  if (explicitId && (await edit.tx.run(cypher.LOAD_ROLE, { key: id })).length > 0) {
    throw new ConflictError(`${prefix}.id: a role "${id}" already exists`, `${prefix}.id`);
  }
  const entry: Entry = { ...checked, id };
  const [row] = parseRows(cypher.RolePropsRow, await edit.tx.run(cypher.CREATE_ROLE, {
    person: entry.person, organization: entry.organization, props: { ...roleProps(entry, 1), lastConfirmed: edit.confirmedOn },
  }));
  edit.record({ action: "CREATE", entityType: "Role", entityKey: id, before: null, after: roleView(entry) });
  return toRole(row!.props, entry.person as string, entry.organization as string);
}

/** Changes a role's kind, title or dates (ending it is setting `until`). */
export async function updateRole(edit: Edit, key: string, version: number, patch: object, prefix = "patch"): Promise<Props> {
  const [row] = parseRows(cypher.RoleRow, await edit.tx.run(cypher.LOAD_ROLE, { key }));
  if (!row) throw new NotFoundError(`no role "${key}"`);
  const props = row.props;
  const current = conflictIfStale("role", key, props, version);
  const before: Entry = { id: key, person: row.person, organization: row.organization, sources: props.sources };
  for (const field of roleFields) if (props[field] !== undefined && props[field] !== null) before[field] = props[field];

  const next: Entry = { ...before };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (field === "role") throw new BadUserInputError(`${prefix}.role: is required and cannot be removed`, `${prefix}.role`);
      delete next[field];
    } else {
      next[field] = value;
    }
  }
  next.sources = [...new Set([...((before.sources as string[]) ?? []), edit.source.ref])];
  const entry = validateEntry(roleSchema, next, prefix, ORDERED);
  const [updated] = parseRows(cypher.RolePropsRow, await edit.tx.run(cypher.REPLACE_ROLE, { key, props: { ...roleProps(entry, current + 1), lastConfirmed: laterOf(props.lastConfirmed, edit.confirmedOn) } }));
  edit.record({ action: "UPDATE", entityType: "Role", entityKey: key, before: roleView(before), after: roleView(entry) });
  return toRole(updated!.props, row.person, row.organization);
}

export async function deleteRole(edit: Edit, key: string, version: number): Promise<void> {
  const [row] = parseRows(cypher.RoleRow, await edit.tx.run(cypher.LOAD_ROLE, { key }));
  if (!row) throw new NotFoundError(`no role "${key}"`);
  const props = row.props;
  conflictIfStale("role", key, props, version);
  await edit.tx.run(cypher.DELETE_ROLE, { key });
  const before: Entry = { person: row.person, organization: row.organization, sources: props.sources };
  for (const field of roleFields) if (props[field] !== undefined && props[field] !== null) before[field] = props[field];
  edit.record({ action: "DELETE", entityType: "Role", entityKey: key, before: roleView(before), after: null });
}

function toRole(props: Props, person: string, organization: string): Props {
  return { ...props, personKey: person, organizationKey: organization };
}
