import { defaultSeedDir, readSeed } from "../../src/seed/validate.js";
import type {
  DeadlineEntry, DeliverableEntry, DocumentEntry, EventEntry, LiaisonEntry, OrganizationEntry, PersonEntry, RoleEntry, SeedData,
  StatisticEntry, TopicEntry,
} from "../../src/seed/seed.schema.js";
import { topicOf as addressedTopicId } from "../../src/seed/seed.schema.js";
import type { Probes } from "../mix.js";
import { Random } from "./random.js";
import { measureShape, type SeedShape } from "./shape.js";

/**
 * A synthetic graph with the seed graph's shape, `scale` times its size, the same for the same
 * seed number. Bodies come in families of 16, like a standards organization with its study
 * groups and their questions plus a few independent bodies around it: a root, four sub-groups
 * (in family 0, one of them is the coordinating body, "us"), six groups under those, and five
 * bodies of their own. Every other kind of entry is spread over the families in blocks, links
 * mostly stay within a family (its topics, documents, people) and some cross to others, as
 * liaisons and participations do. Every entry cites a document of its family.
 *
 * The answer to each coordination question stays about the same size as the graph grows (a
 * topic has a handful of bodies at any scale), which is what an analyst sees: more bodies in
 * the world, not more on one topic.
 */
export interface SyntheticGraph {
  data: SeedData;
  probes: Probes;
}

const FAMILY_SIZE = 16;
/** The day the coordination questions are asked on, fixed so answers do not depend on the clock. */
const AS_OF = "2026-06-30";
const HOME_LIAISONS = 12;

