import type { OrganizationResolver } from "../import/recognize/organizations.js";
import type { Proposal } from "../import/proposal.js";
import type { CatalogueRef, Refusal } from "./record.js";

/**
 * The plan of a sync: the importer's proposals (src/import/proposal.ts), each citing the
 * catalogue record it comes from (`evidence.locator` is the record's id), plus what a catalogue
 * run reports: refusals, records left alone because they were edited through the API, and counts
 * per catalogue. A pure value: computed from (records, graph index), written nowhere.
 */
export type SyncProposal = Proposal & { catalogue: string };

export interface CatalogueCounts {
  catalogue: string;
  title: string;
  records: number;
  outOfScope: number;
  refused: number;
  created: number;
  matched: number;
  matchedKeys: string[];
  updated: number;
  confirmed: number;
  editions: number;
  committees: number;
  liaisons: number;
  topics: number;
  kept: number;
  leftOut: number;
}

export interface KeptRecord {
  key: string;
  fields: string[];
  record: string;
}

export interface SyncPlan {
  catalogues: CatalogueRef[];
  proposals: SyncProposal[];
  refusals: Refusal[];
  /** Parts of good records left out, each with its reason (not refusals: the record itself goes through). */
  leftOut: Refusal[];
  kept: KeptRecord[];
  counts: CatalogueCounts[];
}

type Draft = Omit<Proposal, "id" | "evidence"> & { where: { locator: string; quote: string } };

export class SyncPlanBuilder {
  readonly proposals: SyncProposal[] = [];
  readonly refusals: Refusal[] = [];
  readonly leftOutParts: Refusal[] = [];
  readonly keptRecords: KeptRecord[] = [];
  private readonly counts = new Map<string, CatalogueCounts>();
  private readonly catalogues = new Map<string, CatalogueRef>();
  private current: CatalogueRef | undefined;
  /** The catalogue of each record that first named a new body (its CREATE cites that record). */
  private readonly locatorCatalogue = new Map<string, CatalogueRef>();

  private count(c: CatalogueRef): CatalogueCounts {
    this.catalogues.set(c.key, c);
    let n = this.counts.get(c.key);
    if (!n) {
      n = { catalogue: c.key, title: c.title, records: 0, outOfScope: 0, refused: 0, created: 0, matched: 0, matchedKeys: [], updated: 0, confirmed: 0, editions: 0, committees: 0, liaisons: 0, topics: 0, kept: 0, leftOut: 0 };
      this.counts.set(c.key, n);
    }
    return n;
  }

  read(c: CatalogueRef, n = 1) { this.count(c).records += n; }
  outOfScope(c: CatalogueRef, n = 1) { this.count(c).outOfScope += n; }
  refuse(c: CatalogueRef, refusal: Refusal) { this.count(c).refused += 1; this.refusals.push(refusal); }
  created(c: CatalogueRef) { this.count(c).created += 1; }
  matched(c: CatalogueRef, key: string) { const n = this.count(c); n.matched += 1; n.matchedKeys.push(key); }
  updated(c: CatalogueRef) { this.count(c).updated += 1; }
  confirmed(c: CatalogueRef) { this.count(c).confirmed += 1; }
  editions(c: CatalogueRef, n: number) { this.count(c).editions += n; }
  committee(c: CatalogueRef) { this.count(c).committees += 1; }
  liaison(c: CatalogueRef) { this.count(c).liaisons += 1; }
  topic(c: CatalogueRef) { this.count(c).topics += 1; }
  leaveOut(c: CatalogueRef, note: Refusal) { this.count(c).leftOut += 1; this.leftOutParts.push(note); }
  kept(c: CatalogueRef, record: KeptRecord) { this.count(c).kept += 1; this.keptRecords.push(record); }

  /** The catalogue the next proposals cite (and of the record at `locator`). */
  group(locator: string, c: CatalogueRef) {
    this.current = c;
    this.count(c);
    if (!this.locatorCatalogue.has(locator)) this.locatorCatalogue.set(locator, c);
  }

  add(draft: Draft, catalogue = this.current): SyncProposal {
    if (!catalogue) throw new Error("a sync proposal without its catalogue");
    const { where, ...rest } = draft;
    const proposal: SyncProposal = { id: `p${this.proposals.length + 1}`, ...rest, evidence: { quote: where.quote, locator: where.locator }, catalogue: catalogue.key };
    this.proposals.push(proposal);
    return proposal;
  }

  /**
   * The plan: the new bodies the resolver proposed come first (parents before children), each
   * citing the record that first named it; every proposal depends on the creates of the keys its
   * values name.
   */
  finish(orgs: OrganizationResolver, bodyFacts: Map<string, Record<string, unknown>> = new Map()): SyncPlan {
    const created = [...orgs.created.values()];
    const depth = (id: string): number => {
      const p = orgs.created.get(id)?.partOf;
      return p && orgs.created.has(p) ? 1 + depth(p) : 0;
    };
    created.sort((a, b) => depth(a.id) - depth(b.id) || a.id.localeCompare(b.id));
    const bodies: SyncProposal[] = created.map((o, i) => {
      const catalogue = this.locatorCatalogue.get(o.locator) ?? [...this.catalogues.values()][0]!;
      this.committee(catalogue);
      return {
        id: `b${i + 1}`, entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: o.id },
        values: {
          id: o.id, name: o.name, ...(o.acronym ? { acronym: o.acronym } : {}), kind: o.kind, aliases: o.aliases, ...(o.partOf ? { partOf: o.partOf } : {}),
          ...(bodyFacts.get(o.id) ?? {}),
        },
        evidence: { quote: o.quote, locator: o.locator }, confidence: 0.8, summary: `New organization ${o.name}${o.partOf ? ` (part of ${o.partOf})` : ""}`, catalogue: catalogue.key,
      };
    });
    const all = [...bodies, ...this.proposals];
    const creators = new Map<string, string>();
    for (const p of all) if (p.action === "CREATE" && p.resolution.key) creators.set(p.resolution.key, p.id);
    for (const p of all) {
      const deps = new Set<string>();
      const visit = (v: unknown) => {
        if (typeof v === "string") {
          const c = creators.get(v);
          if (c && c !== p.id) deps.add(c);
        } else if (Array.isArray(v)) v.forEach(visit);
      };
      for (const [field, value] of Object.entries(p.values)) if (field !== "id" && field !== "aliases" && field !== "name") visit(value);
      if (p.action !== "CREATE" && p.resolution.key) visit(p.resolution.key);
      if (deps.size > 0) p.dependsOn = [...deps];
    }
    return { catalogues: [...this.catalogues.values()], proposals: all, refusals: this.refusals, leftOut: this.leftOutParts, kept: this.keptRecords, counts: [...this.counts.values()] };
  }
}
