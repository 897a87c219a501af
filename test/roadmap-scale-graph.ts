/**
 * A large roadmap of the test's own: about a thousand deliverables of varied reference families,
 * numbered the way each family numbers its series, under a body with groups and sub-groups, plus
 * meetings. Deterministic (a seeded generator), so counts are known. Each deliverable records the
 * series a person would put it in, written here from the family's numbering, not from the
 * product's rules, so the test checks the rules against an independent answer.
 */

export interface ScaleDeliverable {
  id: string;
  code: string;
  title: string;
  status: "PLANNED" | "IN_PROGRESS" | "PUBLISHED";
  /** A published date or a target, "YYYY-MM-DD". */
  date: string;
  body: string;
  topic: string;
  /** The series a person would group it in. */
  series: string;
}

export interface ScaleMeeting {
  id: string;
  name: string;
  date: string;
  body: string;
}

export interface ScaleGraph {
  root: string;
  /** Body id → its parent's id (the root has none). */
  bodies: Array<{ id: string; name: string; acronym: string; parent: string | null }>;
  topics: Array<{ id: string; name: string }>;
  deliverables: ScaleDeliverable[];
  meetings: ScaleMeeting[];
}

/** mulberry32: a small seeded generator, enough for varied yet repeatable data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Families of references: how one series is named and how its members are numbered. */
const FAMILIES: Array<{ series(n: number): string; member(n: number, i: number): string; base: number }> = [
  // Joint ISO/IEC numbers with parts: 31001-1, 31001-2, …; series ISO/IEC 31001.
  { base: 31000, series: (n) => `ISO/IEC ${n}`, member: (n, i) => (i % 7 === 3 ? `ISO/IEC TR ${n}-${i + 1}` : `ISO/IEC ${n}-${i + 1}`) },
  // ITU recommendations in runs of ten: Z.5010 … Z.5019 are ITU-T Z.501x.
  { base: 501, series: (n) => `ITU-T Z.${n}x`, member: (n, i) => `ITU-T Z.${n}${i % 10}${i >= 10 ? `.${i - 9}` : ""}` },
  // IEEE base numbers with sub-numbers and projects: P4100.3, 4100.1; series IEEE 4100.
  { base: 4100, series: (n) => `IEEE ${n}`, member: (n, i) => (i % 2 ? `IEEE P${n}.${i + 1}` : `IEEE ${n}.${i + 1}`) },
  // ETSI industry groups: ETSI GS QXR 001, ETSI GR QXR 002; series ETSI QXR (group names made up).
  { base: 0, series: (n) => `ETSI Q${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + ((n * 7) % 26))}`, member: (n, i) => `ETSI ${i % 3 ? "GS" : "GR"} Q${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + ((n * 7) % 26))} ${String(i + 1).padStart(3, "0")}` },
  // W3C specifications and their modules: W3C spatialweb, W3C spatialweb-anchors-2.
  { base: 0, series: (n) => `W3C spatial${n}`, member: (n, i) => (i === 0 ? `W3C spatial${n}` : `W3C spatial${n}-module-${i}`) },
];

const TITLE_WORDS = ["Immersive", "haptic", "scene", "description", "avatar", "interchange", "point cloud", "coding", "spatial", "anchors", "digital twin", "framework"];

