import type { Queries } from "../db/database.js";
import { BadUserInputError } from "../errors.js";
import type { RefKind } from "../entity-kinds.js";
import { nearestNames, type NearestName } from "./nearest.repository.js";

/**
 * The error for a ref that names nothing: the message (`what`, e.g. `of: no organization "X"`)
 * followed by the nearest names, which also travel as `extensions.nearest` ({key, kind, name})
 * for a client to offer. One read, on the error path only.
 */
export async function unknownRefError(db: Queries, kinds: readonly RefKind[], ref: string, argument: string, what: string): Promise<BadUserInputError> {
  const nearest = await nearestNames(db, kinds, ref).catch((): NearestName[] => []);
  const hint = nearest.length > 0 ? `. Nearest names: ${nearest.map((n) => (n.short === n.key ? n.key : `${n.short} (${n.key})`)).join(", ")}` : "";
  return new BadUserInputError(`${what}${hint}`, argument, { nearest: nearest.map(({ key, kind, name }) => ({ key, kind, name })) });
}