const rootKinds = ["SDO", "UN_AGENCY", "SECTOR", "INDUSTRY_FORUM", "JOINT_TECHNICAL_COMMITTEE"] as const;
const groupKinds = ["STUDY_GROUP", "SUBCOMMITTEE", "TECHNICAL_COMMITTEE", "FOCUS_GROUP", "STANDARDS_COMMITTEE"] as const;
const subGroupKinds = ["QUESTION", "WORKING_GROUP", "TASK_GROUP"] as const;
const independentKinds = ["CONSORTIUM", "COMPANY", "COMMUNITY_GROUP", "RESEARCH_INSTITUTE", "OPEN_SOURCE_COMMUNITY"] as const;
const kindWords: Record<string, string> = {
  SDO: "Standards Organization", UN_AGENCY: "Agency", SECTOR: "Sector", INDUSTRY_FORUM: "Forum", JOINT_TECHNICAL_COMMITTEE: "Joint Technical Committee",
  STUDY_GROUP: "Study Group", SUBCOMMITTEE: "Subcommittee", TECHNICAL_COMMITTEE: "Technical Committee", FOCUS_GROUP: "Focus Group",
  STANDARDS_COMMITTEE: "Standards Committee", QUESTION: "Question", WORKING_GROUP: "Working Group", TASK_GROUP: "Task Group",
  CONSORTIUM: "Consortium", COMPANY: "Labs", COMMUNITY_GROUP: "Community Group", RESEARCH_INSTITUTE: "Institute",
  OPEN_SOURCE_COMMUNITY: "Open Source Project", JOINT_COORDINATION_ACTIVITY: "Joint Coordination Activity",
};
const familyWords = ["Orion", "Lyra", "Vega", "Altair", "Cygnus", "Draco", "Hydra", "Perseus", "Carina", "Pavo", "Corvus", "Aquila"];
const subjects = [
  "privacy", "identity", "interoperability", "avatars", "digital twins", "haptics", "spatial audio", "rendering", "accessibility",
  "security", "trust", "payments", "virtual economies", "content formats", "networking", "edge computing", "sensors", "safety",
  "ethics", "governance", "metaverse", "extended reality", "3D assets", "geospatial data", "provenance",
];
const settings = ["virtual worlds", "industrial metaverse", "smart cities", "immersive education", "health care", "gaming", "mobility", "culture"];
const firstNames = ["Ana", "Bo", "Chen", "Dara", "Emre", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kemi", "Lena", "Mateo", "Nia", "Omar", "Priya"];
const lastNames = ["Alves", "Berg", "Costa", "Dubois", "Eze", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kim", "Lopez", "Mensah", "Novak"];
const timezones = ["Europe/Zurich", "Asia/Seoul", "America/New_York", "Asia/Tokyo"];
const countries = ["CH", "KR", "US", "JP", "DE", "FR", "CN", "BR", "IN", "GB"];

export function generateGraph(scale: number, seedNumber = 1, shape: SeedShape = measureShape(readSeed(defaultSeedDir))): SyntheticGraph {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number from 1, got ${scale}`);
  const random = new Random(seedNumber);
  const count = (kind: keyof SeedData) => Math.round(shape.counts[kind] * scale);
  const families = Math.max(2, Math.round(count("organizations") / FAMILY_SIZE));
  /** The entries of a kind that belong to family f: a contiguous block of indexes. */
  const block = (total: number, f: number): [number, number] => [Math.floor((f * total) / families), Math.floor(((f + 1) * total) / families)];
  const inBlock = (total: number, f: number): number => {
    const [start, end] = block(total, f);
    return end > start ? random.int(start, end - 1) : random.int(0, total - 1);
  };
  const familyOf = (total: number, index: number) => Math.min(families - 1, Math.floor((index * families) / total));
  const otherFamily = (f: number) => (f + random.int(1, families - 1)) % families;

  const n = {
    documents: count("documents"), organizations: families * FAMILY_SIZE, people: count("people"), roles: count("roles"),
    liaisons: count("liaisons"), topics: count("topics"), deliverables: count("deliverables"), events: count("events"),
    deadlines: count("deadlines"), statistics: count("statistics"),
  };
  const documentId = (i: number) => `doc-${i}`;
  const orgId = (f: number, position: number) => `org-${f}-${position}`;
  const topicId = (i: number) => `topic-${i}`;
  const personId = (i: number) => `person-${i}`;
  const sourceOf = (f: number) => [documentId(inBlock(n.documents, f))];
  /** A body of family f, any position. */
  const memberOf = (f: number) => orgId(f, random.int(0, FAMILY_SIZE - 1));
  /** A body of family f that does standards work (not a root nor an independent body). */
  const groupOf = (f: number) => orgId(f, random.int(1, 10));
  const topicOf = (f: number) => topicId(random.chance(0.8) ? inBlock(n.topics, f) : random.int(0, n.topics - 1));
  const topicsOf = (f: number, mean: number) => [...new Set(Array.from({ length: random.count(mean) }, () => topicOf(f)))];
  const home = orgId(0, 4);

  // Topics: one tree; each family's block hangs under topic 0, its first topic above the rest.
  const topics: TopicEntry[] = Array.from({ length: n.topics }, (_, i) => {
    const f = familyOf(n.topics, i);
    const [first] = block(n.topics, f);
    const subject = subjects[i % subjects.length]!;
    return {
      id: topicId(i), name: i === 0 ? "Metaverse" : `${capitalize(subject)} for ${settings[(i >> 3) % settings.length]} (${i})`, aliases: [], related: [],
      ...(i === 0 ? {} : { broader: topicId(i === first ? 0 : random.chance(0.6) ? first : random.int(first, i - 1)) }),
      sources: sourceOf(f),
    };
  });

  const documents: DocumentEntry[] = Array.from({ length: n.documents }, (_, i) => {
    const f = familyOf(n.documents, i);
    const [first] = block(n.documents, f);
    const cites = Array.from({ length: random.count(shape.document.citesMean) }, () => (i > first ? documentId(random.int(first, i - 1)) : undefined))
      .filter((id): id is string => id !== undefined);
    return {
      id: documentId(i), kind: random.pick(["CIRCULAR", "LIAISON_STATEMENT", "REPORT", "TERMS_OF_REFERENCE", "WEB_PAGE"] as const),
      reference: `${familyWords[f % familyWords.length]}-${f}/DOC/${i}`, title: `Document ${i} of family ${f}`, date: random.date(2015, 2026),
      ...(random.chance(shape.document.issuedRate) ? { issuer: memberOf(f) } : {}), cites: [...new Set(cites)], signedBy: [], sources: [documentId(i)],
    };
  });

  const organizations: OrganizationEntry[] = [];
  for (let f = 0; f < families; f++) {
    const family = `${familyWords[f % familyWords.length]}-${f}`;
    for (let position = 0; position < FAMILY_SIZE; position++) {
      const kind = f === 0 && position === 4 ? "JOINT_COORDINATION_ACTIVITY"
        : position === 0 ? random.pick(rootKinds) : position <= 4 ? random.pick(groupKinds) : position <= 10 ? random.pick(subGroupKinds) : random.pick(independentKinds);
      const partOf = position === 0 || position > 10 ? undefined : position <= 4 ? orgId(f, 0) : orgId(f, 1 + ((position - 5) % 4));
      const closed = random.chance(shape.organization.closedRate);
      const established = random.date(2000, 2024);
      organizations.push({
        id: orgId(f, position), name: `${family} ${kindWords[kind]} ${position}`, acronym: `${family.slice(0, 2).toUpperCase()}${f}-${kind.slice(0, 2)}${position}`,
        // One alias each (no random draw, so the rest of the graph stays as the seed number makes it).
        kind, aliases: [aliasOf(f, position)], formerNames: [], operatesUnder: [], establishedBy: [], country: random.pick(countries), status: closed ? "CLOSED" : "ACTIVE", established,
        ...(closed ? { closed: `${Number(established.slice(0, 4)) + 1}-12-31` } : {}),
        ...(partOf ? { partOf } : {}),
        ...(position > 0 && position <= 4 && random.chance(shape.organization.reportsToRate * 4) ? { reportsTo: orgId(f, 0) } : {}),
        mailbox: `${family.toLowerCase()}-${position}@example.org`,
        topics: topicsOf(f, shape.organization.topicsMean).map((topic) => ({ topic, evidence: `${family} ${kindWords[kind]} ${position} works on it`, sources: sourceOf(f) })),
        sources: sourceOf(f),
      });
    }
  }

  const people: PersonEntry[] = Array.from({ length: n.people }, (_, i) => {
    const f = familyOf(n.people, i);
    const name = `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]} ${i}`;
    return {
      id: personId(i), name, aliases: [], country: random.pick(countries),
      ...(random.chance(shape.person.emailRate) ? { email: `person${i}@example.org` } : {}),
      ...(random.chance(shape.person.phoneRate) ? { phone: `+41 22 730 ${String(1000 + (i % 9000))}` } : {}),
      affiliations: Array.from({ length: random.count(shape.person.affiliationsMean) }, () => ({ organization: memberOf(f), since: random.date(2010, 2020) })),
      sources: sourceOf(f),
    };
  });

  const roles: RoleEntry[] = Array.from({ length: n.roles }, (_, i) => {
    const person = i % n.people;
    const f = familyOf(n.people, person);
    const since = random.date(2016, 2025);
    const ended = random.chance(shape.role.endedRate);
    return {
      id: `role-${i}`, person: personId(person), organization: groupOf(f),
      role: random.pick(["CHAIR", "VICE_CHAIR", "CONTACT_PERSON", "LIAISON_REPRESENTATIVE", "RAPPORTEUR", "EDITOR", "CONVENOR"] as const),
      since, ...(ended ? { until: `${Number(since.slice(0, 4)) + random.int(1, 3)}-01-01` } : {}), sources: sourceOf(f),
    };
  });

  const deliverables: DeliverableEntry[] = Array.from({ length: n.deliverables }, (_, i) => {
    const f = familyOf(n.deliverables, i);
    const status = random.pick(["PLANNED", "IN_PROGRESS", "IN_PROGRESS", "APPROVED", "PUBLISHED", "PUBLISHED"] as const);
    const done = status === "APPROVED" || status === "PUBLISHED";
    return {
      id: `deliverable-${i}`, code: `${familyWords[f % familyWords.length]!.slice(0, 1)}${f}.${i}`, title: `${capitalize(random.pick(subjects))} in ${random.pick(settings)}: deliverable ${i}`,
      kind: random.pick(["RECOMMENDATION", "TECHNICAL_REPORT", "TECHNICAL_SPECIFICATION", "STANDARD"] as const), status, developedBy: groupOf(f), aliases: [],
      ...(done ? { approved: random.date(2016, 2026) } : { target: random.date(2025, 2029) }),
      topics: topicsOf(f, shape.deliverable.topicsMean), basedOn: [], confidence: "confirmed", sources: sourceOf(f),
    };
  });

  // The probe topic: the one of family 0 with the most bodies on it (directly or by deliverable).
  const workers = new Map<string, Set<string>>();
  const addWorker = (topic: string, org: string) => workers.set(topic, (workers.get(topic) ?? new Set()).add(org));
  for (const o of organizations) for (const t of o.topics) addWorker(t.topic, o.id);
  for (const d of deliverables) for (const t of d.topics) addWorker(addressedTopicId(t), d.developedBy);
  const [firstTopic, endTopic] = block(n.topics, 0);
  let probeTopic = topicId(Math.max(1, firstTopic));
  for (let i = Math.max(1, firstTopic); i < endTopic; i++) {
    if ((workers.get(topicId(i))?.size ?? 0) > (workers.get(probeTopic)?.size ?? 0)) probeTopic = topicId(i);
  }

  // Liaisons: ours first (with a root of family 1, so connection() has a path, and with every
  // other body on the probe topic, so it has both partners and gaps), then the rest at random.
  const homePartners = [orgId(1, 0), ...[...(workers.get(probeTopic) ?? [])].filter((org) => org !== home).filter((_, i) => i % 2 === 0)];
  while (homePartners.length < HOME_LIAISONS) homePartners.push(memberOf(otherFamily(0)));
  const liaisons: LiaisonEntry[] = Array.from({ length: n.liaisons }, (_, i) => {
    const f = i < HOME_LIAISONS ? 0 : familyOf(n.liaisons, i);
    const from = i < HOME_LIAISONS ? home : random.chance(0.5) ? orgId(f, random.int(0, 4)) : memberOf(f);
    let to = i < HOME_LIAISONS ? homePartners[i]! : random.chance(0.6) ? memberOf(otherFamily(f)) : memberOf(f);
    if (to === from) to = orgId(otherFamily(f), 0);
    const since = random.date(2012, 2025);
    const ended = i >= HOME_LIAISONS && random.chance(shape.liaison.endedRate);
    return {
      id: `liaison-${i}`, kind: random.pick(["COOPERATION", "LIAISON_RELATIONSHIP", "LIAISON_STATEMENT", "COLLABORATION"] as const), from, to, since,
      ...(ended ? { until: `${Number(since.slice(0, 4)) + random.int(1, 3)}-01-01` } : {}),
      subject: `Cooperation ${i} on ${random.pick(subjects)}`,
      ...(random.chance(shape.liaison.documentRate) ? { document: documentId(inBlock(n.documents, f)) } : {}),
      representatives: [...new Set(Array.from({ length: random.count(shape.liaison.representativesMean) }, () => personId(inBlock(n.people, f))))],
      topics: topicsOf(f, shape.liaison.topicsMean), sources: sourceOf(f),
    };
  });

  const events: EventEntry[] = Array.from({ length: n.events }, (_, i) => {
    const f = familyOf(n.events, i);
    const startDate = random.date(2022, 2028);
    const timed = random.chance(0.4);
    const [first] = block(n.events, f);
    return {
      id: `event-${i}`, name: `${familyWords[f % familyWords.length]}-${f} meeting ${i}`, kind: random.pick(["MEETING", "MEETING", "WORKSHOP", "FORUM"] as const),
      startDate, endDate: addDays(startDate, random.int(0, 4)),
      ...(timed ? { startTime: "09:30", endTime: "17:30", timezone: random.pick(timezones) } : {}),
      city: random.pick(["Geneva", "Seoul", "New York", "Tokyo", "Berlin"]),
      ...(random.chance(shape.event.meetingOfRate) ? { meetingOf: groupOf(f) } : {}),
      organizers: unique(random.count(shape.event.organizersMean), () => memberOf(f)),
      hosts: unique(random.count(shape.event.hostsMean), () => memberOf(otherFamily(f))),
      participants: unique(random.count(shape.event.participantsMean), () => (random.chance(0.5) ? memberOf(f) : memberOf(otherFamily(f)))),
      collocatedWith: i > first ? unique(random.count(shape.event.collocatedMean), () => `event-${random.int(first, i - 1)}`) : [],
      topics: topicsOf(f, shape.event.topicsMean), sources: sourceOf(f),
    };
  });

  const deadlines: DeadlineEntry[] = Array.from({ length: n.deadlines }, (_, i) => {
    const event = events[Math.floor((i * n.events) / Math.max(1, n.deadlines))]!;
    return {
      id: `deadline-${i}`, event: event.id, kind: random.pick(["CONTRIBUTION", "REGISTRATION"] as const), due: addDays(event.startDate, -random.int(10, 40)),
      description: `Deadline ${i} for ${event.name}`, sources: event.sources,
    };
  });

  const statistics: StatisticEntry[] = Array.from({ length: n.statistics }, (_, i) => {
    const f = familyOf(n.statistics, i);
    return { id: `statistic-${i}`, subject: orgId(f, 0), measure: "members", value: random.int(5, 500), asOf: random.date(2020, 2026), sources: sourceOf(f) };
  });

  return {
    data: { documents, organizations, people, roles, liaisons, topics, deliverables, events, deadlines, statistics },
    probes: {
      topic: probeTopic, home, far: orgId(1, 5), roadmapOrganization: orgId(0, 0), from: "2026-01-01", to: "2026-12-31", asOf: AS_OF,
      searchText: "privacy", listingKind: "STUDY_GROUP", alias: aliasOf(families - 1, 5), aliasOf: orgId(families - 1, 5),
    },
  };

  /** "OMEGA 7 G5": unique (the family number is in it), and neither the body's name nor its acronym. */
  function aliasOf(f: number, position: number): string {
    return `${familyWords[f % familyWords.length]!.toUpperCase()} ${f} G${position}`;
  }

  function unique(length: number, draw: () => string): string[] {
    return [...new Set(Array.from({ length }, draw))];
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
