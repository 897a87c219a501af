import { slug } from "../editing/specs.js";
import type { GraphSnapshot, PersonRow } from "./graph-index.repository.js";
import { findEmailContacts } from "./email-contacts.js";
import { canonicalDeliverableCode, sameDeliverable } from "./deliverable-code.js";
import { deliverableInContext } from "./numbered-deliverable.js";
import type { Candidate, Evidence, FieldDiff, MatchReason, Proposal, ProposalAction, ProposalEntityType, Resolution, TextBlock } from "./proposal.js";
import type { EventFact, Facts, Where } from "./recognize/facts.js";
import { baseName } from "./recognize/extractor.js";
import type { OrganizationResolver } from "./recognize/organizations.js";
import { ROLE_ID_WORD, type RoleKind } from "./recognize/people.js";
import { describeCandidate } from "./safety/candidates.js";
import { statedChange } from "./safety/change-statements.js";
import { sameNameOrInitials } from "./safety/same-name.js";
import { compactForm } from "./text-utils.js";

export interface DocumentDraft {
  id: string;
  existing?: { key: string; reason: MatchReason };
  values: Record<string, unknown>;
  where: Where;
}

/**
 * Turns recognized facts into proposals: every mention resolved to an existing entity (confirm,
 * or update with a diff when the document says otherwise), to a new one (create, with a readable
 * id in the seed's convention), or left ambiguous with its candidates.
 */
export class ProposalBuilder {
  readonly proposals: Proposal[] = [];
  /** Proposal that creates each new key, for dependsOn. */
  private readonly creators = new Map<string, string>();
  private readonly usedIds = new Map<string, Set<string>>();

  constructor(
    private readonly graph: GraphSnapshot,
    private readonly orgs: OrganizationResolver,
    private readonly docKey: string,
    private readonly docDate: string | undefined,
  ) {}

  private add(p: Omit<Proposal, "id" | "evidence"> & { where: Where }): Proposal {
    const { where, ...rest } = p;
    const evidence: Evidence = { quote: where.quote, locator: where.locator };
    const proposal: Proposal = { id: `p${this.proposals.length + 1}`, ...rest, evidence };
    const deps = this.dependencies(proposal.values);
    if (deps.length > 0) proposal.dependsOn = deps;
    this.proposals.push(proposal);
    if (proposal.action === "CREATE" && proposal.resolution.key) this.creators.set(`${proposal.entityType}:${proposal.resolution.key}`, proposal.id);
    return proposal;
  }