export function generateScaleGraph(options: { deliverables: number; seed: number; prefix: string }): ScaleGraph {
  const next = random(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const p = options.prefix;
  const root = `${p}-root`;
  const bodies: ScaleGraph["bodies"] = [{ id: root, name: `Scale Standards Body ${p}`, acronym: `SSB-${p}`, parent: null }];
  for (let g = 1; g <= 3; g++) {
    bodies.push({ id: `${p}-g${g}`, name: `Scale group ${g} of ${p}`, acronym: `SG ${g}-${p}`, parent: root });
    for (let s = 1; s <= 2; s++) bodies.push({ id: `${p}-g${g}-w${s}`, name: `Scale working group ${g}.${s} of ${p}`, acronym: `WG ${g}.${s}-${p}`, parent: `${p}-g${g}` });
  }
  const topics = [1, 2, 3].map((t) => ({ id: `${p}-topic-${t}`, name: `Scale topic ${t} of ${p}` }));
  const working = bodies.filter((b) => b.parent !== null);

  const deliverables: ScaleDeliverable[] = [];
  const used = new Set<string>();
  let familyIndex = 0;
  while (deliverables.length < options.deliverables) {
    const family = FAMILIES[familyIndex % FAMILIES.length]!;
    const n = family.base + Math.floor(familyIndex / FAMILIES.length) + 1;
    familyIndex += 1;
    // Series of 1 to 17 members: many small ones, a few large, as catalogues have.
    const size = Math.min(options.deliverables - deliverables.length, next() < 0.5 ? 1 + Math.floor(next() * 3) : 4 + Math.floor(next() * 14));
    const body = pick(working).id;
    for (let i = 0; i < size; i++) {
      const code = family.member(n, i);
      if (used.has(code)) continue;
      used.add(code);
      const year = 2021 + Math.floor(next() * 8);
      const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
      const status = year >= 2026 ? pick(["PLANNED", "IN_PROGRESS"] as const) : "PUBLISHED";
      deliverables.push({
        id: `${p}-d${deliverables.length + 1}`,
        code,
        title: `${pick(TITLE_WORDS)} ${pick(TITLE_WORDS)} — part ${i + 1}`,
        status,
        date: `${year}-${month}-01`,
        body: next() < 0.8 ? body : pick(working).id,
        topic: pick(topics).id,
        series: family.series(n),
      });
    }
  }
  const meetings: ScaleMeeting[] = [];
  for (let m = 1; m <= 24; m++) {
    const body = pick(working);
    meetings.push({ id: `${p}-m${m}`, name: `Scale meeting ${m} of ${body.acronym}`, date: `${2022 + (m % 6)}-${String(1 + (m % 12)).padStart(2, "0")}-15`, body: body.id });
  }
  return { root, bodies, topics, deliverables, meetings };
}

/** The statement that writes the graph, every fact citing the test's own document. */
export const WRITE_SCALE_GRAPH = /* cypher */ `
CREATE (doc:Document {id: $doc, kind: 'WEB_PAGE', reference: 'scale', title: 'A generated roadmap', sources: [$doc]})
WITH doc
UNWIND $bodies AS b
CREATE (:Organization {id: b.id, name: b.name, acronym: b.acronym, kind: 'OTHER', status: 'ACTIVE', aliases: [], sources: [$doc]})
WITH count(*) AS made
UNWIND [b IN $bodies WHERE b.parent IS NOT NULL] AS b
MATCH (child:Organization {id: b.id}), (parent:Organization {id: b.parent})
CREATE (child)-[:PART_OF {sources: [$doc]}]->(parent)
WITH count(*) AS linked
UNWIND $topics AS t
CREATE (:Topic {id: t.id, name: t.name, aliases: [], sources: [$doc]})
WITH count(*) AS topics
UNWIND $deliverables AS d
MATCH (body:Organization {id: d.body}), (topic:Topic {id: d.topic})
CREATE (x:Deliverable {id: d.id, code: d.code, title: d.title, kind: 'STANDARD', status: d.status, aliases: [], sources: [$doc]})
SET x += CASE d.status WHEN 'PUBLISHED' THEN {published: d.date, publishedDate: date(d.date)} ELSE {target: d.date, targetDate: date(d.date)} END
CREATE (x)-[:DEVELOPED_BY {sources: [$doc]}]->(body)
CREATE (x)-[:ADDRESSES {sources: [$doc]}]->(topic)
WITH count(*) AS deliverables
UNWIND $meetings AS m
MATCH (body:Organization {id: m.body})
CREATE (e:Event {id: m.id, name: m.name, kind: 'MEETING', start: m.date, startDate: date(m.date), end: m.date, endDate: date(m.date), sources: [$doc]})
CREATE (e)-[:MEETING_OF {sources: [$doc]}]->(body)`;
