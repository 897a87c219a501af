import { toEntity } from "../graphql/entity.js";
import { toSourceRefs } from "../graphql/sources.js";
import { Liaison } from "../liaison/liaison.type.js";
import { Hop } from "./coordination.type.js";
import type { LabelledProps, RawRel } from "./hop-rows.js";

type Props = Record<string, unknown>;

/** How a node is named in a hop's text: acronym, code or name, as an analyst would say it. */
export function displayName(props: Props): string {
  return String(props.acronym ?? props.code ?? props.name ?? props.title ?? props.id);
}

/** Short detail of a relationship for the explanation (a role's title, the evidence of work). */
function detailOf(type: string, props: Props): string | null {
  if (type === "HOLDS_ROLE") return String(props.title ?? props.role ?? "") || null;
  if (type === "WORKS_ON" && Array.isArray(props.evidence)) return props.evidence.join("; ") || null;
  return null;
}

function hop(
  from: LabelledProps, to: LabelledProps, relation: string, forward: boolean, sources: unknown, detail: string | null, liaison?: Liaison, role?: string,
): Hop {
  // A role's kind belongs in the words: "Shin-Gak Kang -[HOLDS_ROLE CHAIR]-> FG-MV".
  const label = role ? `${relation} ${role}` : relation;
  const arrow = forward ? `-[${label}]->` : `<-[${label}]-`;
  return Object.assign(new Hop(), {
    fromRef: { label: from._label, key: from.id },
    toRef: { label: to._label, key: to.id },
    relation,
    forward,
    text: `${displayName(from)} ${arrow} ${displayName(to)}`,
    detail,
    liaison: liaison ?? null,
    sources: toSourceRefs(sources),
  });
}

/** A liaison record as one hop between its two bodies, walked from `end` to `partner`. */
export function liaisonHop(liaison: Props, end: LabelledProps, partner: LabelledProps, endIsFrom: boolean): Hop {
  const { _label: _, ...props } = liaison;
  const entity = toEntity(Liaison, props);
  return hop(end, partner, String(liaison.kind), endIsFrom, liaison.sources, typeof liaison.subject === "string" ? liaison.subject : null, entity);
}

/**
 * Hops already built from the same relationship objects, walked the same way: the paths of one
 * connection share their relationships (connection.repository.ts returns each once), so a hop is
 * built once however many of the hundred paths pass through it. Hops are never changed after.
 */
export type HopCache = WeakMap<RawRel, Map<string, Hop>>;

/**
 * Turns relationships listed in walking order, starting at node `startId`, into hops as
 * traversed (`forward` false where the walk goes against the stored direction). A liaison
 * record between two bodies (…<-[:FROM|TO]-(:Liaison)-[:FROM|TO]->…) becomes one hop.
 */
export function toHops(startId: string, rels: RawRel[], cache?: HopCache): Hop[] {
  const hops: Hop[] = [];
  let at = startId;
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i]!;
    const forward = rel.start.id === at;
    const [from, to] = forward ? [rel.start, rel.end] : [rel.end, rel.start];
    const next = rels[i + 1];
    const isLiaisonEnd = (r: RawRel | undefined) => r !== undefined && (r.type === "FROM" || r.type === "TO");
    if (to._label === "Liaison" && isLiaisonEnd(rel) && isLiaisonEnd(next)) {
      const partner = next!.start.id === to.id ? next!.end : next!.start;
      hops.push(cached(cache, rel, `${from.id}>${partner.id}`, () => liaisonHop(to, from, partner, rel.type === "FROM")));
      at = partner.id;
      i++;
      continue;
    }
    const role = rel.type === "HOLDS_ROLE" ? (typeof rel.props.role === "string" ? rel.props.role : undefined) : undefined;
    hops.push(cached(cache, rel, String(forward), () => hop(from, to, rel.type, forward, rel.props.sources, detailOf(rel.type, rel.props), undefined, role)));
    at = to.id;
  }
  return hops;
}

function cached(cache: HopCache | undefined, rel: RawRel, walk: string, build: () => Hop): Hop {
  if (!cache) return build();
  let byWalk = cache.get(rel);
  if (!byWalk) cache.set(rel, (byWalk = new Map()));
  let built = byWalk.get(walk);
  if (!built) byWalk.set(walk, (built = build()));
  return built;
}
