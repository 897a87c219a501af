import type { SeedData } from "../../src/seed/seed.schema.js";

/**
 * The seed graph's shape, measured from the seed itself: how many entries of each kind, and how
 * many links of each kind an entry has on average. The generator multiplies the counts by the
 * scale factor and keeps the means, so ×k is the seed graph k times over in breadth.
 */
export interface SeedShape {
  counts: Record<keyof SeedData, number>;
  document: { issuedRate: number; citesMean: number };
  organization: { reportsToRate: number; topicsMean: number; closedRate: number };
  person: { affiliationsMean: number; emailRate: number; phoneRate: number };
  role: { endedRate: number };
  liaison: { representativesMean: number; topicsMean: number; documentRate: number; endedRate: number };
  deliverable: { topicsMean: number; basedOnMean: number };
  event: { meetingOfRate: number; organizersMean: number; hostsMean: number; participantsMean: number; collocatedMean: number; topicsMean: number };
}

export function measureShape(seed: SeedData): SeedShape {
  const mean = <T>(items: T[], of: (item: T) => number) => (items.length === 0 ? 0 : items.reduce((sum, item) => sum + of(item), 0) / items.length);
  const rate = <T>(items: T[], test: (item: T) => boolean) => mean(items, (item) => (test(item) ? 1 : 0));
  return {
    counts: Object.fromEntries(Object.entries(seed).map(([kind, entries]) => [kind, (entries as unknown[]).length])) as SeedShape["counts"],
    document: { issuedRate: rate(seed.documents, (d) => !!d.issuer), citesMean: mean(seed.documents, (d) => d.cites.length) },
    organization: {
      reportsToRate: rate(seed.organizations, (o) => !!o.reportsTo),
      topicsMean: mean(seed.organizations, (o) => new Set(o.topics.map((t) => t.topic)).size),
      closedRate: rate(seed.organizations, (o) => o.status === "CLOSED"),
    },
    person: {
      affiliationsMean: mean(seed.people, (p) => p.affiliations.length),
      emailRate: rate(seed.people, (p) => !!p.email),
      phoneRate: rate(seed.people, (p) => !!p.phone),
    },
    role: { endedRate: rate(seed.roles, (r) => !!r.until) },
    liaison: {
      representativesMean: mean(seed.liaisons, (l) => l.representatives.length),
      topicsMean: mean(seed.liaisons, (l) => l.topics.length),
      documentRate: rate(seed.liaisons, (l) => !!l.document),
      endedRate: rate(seed.liaisons, (l) => !!l.until),
    },
    deliverable: { topicsMean: mean(seed.deliverables, (d) => d.topics.length), basedOnMean: mean(seed.deliverables, (d) => d.basedOn.length) },
    event: {
      meetingOfRate: rate(seed.events, (e) => !!e.meetingOf),
      organizersMean: mean(seed.events, (e) => e.organizers.length),
      hostsMean: mean(seed.events, (e) => e.hosts.length),
      participantsMean: mean(seed.events, (e) => e.participants.length),
      collocatedMean: mean(seed.events, (e) => e.collocatedWith.length),
      topicsMean: mean(seed.events, (e) => e.topics.length),
    },
  };
}
