import type { Queries } from "../db/database.js";
import { BadUserInputError } from "../errors.js";
import { entityKinds, type RefKind } from "../entity-kinds.js";
import { refCandidates, type RefMatch } from "./ref.repository.js";

export type { RefKind };

/** Where refs are resolved: a database, and in a request its loaders, whose `refs` resolves a ref named twice once. */
export interface RefScope {
  db: Queries;
  loaders?: { refs: { load(key: { kind: RefKind; ref: string }): Promise<RefMatch[]> } };
}

/**
 * The one way a `ref` argument becomes an entity, for every kind: the readable id first (one
 * index seek), then names, codes, acronyms and aliases through the full-text index. Several
 * equally good matches are a BAD_USER_INPUT error naming the argument and listing the candidates.
 * Returns the node's properties, or null when nothing matches.
 */
export async function resolveRef(scope: RefScope, kind: RefKind, ref: string, argument = "ref"): Promise<RefMatch["node"] | null> {
  const matches = scope.loaders ? await scope.loaders.refs.load({ kind, ref }) : await refCandidates(scope.db, kind, ref);
  return chooseRef(kind, ref, matches, argument);
}

/**
 * The entity a ref names among its candidates (best first, as `refCandidatesClauses` leaves
 * them): the best one, null when there is none, or the ambiguity error when several are equally
 * good. The standalone resolution and the lookups that fold it into their own statement
 * (organization.service.ts) decide with this one rule.
 */
export function chooseRef<M extends RefMatch>(kind: RefKind, ref: string, matches: readonly M[], argument = "ref"): M["node"] | null {
  if (matches.length === 0) return null;
  const best = matches.filter((m) => m.rank === matches[0]!.rank);
  if (best.length > 1) {
    const listed = best.map((m) => `${String(m.node.id)} (${String(m.node.name ?? m.node.code ?? m.node.title ?? "")})`).join(", ");
    throw new BadUserInputError(`${argument} "${ref}" is ambiguous: it matches ${entityKinds[kind].plural} ${listed}; use a readable id`, argument);
  }
  return best[0]!.node;
}