  /**
   * Dependencies on proposals made later (an event collocated with one proposed after it, the
   * document citing documents proposed after it): added once every proposal is made, unless the
   * edge would close a circle (then applying reports the missing entity, naming the proposal).
   */
  resolveDependencies(): void {
    const byId = new Map(this.proposals.map((p) => [p.id, p]));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
      if (from === to) return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return (byId.get(from)?.dependsOn ?? []).some((d) => reaches(d, to, seen));
    };
    for (const p of this.proposals) {
      for (const dep of this.dependencies(p.values)) {
        if (dep === p.id || p.dependsOn?.includes(dep) || reaches(dep, p.id)) continue;
        (p.dependsOn ??= []).push(dep);
      }
    }
  }

  /** The document cites those it names: one link each (the document's own proposal is folded into the stored import). */
  cites(docKey: string, cited: string[], where: Where): void {
    for (const key of cited) {
      this.add({
        entityType: "Document", action: "LINK", resolution: { status: "EXISTING", key: docKey }, values: { type: "CITES", from: docKey, to: key },
        where, confidence: 0.8, summary: `The document cites ${key}`,
      });
    }
  }

  private dependencies(values: Record<string, unknown>): string[] {
    const deps = new Set<string>();
    const visit = (v: unknown) => {
      if (typeof v === "string") {
        for (const [k, id] of this.creators) if (k.endsWith(`:${v}`)) deps.add(id);
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") Object.values(v).forEach(visit);
    };
    for (const [k, v] of Object.entries(values)) if (k !== "id" && k !== "name" && k !== "title" && k !== "description" && k !== "subject") visit(v);
    return [...deps];
  }

  private freshId(type: string, wanted: string, taken: (id: string) => boolean): string {
    const used = this.usedIds.get(type) ?? new Set<string>();
    this.usedIds.set(type, used);
    const base = slug(wanted) || type.toLowerCase();
    let id = base;
    for (let n = 2; taken(id) || used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  }

  // ---------------------------------------------------------------- document

  document(doc: DocumentDraft) {
    if (doc.existing) {
      this.add({
        entityType: "Document", action: "CONFIRM", resolution: { status: "EXISTING", key: doc.existing.key, reason: doc.existing.reason },
        values: { id: doc.existing.key }, where: doc.where, confidence: 0.9, summary: `Document ${doc.existing.key} (already in the graph)`,
      });
    } else {
      this.add({
        entityType: "Document", action: "CREATE", resolution: { status: "NEW", key: doc.id }, values: doc.values, where: doc.where, confidence: 0.95,
        summary: `New document ${String(doc.values.reference ?? doc.values.title)}`,
      });
    }
  }

  citedDocuments(facts: Facts) {
    for (const c of facts.cited) {
      const hit = this.graph.documents.find((d) => d.reference && compactForm(d.reference) === compactForm(c.reference))
        ?? this.graph.documents.find((d) => d.reference && c.kind === "RESOLUTION" && sameResolution(d.reference, c.reference));
      if (hit) {
        this.add({
          entityType: "Document", action: "CONFIRM", resolution: { status: "EXISTING", key: hit.id, reason: "REFERENCE" }, values: { id: hit.id },
          where: c.where, confidence: 0.85, summary: `Cited: ${hit.reference ?? hit.id}`,
        });
        continue;
      }
      const id = this.freshId("Document", c.reference, (x) => this.graph.documents.some((d) => d.id === x));
      const issuer = c.issuerText ? this.orgs.find([c.issuerText])?.key : undefined;
      this.add({
        entityType: "Document", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, kind: c.kind, reference: c.reference, title: c.title, ...(issuer ? { issuer } : {}), cites: [] },
        where: c.where, confidence: 0.75, summary: `Cited document ${c.reference}`,
      });
    }
  }

  // ---------------------------------------------------------------- organizations

  organizations(facts: Facts) {
    // New bodies, parents first.
    const created = [...this.orgs.created.values()];
    const depth = (id: string): number => {
      const p = this.orgs.created.get(id)?.partOf;
      return p && this.orgs.created.has(p) ? 1 + depth(p) : 0;
    };
    created.sort((a, b) => depth(a.id) - depth(b.id));
    for (const o of created) {
      const values: Record<string, unknown> = {
        id: o.id, name: o.name, ...(o.acronym ? { acronym: o.acronym } : {}), kind: o.kind, aliases: o.aliases,
        ...(o.mandate ? { mandate: o.mandate } : {}), ...(o.country ? { country: o.country } : {}), ...(o.partOf ? { partOf: o.partOf } : {}),
        ...(facts.reportsTo.get(o.id) ? { reportsTo: facts.reportsTo.get(o.id)!.to } : {}),
      };
      this.add({
        entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: o.id }, values, where: { locator: o.locator, quote: o.quote },
        confidence: o.kind === "OTHER" ? 0.6 : 0.8, summary: `New organization ${o.name}${o.partOf ? ` (part of ${o.partOf})` : ""}`,
      });
    }
    for (const [key, m] of facts.mentionedOrganizations) {
      if (m.candidates && m.candidates.length > 1) {
        this.add({
          entityType: "Organization", action: "CONFIRM",
          resolution: { status: "AMBIGUOUS", candidates: m.candidates.map((c): Candidate => describeCandidate(this.graph, "Organization", c.key, (m.reason as MatchReason) ?? "ALIAS")) },
          values: { name: m.printed }, where: m.where, confidence: 0.4, summary: `"${m.printed}" could be ${m.candidates.map((c) => c.key).join(" or ")}`,
        });
        continue;
      }
      const row = this.orgs.row(key)!;
      this.add({
        entityType: "Organization", action: "CONFIRM", resolution: { status: "EXISTING", key, reason: (m.reason as MatchReason) ?? "NAME" },
        values: { id: key }, where: m.where, confidence: 0.9, summary: `${row.name} (named as "${m.printed}")`,
      });
      const spellings = [row.name, row.acronym, ...row.aliases].filter(Boolean).map((s) => s!.replace(/\s+/g, " ").trim());
      const printed = m.printed.replace(/\s+/g, " ").trim();
      if (!spellings.some((sp) => sp.toLowerCase() === printed.toLowerCase()) && printed.length > 2) {
        this.add({
          entityType: "Organization", action: "UPDATE", resolution: { status: "EXISTING", key, reason: (m.reason as MatchReason) ?? "NAME" },
          values: { id: key, aliases: [...row.aliases, printed] }, diff: [{ field: "aliases", current: row.aliases, proposed: [...row.aliases, printed] }],
          where: m.where, confidence: 0.6, summary: `New spelling "${printed}" for ${row.name}`,
        });
      }
    }
  }

  // ---------------------------------------------------------------- people and roles

  private personKeys = new Map<string, string>();

  people(facts: Facts) {
    const since = this.docDate;
    for (const p of facts.people) {
      const match = resolvePerson(this.graph.people, p.name, p.printed, p.email);
      if (match.status === "AMBIGUOUS") {
        this.add({
          entityType: "Person", action: "CONFIRM",
          resolution: { status: "AMBIGUOUS", candidates: match.candidates.map((c) => describeCandidate(this.graph, "Person", c.key, c.reason)) }, values: { name: p.name },
          where: p.where, confidence: 0.4, summary: `${p.name} could be ${match.candidates.map((c) => c.key).join(" or ")}`,
        });
        continue;
      }
      if (match.status === "EXISTING") {
        const row = match.row;
        this.personKeys.set(p.name, row.id);
        this.add({
          entityType: "Person", action: "CONFIRM", resolution: { status: "EXISTING", key: row.id, reason: match.reason }, values: { id: row.id },
          where: p.where, confidence: 0.9, summary: `${row.name}`,
        });
        const diff: FieldDiff[] = [];
        const patch: Record<string, unknown> = { id: row.id };
        const newSpellings = p.printed.filter((s) => s !== row.name && !row.aliases.includes(s));
        if (newSpellings.length > 0) {
          patch.aliases = [...row.aliases, ...newSpellings];
          diff.push({ field: "aliases", current: row.aliases, proposed: patch.aliases });
        }
        for (const f of ["country", "email", "phone"] as const) {
          const value = p[f];
          if (value && row[f] !== value && !(f === "phone" && row.phone && row.phone.replace(/\D/g, "") === value.replace(/\D/g, ""))) {
            patch[f] = value;
            diff.push({ field: f, current: row[f] ?? null, proposed: value });
          }
        }
        if (diff.length > 0) {
          this.add({
            entityType: "Person", action: "UPDATE", resolution: { status: "EXISTING", key: row.id, reason: match.reason }, values: patch, diff,
            where: p.where, confidence: 0.6, summary: `${row.name}: ${diff.map((d) => d.field).join(", ")} as printed here`,
          });
        }
        for (const org of p.affiliations) {
          if (row.affiliations.includes(org)) continue;
          this.add({
            entityType: "Person", action: "LINK", resolution: { status: "EXISTING", key: row.id, reason: match.reason },
            values: { type: "AFFILIATED_WITH", from: row.id, to: org, ...(since ? { since } : {}) }, where: p.where, confidence: 0.7,
            summary: `${row.name} affiliated with ${this.orgs.label(org)}`,
          });
        }
        continue;
      }
      const id = this.freshId("Person", p.name, (x) => this.graph.people.some((r) => r.id === x));
      this.personKeys.set(p.name, id);
      const aliases = [...new Set([...p.printed, p.name])].filter((a) => a !== p.name);
      this.add({
        entityType: "Person", action: "CREATE", resolution: { status: "NEW", key: id },
        values: {
          id, name: p.name, ...(p.honorific ? { honorific: p.honorific } : {}), aliases, ...(p.country ? { country: p.country } : {}),
          ...(p.email ? { email: p.email } : {}), ...(p.phone ? { phone: p.phone } : {}),
          affiliations: p.affiliations.map((organization) => ({ organization, ...(since ? { since } : {}) })),
        },
        where: p.where, confidence: 0.8, summary: `New person ${p.name}`,
      });
    }
  }

  roles(facts: Facts) {
    for (const r of facts.roles) {
      const since = r.since ?? this.docDate;
      const person = this.personKeys.get(r.person);
      if (!person) continue;
      const existing = this.graph.roles.find((x) => x.person === person && x.organization === r.organization && x.role === r.role);
      const id = existing?.id ?? this.freshId("Role", `${r.organization}-${ROLE_ID_WORD[r.role as RoleKind]}-${person}`, (x) => this.graph.roles.some((g) => g.id === x));
      if (existing) {
        this.add({
          entityType: "Role", action: "CONFIRM", resolution: { status: "EXISTING", key: id, reason: "KEY" }, values: { id }, where: r.where,
          confidence: r.confidence, summary: `${person} ${r.role} of ${r.organization}`,
        });
        continue;
      }
      // Another holder of a single-holder role: the document contradicts the graph. Only a
      // sentence that states the change ends the other's role (safety/role-change.ts); otherwise
      // the reviewer is asked who holds it: the graph's holder, or this person as well ("new").
      const others = ["CHAIR", "DIRECTOR"].includes(r.role) && since
        ? this.graph.roles.filter((x) => x.organization === r.organization && x.role === r.role && x.person !== person && (!x.until || x.until >= since) && (!x.since || x.since < since))
        : [];
      const change = others.length > 0 ? statedChange("holder", r.where.quote) : undefined;
      if (others.length > 0 && !change) {
        this.add({
          entityType: "Role", action: "CREATE",
          resolution: { status: "AMBIGUOUS", key: id, candidates: others.filter((o) => o.id).map((o) => describeCandidate(this.graph, "Role", o.id!, "KEY")) },
          values: { id, person, organization: r.organization, role: r.role, ...(r.title ? { title: r.title } : {}), ...(since ? { since } : {}) },
          where: r.where, confidence: 0.3,
          summary: `${this.orgs.label(r.organization)}: ${r.role.toLowerCase()} is ${person} here, ${others.map((o) => o.person).join(" and ")} in the graph, and no sentence says the holder changed: who holds it?`,
        });
        continue;
      }
      for (const other of others) {
        this.add({
          entityType: "Role", action: "UPDATE", resolution: { status: "EXISTING", key: other.id ?? `${other.organization}-${other.role}-${other.person}`, reason: "KEY" },
          values: { id: other.id, until: since },
          diff: [{ field: "holder", current: other.person, proposed: person }, { field: "until", current: other.until ?? null, proposed: since }],
          where: { locator: r.where.locator, quote: change!.sentence }, confidence: 0.5,
          summary: `${r.organization}: ${r.role} is ${person} here, ${other.person} in the graph, as the document says ("${change!.rule}")`,
        });
      }
      this.add({
        entityType: "Role", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, person, organization: r.organization, role: r.role, ...(r.title ? { title: r.title } : {}), ...(since ? { since } : {}) },
        where: r.where, confidence: r.confidence, summary: `${person} ${r.role.toLowerCase().replace("_", "-")} of ${this.orgs.label(r.organization)}${since ? ` since ${since}` : ""}`,
      });
    }
  }

  /**
   * Addresses the recognizers did not attach to a named person (src/import/email-contacts.ts):
   * the graph's person or body holding it, a functional mailbox tied to the body named beside it,
   * or a question to the reviewer. Summaries never print an address (they are lines in logs).
   */
  emailContacts(blocks: TextBlock[], facts: Facts) {
    const known = new Set(facts.people.map((p) => p.email?.toLowerCase()).filter((e): e is string => !!e));
    const confirmed = (type: ProposalEntityType, key: string) => this.proposals.some((p) => p.entityType === type && p.resolution.key === key && p.action !== "LINK");
    for (const c of findEmailContacts(blocks, known, this.graph, facts.people.map((p) => p.name))) {
      if (c.kind === "NAMED_HERE") {
        // A person this document names: the address goes with them (onto the new person, or a first
        // address for a known one; another address than the graph's is a question, by the guard).
        const key = this.personKeys.get(c.name);
        const created = key ? this.proposals.find((p) => p.entityType === "Person" && p.action === "CREATE" && p.resolution.key === key) : undefined;
        if (created) {
          if (!created.values.email) created.values = { ...created.values, email: c.email };
          continue;
        }
        const row = key ? this.graph.people.find((p) => p.id === key) : undefined;
        if (!row || row.email?.toLowerCase() === c.email.toLowerCase()) continue;
        this.add({
          entityType: "Person", action: "UPDATE", resolution: { status: "EXISTING", key: row.id, reason: "NAME" }, values: { id: row.id, email: c.email },
          diff: [{ field: "email", current: row.email ?? null, proposed: c.email }], where: c.where, confidence: 0.6, summary: `${row.name}: e-mail address as printed here`,
        });
        continue;
      }
      if (c.kind === "PERSON") {
        if (confirmed("Person", c.person)) continue;
        const row = this.graph.people.find((p) => p.id === c.person)!;
        this.add({
          entityType: "Person", action: "CONFIRM", resolution: { status: "EXISTING", key: c.person, reason: "EMAIL" }, values: { id: c.person },
          where: c.where, confidence: 0.85, summary: `${row.name} (named by an e-mail address only)`,
        });
      } else if (c.kind === "MAILBOX") {
        if (confirmed("Organization", c.organization)) continue;
        this.add({
          entityType: "Organization", action: "CONFIRM", resolution: { status: "EXISTING", key: c.organization, reason: "EMAIL" }, values: { id: c.organization },
          where: c.where, confidence: 0.85, summary: `${this.orgs.label(c.organization)} (by its mailbox)`,
        });
      } else if (c.kind === "FUNCTIONAL") {
        const row = this.graph.organizations.find((o) => o.id === c.organization)!;
        this.add({
          entityType: "Organization", action: "UPDATE", resolution: { status: "EXISTING", key: c.organization, reason: "NAME" },
          values: { id: c.organization, mailbox: c.email }, diff: [{ field: "mailbox", current: row.mailbox ?? null, proposed: c.email }],
          where: c.where, confidence: 0.6, summary: `${this.orgs.label(c.organization)}: its mailbox, as this sentence gives it`,
        });
      } else {
        this.add({
          entityType: "Person", action: "UPDATE",
          resolution: { status: "AMBIGUOUS", candidates: c.candidates.map((key) => describeCandidate(this.graph, "Person", key, "EMAIL")) },
          values: { email: c.email }, where: c.where, confidence: 0.3,
          summary: c.candidates.length > 0
            ? `An e-mail address no one in the graph holds (${c.where.locator}): whose is it? Choose the person, or reject.`
            : `An e-mail address no one in the graph holds (${c.where.locator}), and no person it could be: reject it, or add the person first.`,
        });
      }
    }
  }

  // ---------------------------------------------------------------- events and deadlines

  private eventKeys = new Map<string, string>();

  events(facts: Facts) {
    for (const e of facts.events) {
      if (!e.startDate) continue;
      const hit = this.findEvent(e);
      if (hit) {
        this.eventKeys.set(e.localId, hit.id);
        const diff: FieldDiff[] = [];
        const current: Record<string, string | undefined> = {
          startDate: hit.start, endDate: hit.end, startTime: hit.startsAt?.slice(11, 16), endTime: hit.endsAt?.slice(11, 16), city: hit.city,
        };
        const proposed: Record<string, string | undefined> = { startDate: e.startDate, endDate: e.endDate, startTime: e.startTime, endTime: e.endTime, city: e.city };
        for (const f of Object.keys(proposed)) {
          if (proposed[f] && current[f] && proposed[f] !== current[f] && !(f.endsWith("Date") && current[f]!.startsWith(proposed[f]!))) diff.push({ field: f, current: current[f], proposed: proposed[f] });
        }
        const extra: Record<string, unknown> = {};
        for (const f of ["startTime", "endTime", "timezone", "city", "country", "venue"] as const) if (e[f] && !current[f] && !(hit as Record<string, unknown>)[f]) extra[f] = e[f];
        if (diff.length > 0) {
          this.add({
            entityType: "Event", action: "UPDATE", resolution: { status: "EXISTING", key: hit.id, reason: "NAME" },
            values: { id: hit.id, ...Object.fromEntries(diff.map((d) => [d.field, d.proposed])), ...extra }, diff, where: e.where, confidence: 0.6,
            summary: `${hit.name}: ${diff.map((d) => `${d.field} ${String(d.current)} → ${String(d.proposed)}`).join(", ")}`,
          });
        } else {
          this.add({
            entityType: "Event", action: "CONFIRM", resolution: { status: "EXISTING", key: hit.id, reason: "NAME" }, values: { id: hit.id }, where: e.where,
            confidence: 0.85, summary: `${hit.name} (${hit.start ?? ""})`,
          });
        }
        continue;
      }
      const wanted = e.meetingOf
        ? e.ordinal ? `${e.meetingOf}-meeting-${e.ordinal}` : `${e.meetingOf}-meeting-${e.startDate.slice(0, 7)}`
        : `${e.name.replace(/^(\d+(st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+/i, "")}${e.ordinal ? ` ${e.ordinal}` : ` ${e.startDate.slice(0, 7)}`}`;
      const id = this.freshId("Event", wanted, (x) => this.graph.events.some((g) => g.id === x));
      this.eventKeys.set(e.localId, id);
    }
    // Second pass: create with collocations resolved to keys.
    for (const e of facts.events) {
      if (!e.startDate) continue;
      const id = this.eventKeys.get(e.localId)!;
      if (this.graph.events.some((g) => g.id === id)) continue;
      const collocatedWith = e.collocatedWith.map((l) => this.eventKeys.get(l)).filter((k): k is string => !!k);
      const timezone = e.startTime ? e.timezone : undefined;
      const values: Record<string, unknown> = {
        id, name: e.name, kind: e.kind, startDate: e.startDate, ...(e.endDate ? { endDate: e.endDate } : {}),
        ...(e.startTime && timezone ? { startTime: e.startTime, ...(e.endTime ? { endTime: e.endTime } : {}), timezone } : {}),
        ...(e.venue ? { venue: e.venue } : {}), ...(e.city ? { city: e.city } : {}), ...(e.country ? { country: e.country } : {}),
        ...(e.meetingOf ? { meetingOf: e.meetingOf } : {}), hosts: e.hosts, ...(e.organizers.length ? { organizers: e.organizers } : {}), collocatedWith, topics: e.topics,
      };
      this.add({
        entityType: "Event", action: "CREATE", resolution: { status: "NEW", key: id }, values, where: e.where, confidence: 0.8,
        summary: `New event ${e.name} (${e.startDate}${e.endDate && e.endDate !== e.startDate ? ` to ${e.endDate}` : ""}${e.city ? `, ${e.city}` : ""})`,
      });
    }
  }

  private findEvent(e: EventFact) {
    const overlap = (s?: string, t?: string) => !!s && !!e.startDate && s.slice(0, 7) <= (e.endDate ?? e.startDate) && (t ?? s) >= e.startDate.slice(0, (t ?? s).length);
    const candidates = this.graph.events.filter((g) => {
      if (e.meetingOf) {
        if (g.meetingOf !== e.meetingOf) return false;
        if (e.ordinal && ordinalOf(g.name) !== undefined) return ordinalOf(g.name) === e.ordinal;
        return overlap(g.start, g.end);
      }
      const a = baseName(g.name);
      const b = baseName(e.name);
      if (a !== b && !a.startsWith(b) && !b.startsWith(a)) return false;
      const o = ordinalOf(g.name) ?? ordinalOf(g.id.replace(/-/g, " ").replace(/ (\d+)$/, " $1th"));
      const mine = e.ordinal ?? ordinalOf(e.name);
      if (mine !== undefined || o !== undefined) return o === mine;
      return overlap(g.start, g.end);
    });
    return candidates[0];
  }

  deadlines(facts: Facts) {
    for (const d of facts.deadlines) {
      const event = d.event ? this.eventKeys.get(d.event) : undefined;
      if (!event) continue;
      const existing = this.graph.deadlines.find((x) => x.event === event && x.kind === d.kind);
      if (existing) {
        if (existing.due === d.due) {
          this.add({
            entityType: "Deadline", action: "CONFIRM", resolution: { status: "EXISTING", key: existing.id, reason: "KEY" }, values: { id: existing.id },
            where: d.where, confidence: 0.85, summary: `${existing.id} due ${d.due}`,
          });
        } else {
          this.add({
            entityType: "Deadline", action: "UPDATE", resolution: { status: "EXISTING", key: existing.id, reason: "KEY" }, values: { id: existing.id, due: d.due },
            diff: [{ field: "due", current: existing.due, proposed: d.due }], where: d.where, confidence: 0.6, summary: `${existing.id}: due ${existing.due} → ${d.due}`,
          });
        }
        continue;
      }
      const word = { CONTRIBUTION: "contributions", REGISTRATION: "registration", VISA_LETTER: "visa-letters", OTHER: slug(d.description).split("-").slice(0, 3).join("-") }[d.kind];
      const id = this.freshId("Deadline", `${event}-${word}`, (x) => this.graph.deadlines.some((g) => g.id === x));
      this.add({
        entityType: "Deadline", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, event, kind: d.kind, due: d.due, description: d.description, ...(d.submitTo ? { submitTo: d.submitTo } : {}) },
        where: d.where, confidence: 0.8, summary: `Deadline ${d.due}: ${d.description.slice(0, 80)}`,
      });
    }
  }

  // ---------------------------------------------------------------- liaisons, deliverables, statistics

  liaisons(facts: Facts) {
    for (const l of facts.liaisons) {
      const existing = this.graph.liaisons.find((x) => x.kind === l.kind && x.from === l.from && x.to === l.to && this.sameStatement(x, l));
      if (existing) {
        this.add({
          entityType: "Liaison", action: "CONFIRM", resolution: { status: "EXISTING", key: existing.id, reason: "KEY" }, values: { id: existing.id },
          where: l.where, confidence: 0.85, summary: `${l.kind} ${l.from} → ${l.to}`,
        });
        continue;
      }
      const word = { COLLABORATION: "collab", COOPERATION: "coop", LIAISON_STATEMENT: "ls", LIAISON_RELATIONSHIP: "liaison", REPORTING: "reports-to" }[l.kind];
      const id = this.freshId("Liaison", l.kind === "LIAISON_STATEMENT" ? `${this.docKey}-to-${l.to}` : `${l.from}-${word}-${l.to}`, (x) => this.graph.liaisons.some((g) => g.id === x));
      this.add({
        entityType: "Liaison", action: "CREATE", resolution: { status: "NEW", key: id },
        values: {
          id, kind: l.kind, from: l.from, to: l.to, ...(this.docDate ? { since: this.docDate } : {}),
          ...(l.subject ? { subject: l.addressed && l.addressed !== "to" ? `${l.subject} (${l.addressed})` : l.subject } : {}),
          ...(l.purpose ? { purpose: l.purpose } : {}), ...(l.deadline ? { deadline: l.deadline } : {}),
          document: this.docKey, topics: l.topics,
        },
        where: l.where, confidence: 0.75, summary: `${l.kind.replace("_", " ").toLowerCase()} ${this.orgs.label(l.from)} → ${this.orgs.label(l.to)}`,
      });
    }
  }

  /**
   * A liaison statement is one document: its reference, date and title, not its sender and
   * recipient. A new statement between two bodies is a new statement; it confirms an older one
   * only when it is that statement (this document, or the same subject on the same date).
   * Other kinds of liaison (a standing relationship, a collaboration) are the pair itself.
   */
  private sameStatement(x: GraphSnapshot["liaisons"][number], l: Facts["liaisons"][number]): boolean {
    if (l.kind !== "LIAISON_STATEMENT") return true;
    if (x.document) return x.document === this.docKey;
    return !!x.subject && !!l.subject && compactForm(x.subject) === compactForm(l.subject) && !!x.since && x.since === this.docDate;
  }

  deliverables(facts: Facts) {
    for (const d of facts.deliverables) {
      const existing = this.graph.deliverables.find((x) => sameDeliverable(d.code, x))
        ?? deliverableInContext(d, this.graph.deliverables, this.graph.organizations);
      if (existing) {
        // A status moves forward: an older document calling an approved text a draft is no update.
        const rank = ["PLANNED", "IN_PROGRESS", "AGREED", "CONSENTED", "APPROVED", "PUBLISHED"];
        if (d.statusWord && existing.status && existing.status !== d.status && (d.status === "WITHDRAWN" || rank.indexOf(d.status) > rank.indexOf(existing.status))) {
          this.add({
            entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: existing.id, reason: "CODE" }, values: { id: existing.id, status: d.status },
            diff: [{ field: "status", current: existing.status, proposed: d.status }], where: d.where, confidence: 0.6, summary: `${existing.code}: ${existing.status} → ${d.status}`,
          });
        } else {
          this.add({
            entityType: "Deliverable", action: "CONFIRM", resolution: { status: "EXISTING", key: existing.id, reason: "CODE" }, values: { id: existing.id },
            where: d.where, confidence: 0.85, summary: `${existing.code}`,
          });
        }
        continue;
      }
      if (!d.developedBy) continue;
      const code = canonicalDeliverableCode(d.code);
      const id = this.freshId("Deliverable", code.replace(/\./g, "-"), (x) => this.graph.deliverables.some((g) => g.id === x));
      this.add({
        entityType: "Deliverable", action: "CREATE", resolution: { status: "NEW", key: id },
        values: {
          id, code, title: d.title ?? code, kind: d.kind, status: d.status, developedBy: d.developedBy, topics: d.topics, confidence: d.confidence,
          ...(d.approved ? { approved: d.approved } : {}),
        },
        where: d.where, confidence: d.statusWord ? 0.75 : 0.55, summary: `Deliverable ${code}${d.title ? ` “${d.title}”` : ""} (${d.status.toLowerCase()})`,
      });
    }
  }

  statistics(facts: Facts) {
    for (const s of facts.statistics) {
      const existing = this.graph.statistics.find((x) => x.subject === s.subject && x.measure && compactForm(x.measure).startsWith(compactForm(s.measure)))
        ?? this.graph.statistics.find((x) => x.value === s.value && x.measure && compactForm(x.measure).startsWith(compactForm(s.measure)));
      if (existing) {
        const same = existing.value === s.value;
        this.add({
          entityType: "Statistic", action: same ? "CONFIRM" : "UPDATE", resolution: { status: "EXISTING", key: existing.id, reason: "KEY" },
          values: same ? { id: existing.id } : { id: existing.id, value: s.value }, ...(same ? {} : { diff: [{ field: "value", current: existing.value, proposed: s.value }] }),
          where: s.where, confidence: 0.7, summary: `${s.subject} ${s.measure}: ${s.value}`,
        });
        continue;
      }
      const id = this.freshId("Statistic", `${s.subject}-${s.measure}`, (x) => this.graph.statistics.some((g) => g.id === x));
      this.add({
        entityType: "Statistic", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, subject: s.subject, measure: s.measure, value: s.value, ...(s.asOf ? { asOf: s.asOf } : {}) }, where: s.where, confidence: 0.65,
        summary: `${this.orgs.label(s.subject)}: ${s.value} ${s.measure}`,
      });
    }
  }
}

