import type { GraphSnapshot } from "../graph-index.repository.js";
import type { Candidate, MatchReason, ProposalEntityType } from "../proposal.js";

/**
 * A candidate as a reviewer needs it to choose: its name, the bodies it belongs to, its roles,
 * and where the graph has it from. Never a person's e-mail or phone: the label and details of a
 * candidate are shown beside the question, and the address that raised the question is the only
 * one the reviewer needs (it is in the document they are reading).
 */
export function describeCandidate(graph: GraphSnapshot, entityType: ProposalEntityType, key: string, reason: MatchReason): Candidate {
  const orgLabel = (id: string) => {
    const o = graph.organizations.find((x) => x.id === id);
    return o ? (o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name) : id;
  };
  const personLabel = (id: string) => graph.people.find((x) => x.id === id)?.name ?? id;
  const roleText = (r: GraphSnapshot["roles"][number], withPerson: boolean) =>
    `${withPerson ? `${personLabel(r.person)}, ` : ""}${r.role.toLowerCase().replace(/_/g, "-")} of ${orgLabel(r.organization)}` +
    `${r.since ? ` since ${r.since}` : ""}${r.until ? ` until ${r.until}` : ""}`;
  const base = { key, reason };
  switch (entityType) {
    case "Person": {
      const p = graph.people.find((x) => x.id === key);
      if (!p) break;
      return {
        ...base, label: `${p.honorific ? `${p.honorific} ` : ""}${p.name}`,
        organizations: p.affiliations.map(orgLabel), roles: graph.roles.filter((r) => r.person === key).map((r) => roleText(r, false)), sources: p.sources ?? [],
      };
    }
    case "Organization": {
      const o = graph.organizations.find((x) => x.id === key);
      if (!o) break;
      return {
        ...base, label: orgLabel(key), organizations: o.partOf ? [orgLabel(o.partOf)] : [],
        roles: graph.roles.filter((r) => r.organization === key && !r.until).map((r) => roleText(r, true)), sources: o.sources ?? [],
      };
    }
    case "Role": {
      const r = graph.roles.find((x) => x.id === key);
      if (!r) break;
      return { ...base, label: roleText(r, true), organizations: [orgLabel(r.organization)], roles: [roleText(r, false)], sources: r.sources ?? [] };
    }
    case "Event": {
      const e = graph.events.find((x) => x.id === key);
      if (!e) break;
      return {
        ...base, label: `${e.name} (${[e.start, e.end].filter(Boolean).join(" to ")}${e.city ? `, ${e.city}` : ""})`,
        organizations: e.meetingOf ? [orgLabel(e.meetingOf)] : [], roles: [], sources: e.sources ?? [],
      };
    }
    case "Deadline": {
      const d = graph.deadlines.find((x) => x.id === key);
      if (!d) break;
      return { ...base, label: `${d.description ?? d.id} (due ${d.due ?? "?"})`, organizations: [], roles: [], sources: d.sources ?? [] };
    }
    case "Deliverable": {
      const d = graph.deliverables.find((x) => x.id === key);
      if (!d) break;
      return {
        ...base, label: `${d.code}${d.title ? ` ${d.title}` : ""}${d.status ? ` (${d.status.toLowerCase()})` : ""}`,
        organizations: d.developedBy ? [orgLabel(d.developedBy)] : [], roles: [], sources: d.sources ?? [],
      };
    }
    case "Liaison": {
      const l = graph.liaisons.find((x) => x.id === key);
      if (!l) break;
      return {
        ...base, label: `${l.kind.toLowerCase().replace(/_/g, " ")} ${l.from ? orgLabel(l.from) : "?"} → ${l.to ? orgLabel(l.to) : "?"}${l.since ? ` (${l.since})` : ""}`,
        organizations: [l.from, l.to].filter((x): x is string => !!x).map(orgLabel), roles: [], sources: [...(l.document ? [l.document] : []), ...(l.sources ?? [])],
      };
    }
    case "Statistic": {
      const s = graph.statistics.find((x) => x.id === key);
      if (!s) break;
      return {
        ...base, label: `${s.subject ? orgLabel(s.subject) : ""} ${s.measure ?? ""}: ${s.value ?? "?"}${s.asOf ? ` (as of ${s.asOf})` : ""}`.trim(),
        organizations: s.subject ? [orgLabel(s.subject)] : [], roles: [], sources: s.sources ?? [],
      };
    }
    case "Document": {
      const d = graph.documents.find((x) => x.id === key);
      if (!d) break;
      return { ...base, label: `${d.reference ? `${d.reference}: ` : ""}${d.title ?? d.id}${d.date ? ` (${d.date})` : ""}`, organizations: d.issuer ? [orgLabel(d.issuer)] : [], roles: [], sources: [] };
    }
    case "Topic": {
      const t = graph.topics.find((x) => x.id === key);
      if (!t) break;
      return { ...base, label: t.name, organizations: [], roles: [], sources: [] };
    }
  }
  return { ...base, label: key, organizations: [], roles: [], sources: [] };
}
