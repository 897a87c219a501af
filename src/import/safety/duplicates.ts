import { compactForm } from "../text-utils.js";
import type { Proposal } from "../proposal.js";
import { partOfName, sameNameOrInitials } from "./same-name.js";

/**
 * The entities one import creates, checked against each other (issue 25): one name never makes
 * two people, one body never makes two organizations. Creations of the same person (the name
 * broken over two lines, written with initials, an honorific, in capitals, without accents) or
 * the same body (the same name or acronym under the same parent) are folded into the first: the
 * other spellings become its aliases, every proposal that named the other key names the kept one,
 * and proposals that then say the same thing twice (two roles of one person) are kept once.
 */
export function foldDuplicateCreations(proposals: Proposal[]): Proposal[] {
  const keys = new Map<string, string>();
  const dropped = new Map<string, string>();
  const kept: Proposal[] = [];
  for (const p of proposals) {
    const same = p.action === "CREATE" && p.resolution.status === "NEW" ? kept.find((k) => sameCreation(k, p)) : undefined;
    if (!same) {
      kept.push(p);
      continue;
    }
    keys.set(p.resolution.key!, same.resolution.key!);
    dropped.set(p.id, same.id);
    const spellings = [p.values.name, ...(Array.isArray(p.values.aliases) ? p.values.aliases : [])].filter((s): s is string => typeof s === "string");
    const aliases = new Set([...(Array.isArray(same.values.aliases) ? (same.values.aliases as string[]) : [])]);
    for (const s of spellings) if (s !== same.values.name) aliases.add(s);
    same.values = { ...same.values, aliases: [...aliases] };
    // The fuller name wins ("Jane Doe" over "J. Doe").
    if (typeof p.values.name === "string" && typeof same.values.name === "string" && p.values.name.length > same.values.name.length) {
      same.values = { ...same.values, name: p.values.name, aliases: [...aliases].filter((a) => a !== p.values.name).concat(same.values.name as string) };
    }
  }
  if (keys.size === 0) return proposals;
  const rewritten = kept.map((p) => ({
    ...p,
    values: substituteKeys(p.values, keys) as Record<string, unknown>,
    ...(p.resolution.key && keys.has(p.resolution.key) ? { resolution: { ...p.resolution, key: keys.get(p.resolution.key)! } } : {}),
    ...(p.dependsOn ? { dependsOn: [...new Set(p.dependsOn.map((d) => dropped.get(d) ?? d))].filter((d) => d !== p.id) } : {}),
  }));
  // Proposals that now say the same thing twice are kept once (and what depended on the second depends on the first).
  const seen = new Map<string, string>();
  const out: Proposal[] = [];
  for (const p of rewritten) {
    const sig = signature(p);
    const first = seen.get(sig);
    if (first) {
      dropped.set(p.id, first);
      if (p.resolution.key && first !== p.id) {
        const firstKey = out.find((o) => o.id === first)?.resolution.key;
        if (firstKey && firstKey !== p.resolution.key) keys.set(p.resolution.key, firstKey);
      }
      continue;
    }
    seen.set(sig, p.id);
    out.push(p);
  }
  return out.map((p) => ({
    ...p,
    values: substituteKeys(p.values, keys) as Record<string, unknown>,
    ...(p.dependsOn ? { dependsOn: [...new Set(p.dependsOn.map((d) => dropped.get(d) ?? d))].filter((d) => d !== p.id) } : {}),
  }));
}

function sameCreation(a: Proposal, b: Proposal): boolean {
  if (a.action !== "CREATE" || a.resolution.status !== "NEW" || a.entityType !== b.entityType) return false;
  const name = (p: Proposal) => (typeof p.values.name === "string" ? p.values.name : "");
  if (a.entityType === "Person") return sameNameOrInitials(name(a), name(b)) || partOfName(name(a), name(b));
  if (a.entityType === "Organization") {
    if ((a.values.partOf ?? null) !== (b.values.partOf ?? null)) return false;
    const acr = (p: Proposal) => (typeof p.values.acronym === "string" ? compactForm(p.values.acronym) : "");
    return (compactForm(name(a)) !== "" && compactForm(name(a)) === compactForm(name(b))) || (acr(a) !== "" && acr(a) === acr(b));
  }
  return false;
}

/** What a proposal says, without its own id: two proposals with one signature are one. */
function signature(p: Proposal): string {
  const v = p.values;
  if (p.entityType === "Role" && p.action === "CREATE") return `Role:CREATE:${String(v.person)}:${String(v.organization)}:${String(v.role)}`;
  if (p.action === "LINK") return `LINK:${p.entityType}:${String(v.type)}:${String(v.from)}:${String(v.to)}`;
  if (p.action === "CONFIRM" && p.resolution.status === "EXISTING") return `CONFIRM:${p.entityType}:${p.resolution.key}`;
  return `${p.id}`;
}

function substituteKeys(value: unknown, keys: Map<string, string>): unknown {
  if (typeof value === "string") return keys.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => substituteKeys(item, keys));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "name" || k === "aliases" ? v : substituteKeys(v, keys)]));
  return value;
}