function ordinalOf(name: string): number | undefined {
  const m = /\b(\d+)(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(name);
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  return ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].indexOf(m[3]!.toLowerCase()) + 1;
}

function sameResolution(a: string, b: string): boolean {
  const na = /Resolution\s+(\d+)/.exec(a)?.[1];
  const nb = /Resolution\s+(\d+)/.exec(b)?.[1];
  const body = (s: string) => (/\bPP\b|Plenipotentiary/.test(s) ? "pp" : /WTSA/.test(s) ? "wtsa" : "");
  return !!na && na === nb && body(a) === body(b);
}

type PersonMatch =
  | { status: "EXISTING"; row: PersonRow; reason: MatchReason }
  | { status: "AMBIGUOUS"; candidates: Candidate[] }
  | { status: "NEW" };

/** A person by e-mail, then by name or any alias (ignoring case, spacing, hyphens and middle initials). */
export function resolvePerson(people: PersonRow[], name: string, printed: string[], email?: string): PersonMatch {
  if (email) {
    const byMail = people.filter((p) => p.email && p.email.toLowerCase() === email.toLowerCase());
    if (byMail.length === 1) return { status: "EXISTING", row: byMail[0]!, reason: "EMAIL" };
  }
  const keys = (s: string) => {
    const plain = s.replace(/\s+/g, " ").replace(/^(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Eng|H\.\s?E)\.?\s+)+/i, "");
    const noInitials = plain.split(/\s+/).filter((w) => !/^\p{L}\.?$/u.test(w)).join(" ");
    return [compactForm(plain), compactForm(noInitials)];
  };
  const wanted = new Set([name, ...printed].flatMap(keys));
  const hits = people
    .map((p) => {
      if (keys(p.name).some((k) => wanted.has(k))) return { p, reason: "NAME" as MatchReason };
      if (p.aliases.some((a) => keys(a).some((k) => wanted.has(k)))) return { p, reason: "ALIAS" as MatchReason };
      return undefined;
    })
    .filter((x): x is { p: PersonRow; reason: MatchReason } => !!x);
  if (hits.length === 1) return { status: "EXISTING", row: hits[0]!.p, reason: hits[0]!.reason };
  if (hits.length > 1) return { status: "AMBIGUOUS", candidates: hits.map((h) => ({ key: h.p.id, label: h.p.name, reason: h.reason })) };
  // The same words in another order or case, or initials for given names ("J. Doe" for "Jane Doe"):
  // one person is likely, not certain; the reviewer is asked rather than a second person made.
  const spellings = [name, ...printed];
  const likely = people.filter((p) => [p.name, ...p.aliases].some((a) => spellings.some((s) => sameNameOrInitials(a, s))));
  if (likely.length > 0) return { status: "AMBIGUOUS", candidates: likely.map((p) => ({ key: p.id, label: p.name, reason: "NAME" as MatchReason })) };
  return { status: "NEW" };
}

export type { ProposalAction, ProposalEntityType, Resolution };
