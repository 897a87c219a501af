/**
 * The benchmark's floor: each mix query answered by one hand-written Cypher statement sent with
 * neo4j-driver directly (no GraphQL, no HTTP, no DataLoader), returning the same answer in the
 * shape of the GraphQL selection, nested lists built in Cypher. What is left between the product
 * and this floor is the cost of the API layer.
 *
 * The product's answer is the spec (same entities, order, limits and date rules); the statements
 * are written here on their own. `productFingerprint` and `floorFingerprint` reduce both answers
 * to one comparable string.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { toPlain } from "../src/db/plain.js";
import { toLuceneQuery, wordRoots } from "../src/search/search.repository.js";
import type { Probes, QueryName } from "./mix.js";

export interface FloorQuery {
  cypher: string;
  params(p: Probes): Record<string, unknown>;
}

/* Cypher fragments written once; each takes a variable name of our own statements, never input. */

/** How a node is named in a hop's text: acronym, code, name, title or id, as analysts say it. */
const nameOf = (n: string) => `coalesce(${n}.acronym, ${n}.code, ${n}.name, ${n}.title, ${n}.id)`;

/** A role, affiliation or liaison `x` holds on `date`: since and until inclusive, a partial until through its period's last day. */
const holds = (x: string, date = "$asOf") =>
  `((${x}.sinceDate IS NULL OR ${x}.sinceDate <= ${date}) AND (${x}.untilDate IS NULL OR coalesce(${x}.untilLastDate, ${x}.untilDate) >= ${date}))`;

/** A standing liaison `l` holds on $asOf; a liaison statement (a dated message) never does. */
const stands = (l: string) => `(${l}.kind <> 'LIAISON_STATEMENT' AND ${holds(l)})`;

/** Organization `o` exists on $asOf: established by then and not closed (`closed` is its last day; a CLOSED body without a date is closed). */
const existsOn = (o: string) =>
  `((${o}.establishedDate IS NULL OR ${o}.establishedDate <= $asOf) AND (${o}.closedDate IS NULL OR coalesce(${o}.closedLastDate, ${o}.closedDate) >= $asOf)` +
  ` AND NOT (${o}.status = 'CLOSED' AND ${o}.closedDate IS NULL))`;

const sourcesOf = (x: string) => `[s IN coalesce(${x}.sources, []) | {ref: s}]`;

/**
 * The hops of a walk from node `start` along the relationships `rels` (each adjacent to the
 * previous one): "SC 27 -[PART_OF]-> JTC 1" when walked in the stored direction, else "<-[…]-".
 */
const walk = (start: string, rels: string, withSources: boolean) => {
  const hop = (from: string, arrow: string, to: string) =>
    `{text: ${nameOf(from)} + ${arrow} + ${nameOf(to)}${withSources ? `, sources: ${sourcesOf("r")}` : ""}}`;
  return `reduce(w = {at: ${start}, hops: []}, r IN ${rels} |
      CASE WHEN startNode(r) = w.at
        THEN {at: endNode(r), hops: w.hops + [${hop("startNode(r)", "' -[' + type(r) + ']-> '", "endNode(r)")}]}
        ELSE {at: startNode(r), hops: w.hops + [${hop("endNode(r)", "' <-[' + type(r) + ']- '", "startNode(r)")}]}
      END).hops`;
};

/** A liaison `l` as one hop from its end `end` to its other end `partner`; `outgoing` when `end` is its FROM. */
const liaisonHop = (l: string, end: string, partner: string, outgoing: string) =>
  `{text: ${nameOf(end)} + CASE WHEN ${outgoing} THEN ' -[' + ${l}.kind + ']-> ' ELSE ' <-[' + ${l}.kind + ']- ' END + ${nameOf(partner)}}`;

const inheritanceRank = (x: string) => `CASE ${x} WHEN 'DIRECT' THEN 0 WHEN 'VIA_PARENT' THEN 1 ELSE 2 END`;

/**
 * The evidence rows of work on topic $topic or a narrower one (`t` reached by `tp`): a body
 * working on it itself (WORKS_ON), through a deliverable, or through a sub-group doing either;
 * `rels` is the walk from the body to $topic.
 */
const EVIDENCE = /* cypher */ `
MATCH tp = (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})
CALL (t) {
  MATCH (worker:Organization)-[w:WORKS_ON]->(t)
  RETURN worker, 'DIRECT' AS through, null AS deliverable, [w] AS work
  UNION ALL
  MATCH (worker:Organization)<-[dev:DEVELOPED_BY]-(deliverable:Deliverable)-[a:ADDRESSES]->(t)
  RETURN worker, 'DELIVERABLE' AS through, deliverable, [dev, a] AS work
}
CALL (worker) {
  RETURN worker AS body, [] AS up, ${existsOn("worker")} AS live
  UNION ALL
  MATCH p = (worker)-[:PART_OF*1..8]->(body:Organization)
  RETURN body, reverse(relationships(p)) AS up, all(x IN nodes(p) WHERE ${existsOn("x")}) AS live
}`;

/**
 * Evidence ranked per body (own work first, shortest walks first), then bodies ranked (active, most
 * own work, most sub-group work, name). Evidence is live when every body on its walk exists on
 * $asOf, and a body is active when some of its evidence is live; `liveOnly` keeps live evidence only.
 */
const RANKED = (deliverable: string, carry = "", liveOnly = false) => /* cypher */ `
WITH ${carry}body, t, deliverable, live, CASE WHEN size(up) = 0 THEN through ELSE 'SUB_GROUP' END AS through, up + work + relationships(tp) AS rels
ORDER BY CASE through WHEN 'DIRECT' THEN 0 WHEN 'DELIVERABLE' THEN 1 ELSE 2 END, size(rels), t.id, deliverable.id
${liveOnly ? "WHERE live" : ""}
WITH ${carry}body, collect({through: through, deliverable: ${deliverable}, rels: rels, live: live}) AS evidence`;

const RANK_BODIES = /* cypher */ `
WITH body, evidence, any(e IN evidence WHERE e.live) AS active, size([e IN evidence WHERE e.through <> 'SUB_GROUP']) AS ownWork
WITH body, evidence, active, ownWork, size(evidence) - ownWork AS subGroupWork
ORDER BY active DESC, ownWork DESC, subGroupWork DESC, body.name, body.id
WITH collect({body: body, evidence: evidence, active: active, ownWork: ownWork, subGroupWork: subGroupWork}) AS ranked`;

/** whoWorksOn: evidence per body in one pass; our liaisons once; then per listed body its people and which of our liaisons reach it. */
const WHO_WORKS_ON = /* cypher */ `
${EVIDENCE}
${RANKED("deliverable {.code}")}
${RANK_BODIES}
OPTIONAL MATCH (us:Organization {id: $us})
WITH ranked, us, COLLECT {
    MATCH (us)<-[usEnd:FROM|TO]-(l:Liaison)-[:FROM|TO]->(end:Organization)
    WHERE end <> us AND ${stands("l")}
    RETURN {l: l, end: end, outgoing: type(usEnd) = 'TO'} } AS ours
CALL (ranked, us, ours) {
  UNWIND range(0, size(ranked[0..$first]) - 1) AS i
  WITH i, ranked[i] AS row, ranked[i].body AS body
  CALL (body, us, ours) {
    UNWIND ours AS our
    WITH body, us, our.l AS l, our.end AS end, our.outgoing AS outgoing
    CALL (body, end) {
      MATCH up = (body)-[:PART_OF*0..8]->(end)
      RETURN CASE length(up) WHEN 0 THEN 'DIRECT' ELSE 'VIA_PARENT' END AS inheritance, relationships(up) AS lineage
      UNION ALL
      MATCH down = (end)-[:PART_OF*1..8]->(body)
      RETURN 'VIA_SUB_GROUP' AS inheritance, reverse(relationships(down)) AS lineage
    }
    WITH body, us, l, end, outgoing, inheritance, lineage
    ORDER BY ${inheritanceRank("inheritance")}, l.sinceDate, l.id
    RETURN collect({
      inheritance: inheritance, liaison: l {.kind, .since, .until},
      path: ${walk("body", "lineage", false)} + [${liaisonHop("l", "end", "us", "outgoing")}]})[0..50] AS links
  }
  WITH i, row, body, links, COLLECT {
      MATCH (body)<-[r:HOLDS_ROLE]-(p:Person)
      WHERE r.role IN $roles AND ${holds("r")}
      RETURN {role: r.role, title: r.title, person: {name: p.name}} ORDER BY r.role, p.name
    } AS people
  ORDER BY i
  RETURN collect({
    organization: {key: body.id, name: body.name},
    active: row.active, ownWork: row.ownWork, subGroupWork: row.subGroupWork,
    evidence: [e IN row.evidence[0..$evidenceLimit] | {through: e.through, deliverable: e.deliverable, path: ${walk("body", "e.rels", true)}}],
    people: people,
    liaisonStatus: {
      hasLiaison: any(k IN links WHERE k.inheritance <> 'VIA_SUB_GROUP'),
      relationToUs: CASE
        WHEN body = us THEN 'SELF'
        WHEN EXISTS { (body)-[:PART_OF*1..8]->(us) } THEN 'SUB_GROUP_OF_US'
        WHEN EXISTS { (us)-[:PART_OF*1..8]->(body) } THEN 'PARENT_OF_US'
      END,
      links: links}
  }) AS organizations
}
RETURN size(ranked) AS total, organizations`;

/**
 * liaisonGaps: the whoWorksOn evidence that is live (so its body exists on $asOf), kept for bodies that are neither us,
 * part of us, nor a body we are part of, have no liaison holding on $asOf with us (directly or
 * via a body they are part of), and, when us is a coordination body (a JCA), are not part of
 * the sector us is part of (its groups take part in us by its terms of reference). The bodies we
 * are in liaison with, and our sector, are found once, from us. The mix does not ask for
 * `excluded`, so the floor does not name the rule of the bodies left out.
 */
const LIAISON_GAPS = /* cypher */ `
MATCH (us:Organization {id: $of})
WITH us, COLLECT {
    MATCH (us)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(end:Organization)
    WHERE end <> us AND ${stands("l")}
    RETURN end } AS linked,
  CASE WHEN us.kind = 'JOINT_COORDINATION_ACTIVITY'
    THEN [(us)-[:PART_OF*1..8]->(s:Organization {kind: 'SECTOR'}) | s][0] END AS sector
${EVIDENCE}
${RANKED("deliverable {.code, .title}", "us, linked, sector, ", true)}
WHERE NOT EXISTS { (body)-[:PART_OF*0..8]->(us) }
  AND NOT EXISTS { (us)-[:PART_OF*1..8]->(body) }
  AND NOT EXISTS { MATCH (body)-[:PART_OF*0..8]->(above:Organization) WHERE above IN linked }
  AND NOT (sector IS NOT NULL AND EXISTS { (body)-[:PART_OF*1..8]->(sector) })
${RANK_BODIES}
CALL (ranked) {
  UNWIND range(0, size(ranked[0..$first]) - 1) AS i
  WITH i, ranked[i] AS row, ranked[i].body AS body
  WITH i, row, body, COLLECT {
      MATCH (body)<-[r:HOLDS_ROLE]-(p:Person)
      WHERE r.role IN $roles AND ${holds("r")}
      RETURN {role: r.role, person: {name: p.name}} ORDER BY r.role, p.name
    } AS people
  ORDER BY i
  RETURN collect({
    organization: {key: body.id, name: body.name},
    ownWork: row.ownWork,
    evidence: [e IN row.evidence[0..$evidenceLimit] | {through: e.through, deliverable: e.deliverable, path: ${walk("body", "e.rels", true)}}],
    people: people
  }) AS organizations
}
RETURN size(ranked) AS total, organizations`;

/**
 * liaisons: those $of is an end of, those of the bodies it is part of, those of its sub-groups;
 * each with its walk. None when $of does not exist on $asOf (closed, or not yet established); a
 * body is never its own partner.
 */
const LIAISONS = /* cypher */ `
MATCH (of:Organization {id: $of})
WHERE ${existsOn("of")}
CALL (of) {
  MATCH up = (of)-[:PART_OF*0..8]->(end:Organization)
  RETURN end, CASE length(up) WHEN 0 THEN 'DIRECT' ELSE 'VIA_PARENT' END AS inheritance, relationships(up) AS lineage
  UNION ALL
  MATCH down = (of)<-[:PART_OF*1..8]-(end:Organization)
  RETURN end, 'VIA_SUB_GROUP' AS inheritance, relationships(down) AS lineage
}
MATCH (end)<-[endRel:FROM|TO]-(l:Liaison)-[:FROM|TO]->(partner:Organization)
WHERE partner <> end AND partner <> of AND ${stands("l")}
WITH of, l, end, partner, inheritance, lineage, type(endRel) = 'FROM' AS outgoing
ORDER BY ${inheritanceRank("inheritance")}, l.sinceDate, l.id
WITH collect({of: of, l: l, end: end, partner: partner, inheritance: inheritance, lineage: lineage, outgoing: outgoing}) AS found
RETURN size(found) AS total, [k IN found[0..$first] | {
  inheritance: k.inheritance,
  direction: CASE WHEN k.outgoing THEN 'OUTGOING' ELSE 'INCOMING' END,
  partner: {key: k.partner.id, name: k.partner.name},
  liaison: {kind: k.l.kind, since: k.l.since, subject: k.l.subject, sources: ${sourcesOf("k.l")}},
  path: ${walk("k.of", "k.lineage", false)} + [${liaisonHop("k.l", "k.end", "k.partner", "k.outgoing")}]
}] AS links`;

/**
 * overlaps: per topic under $topic, the (at most $maxBodies most active) bodies existing on
 * $asOf that work on it; the pairs of them neither part of the other nor in liaison on $asOf
 * (directly or through bodies they are part of), nor of one organization (the tops of their
 * PART_OF chains differ: the product's default, withinOrganization false). Per body, the bodies
 * above it, its tops and the far ends of the liaisons reaching it are gathered once, so each pair
 * is a list test.
 */
const OVERLAPS = /* cypher */ `
MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})
CALL (t) {
  MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o
  UNION ALL
  MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o
}
WITH t, o, count(*) AS work
WHERE ${existsOn("o")}
ORDER BY work DESC, o.id
WITH t, collect(o)[0..$maxBodies] AS bodies
WHERE size(bodies) >= $minBodies
WITH t, [o IN bodies | {
    o: o,
    above: [(o)-[:PART_OF*0..8]->(x:Organization) | x],
    tops: [(o)-[:PART_OF*0..8]->(x:Organization) WHERE NOT EXISTS { (x)-[:PART_OF]->(:Organization) } | x],
    partners: [(o)-[:PART_OF*0..8]->(:Organization)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(y:Organization) WHERE ${stands("l")} | y]
  }] AS sides
WITH t, reduce(pairs = [], i IN range(0, size(sides) - 2) | pairs + [j IN range(i + 1, size(sides) - 1)
    WHERE NOT sides[i].o IN sides[j].above AND NOT sides[j].o IN sides[i].above
      AND none(x IN sides[j].above WHERE x IN sides[i].partners)
      AND none(x IN sides[j].tops WHERE x IN sides[i].tops)
    | [sides[i].o, sides[j].o]]) AS pairs
WITH t, pairs, reduce(acc = [], p IN pairs | acc + [x IN p WHERE NOT x IN acc]) AS involved
WHERE size(involved) >= $minBodies
WITH t, pairs, [o IN involved | {
    organization: {key: o.id},
    deliverables: COLLECT { MATCH (o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) RETURN d {.code, .title, .status} ORDER BY d.code }
  }] AS deliverables
WITH t, pairs, deliverables, reduce(n = 0, s IN deliverables | n + size(s.deliverables)) AS competing
ORDER BY size(pairs) DESC, competing DESC, t.name
WITH collect({
  topic: {key: t.id, name: t.name},
  unlinkedPairs: [p IN pairs | {a: {key: p[0].id}, b: {key: p[1].id}}],
  competingDeliverables: competing,
  deliverables: deliverables}) AS overlaps
RETURN size(overlaps) AS total, overlaps[0..$first] AS overlaps`;

/** Structural links (parent bodies, reporting lines, liaisons, people's roles), then shared topics. */
const STRUCTURAL_TYPES = "PART_OF|REPORTS_TO|FROM|TO|HOLDS_ROLE|AFFILIATED_WITH|REPRESENTED_BY";
const CONNECTION_TYPES = `${STRUCTURAL_TYPES}|WORKS_ON`;
/** Relationship j of a path is the second half of a liaison record walked through (…<-[:FROM|TO]-(:Liaison)-[:FROM|TO]->…). */
const liaisonPair = (j: string) => `('Liaison' IN labels(n[${j}]) AND type(r[${j} - 1]) IN ['FROM', 'TO'] AND type(r[${j}]) IN ['FROM', 'TO'])`;

/** Paths each search enumerates at most (the product's CAP; SHORTEST takes no parameter). */
const PATH_CAP = 100;

/**
 * connection: every distinct structural path (SHORTEST k, k = PATH_CAP, up to 2 × $maxHops
 * relationships: a liaison record is two relationships but one hop) and the shortest paths over
 * every link (at most PATH_CAP), those visiting no node twice, once each; as hops, those within
 * $maxHops; structural paths first, then fewer hops, then stronger evidence (the sources of the
 * least-sourced hop, then all distinct sources), then by text; the first $first of them.
 */
const CONNECTION = /* cypher */ `
CALL () {
  MATCH (a:Organization {id: $from}) RETURN a
  UNION
  MATCH (a:Person {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Organization {id: $to}) RETURN b
  UNION
  MATCH (b:Person {id: $to}) RETURN b
}
CALL (a, b) {
  CALL (a, b) {
    MATCH p = SHORTEST ${PATH_CAP} (a)(()-[:${STRUCTURAL_TYPES}]-()){1,8}(b)
    RETURN p
    UNION
    // The product's allShortestPaths, which one statement cannot mix with SHORTEST k.
    MATCH p = ALL SHORTEST (a)(()-[:${CONNECTION_TYPES}]-()){1,8}(b)
    WITH p LIMIT ${PATH_CAP}
    RETURN p
  }
  WITH p WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  // One path per sequence of relationships as the product tells them apart.
  WITH [x IN relationships(p) | [type(x), startNode(x).id, endNode(x).id, x.id]] AS key, head(collect(p)) AS p
  WITH nodes(p) AS n, relationships(p) AS r
  WITH any(x IN r WHERE type(x) = 'WORKS_ON') AS topical, [j IN range(0, size(r) - 1) WHERE NOT (j > 0 AND ${liaisonPair("j")}) |
    CASE WHEN j + 1 < size(r) AND ${liaisonPair("j + 1")}
    THEN {
      relation: n[j + 1].kind,
      text: ${nameOf("n[j]")} + CASE WHEN type(r[j]) = 'FROM' THEN ' -[' + n[j + 1].kind + ']-> ' ELSE ' <-[' + n[j + 1].kind + ']- ' END + ${nameOf("n[j + 2]")},
      detail: n[j + 1].subject,
      sources: ${sourcesOf("n[j + 1]")}}
    ELSE {
      relation: type(r[j]),
      text: ${nameOf("n[j]")}
        + CASE WHEN startNode(r[j]) = n[j] THEN ' -[' ELSE ' <-[' END
        + type(r[j]) + CASE WHEN type(r[j]) = 'HOLDS_ROLE' AND r[j].role IS NOT NULL THEN ' ' + r[j].role ELSE '' END
        + CASE WHEN startNode(r[j]) = n[j] THEN ']-> ' ELSE ']- ' END
        + ${nameOf("n[j + 1]")},
      detail: CASE type(r[j])
        WHEN 'HOLDS_ROLE' THEN CASE WHEN coalesce(r[j].title, r[j].role, '') = '' THEN null ELSE coalesce(r[j].title, r[j].role) END
        WHEN 'WORKS_ON' THEN CASE WHEN size(coalesce(r[j].evidence, [])) = 0 THEN null
                                  ELSE reduce(s = head(r[j].evidence), e IN tail(r[j].evidence) | s + '; ' + e) END
      END,
      sources: ${sourcesOf("r[j]")}}
    END] AS hops
  WHERE size(hops) <= $maxHops
  WITH topical, hops,
       reduce(m = null, h IN hops | CASE WHEN m IS NULL OR size(h.sources) < m THEN size(h.sources) ELSE m END) AS weakest,
       size(COLLECT { UNWIND hops AS h UNWIND h.sources AS s RETURN DISTINCT s.ref }) AS sources
  // The product's tie-break: the hops' texts joined with commas.
  ORDER BY topical, size(hops), weakest DESC, sources DESC, reduce(s = '', h IN hops | s + ',' + h.text)
  RETURN collect({length: size(hops), hops: hops})[0..$first] AS paths
}
RETURN paths`;

/**
 * roadmap: deliverables of $organization or its sub-groups dated (latest milestone) in the
 * window; events of those bodies (meeting of, organized, hosted, joined) in the window; events
 * collocated with one of those events, in the window. Date order.
 */
const ROADMAP = /* cypher */ `
MATCH (root:Organization {id: $organization})
CALL (root) {
  CALL (root) {
    MATCH (root)<-[:PART_OF*0..8]-(:Organization)<-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]-(e:Event) RETURN e
    UNION
    MATCH (root)<-[:PART_OF*0..8]-(:Organization)-[:PARTICIPATED_IN]->(e:Event) RETURN e
  }
  RETURN collect(e) AS ours
}
CALL (root, ours) {
  MATCH (root)<-[:PART_OF*0..8]-(:Organization)<-[:DEVELOPED_BY]-(d:Deliverable)
  WITH DISTINCT d
  WITH d, CASE
      WHEN d.publishedDate IS NOT NULL THEN ['PUBLISHED', d.publishedDate]
      WHEN d.approvedDate IS NOT NULL THEN ['APPROVED', d.approvedDate]
      WHEN d.consentedDate IS NOT NULL THEN ['CONSENTED', d.consentedDate]
      WHEN d.targetDate IS NOT NULL THEN ['TARGET', d.targetDate]
    END AS milestone
  WHERE milestone[1] >= $from AND milestone[1] <= $to
  RETURN 'DELIVERABLE' AS kind, d AS node, milestone[1] AS date, milestone[0] AS dateKind
  UNION ALL
  UNWIND ours AS e
  WITH e WHERE e.endDate >= $from AND e.startDate <= $to
  RETURN 'EVENT' AS kind, e AS node, e.startDate AS date, 'START' AS dateKind
  UNION ALL
  UNWIND ours AS e
  MATCH (e)-[:COLLOCATED_WITH]-(c:Event)
  WHERE NOT c IN ours AND c.endDate >= $from AND c.startDate <= $to
  RETURN DISTINCT 'EVENT' AS kind, c AS node, c.startDate AS date, 'START' AS dateKind
}
WITH kind, node, date, dateKind
ORDER BY date, kind, coalesce(node.code, node.name)
WITH collect({kind: kind, node: node, date: date, dateKind: dateKind}) AS matched
CALL (matched) {
  UNWIND range(0, size(matched[0..$first]) - 1) AS i
  WITH i, matched[i] AS item, matched[i].node AS node
  ORDER BY i
  RETURN collect({
    date: item.date, dateKind: item.dateKind, kind: item.kind,
    status: CASE item.kind WHEN 'DELIVERABLE' THEN node.status END,
    deliverable: CASE item.kind WHEN 'DELIVERABLE' THEN node {.code, .title} END,
    event: CASE item.kind WHEN 'EVENT' THEN node {.name, .city} END,
    organizations: [(node)-[:DEVELOPED_BY|MEETING_OF|ORGANIZED_BY]->(o:Organization) | {key: o.id}]
  }) AS items
}
RETURN size(matched) AS total, items`;

/** nestedListing: one page of organizations of the kinds, by name, each with its parent, sub-groups, current roles, topics and first deliverables. */
const NESTED_LISTING = /* cypher */ `
MATCH (n:Organization)
WHERE n.kind IN $kinds
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [n IN matched[0..$first] | {
  key: n.id, name: n.name, acronym: n.acronym,
  parent: [(n)-[:PART_OF]->(p:Organization) | {key: p.id, name: p.name}][0],
  subGroups: COLLECT { MATCH (n)<-[:PART_OF]-(c:Organization) RETURN {key: c.id, name: c.name} ORDER BY c.name },
  roles: COLLECT {
    MATCH (n)<-[r:HOLDS_ROLE]-(p:Person) WHERE ${holds("r", "$today")}
    RETURN {role: r.role, person: {name: p.name}} ORDER BY r.role, p.name },
  topics: COLLECT { MATCH (n)-[:WORKS_ON]->(t:Topic) RETURN {topic: {key: t.id, name: t.name}} ORDER BY t.name },
  deliverables: {nodes: COLLECT {
    MATCH (n)<-[:DEVELOPED_BY]-(d:Deliverable) RETURN d {.code, .title, .status} ORDER BY d.code LIMIT $deliverables }}
}] AS nodes`;

/**
 * search: $candidates hits of the full-text index, and the organizations and deliverables working
 * on a matching topic (at the topic's score); each node once, at its best; those whose text (a
 * topic match: its topic's name and aliases) holds every word root first, then text matches before
 * topic matches, then by score; the first $first, each scored as the product reads it (a topic
 * match at half its topic's score, never above the hit before it), shaped as the selection's
 * fragments (key and name, or code and title).
 */
const SEARCH = /* cypher */ `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates})
YIELD node, score
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  RETURN hit.node AS node, hit.score AS score, null AS topic
  UNION
  UNWIND hits AS hit
  WITH hit.node AS topic, hit.score AS score WHERE topic:Topic
  MATCH (node)-[:WORKS_ON|ADDRESSES]->(topic) WHERE node:Organization OR node:Deliverable
  RETURN node, score, topic
}
WITH node, score, topic, CASE WHEN topic IS NULL THEN node ELSE topic END AS matched
WITH node, score, topic, toLower(reduce(s = '', v IN [matched.name, matched.acronym, matched.title, matched.aliasText, matched.mandate, matched.description] | s + ' ' + coalesce(v, ''))) AS words
WITH node, score, topic, all(root IN $roots WHERE words CONTAINS root) AS complete
ORDER BY complete DESC, topic IS NULL DESC, score DESC, topic.id
WITH node, head(collect({score: score, text: topic IS NULL, complete: complete})) AS best
ORDER BY best.complete DESC, best.text DESC, best.score DESC, node.id
LIMIT $first
WITH collect({node: node, score: CASE WHEN best.text THEN best.score ELSE best.score / 2 END}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i].node AS node, reduce(low = ranked[0].score, x IN ranked[1..i + 1] | CASE WHEN x.score < low THEN x.score ELSE low END) AS score, labels(ranked[i].node)[0] AS type
ORDER BY i
RETURN score, CASE
    WHEN type = 'Deliverable' THEN {__typename: type, key: node.id, code: node.code, title: node.title}
    WHEN type IN ['Organization', 'Topic', 'Person'] THEN {__typename: type, key: node.id, name: node.name}
    ELSE {__typename: type}
  END AS node`;

/** An ISO date (YYYY-MM-DD) as a Neo4j date. */
function date(iso: string) {
  const [year, month, day] = iso.split("-").map(Number);
  return new neo4j.types.Date(year!, month!, day!);
}

/** The roles whoWorksOn and liaisonGaps list by default (the product's RELEVANT_ROLES). */
const RELEVANT_ROLES = ["CHAIR", "CO_CHAIR", "VICE_CHAIR", "CONVENOR", "DIRECTOR", "CONTACT_PERSON", "LIAISON_REPRESENTATIVE", "SECRETARIAT"];
const int = (n: number) => neo4j.int(n);

/** The mix's arguments and the product's defaults for those it leaves out. */
export const floorQueries: Record<QueryName, FloorQuery> = {
  whoWorksOn: {
    cypher: WHO_WORKS_ON,
    params: (p) => ({ topic: p.topic, us: p.home, asOf: date(p.asOf), roles: RELEVANT_ROLES, first: int(50), evidenceLimit: int(10) }),
  },
  liaisons: {
    cypher: LIAISONS,
    params: (p) => ({ of: p.home, asOf: date(p.asOf), first: int(100) }),
  },
  liaisonGaps: {
    cypher: LIAISON_GAPS,
    params: (p) => ({ topic: p.topic, of: p.home, asOf: date(p.asOf), roles: RELEVANT_ROLES, first: int(50), evidenceLimit: int(10) }),
  },
  overlaps: {
    cypher: OVERLAPS,
    params: (p) => ({ topic: p.topic, asOf: date(p.asOf), minBodies: int(2), maxBodies: int(30), first: int(10) }),
  },
  connection: {
    cypher: CONNECTION,
    params: (p) => ({ from: p.far, to: p.home, maxHops: int(4), first: int(5) }),
  },
  roadmap: {
    cypher: ROADMAP,
    params: (p) => ({ organization: p.roadmapOrganization, from: date(p.from), to: date(p.to), first: int(200) }),
  },
  nestedListing: {
    cypher: NESTED_LISTING,
    // Roles hold "today" in the product (its UTC date); so here.
    params: (p) => ({ kinds: [p.listingKind], first: int(20), deliverables: int(5), today: date(new Date().toISOString().slice(0, 10)) }),
  },
  search: {
    cypher: SEARCH,
    // The product's own translation of the text into a Lucene query and word roots: the index must be asked the same question,
    // for as many candidates (five per result asked for).
    params: (p) => ({ query: toLuceneQuery(p.searchText) ?? "", roots: wordRoots(p.searchText), candidates: int(50), first: int(10) }),
  },
};

/** Runs one floor statement in a read transaction; rows as plain objects (numbers, ISO dates). */
export async function runFloor(driver: Driver, database: string | undefined, name: QueryName, p: Probes): Promise<unknown> {
  const query = floorQueries[name];
  const { records } = await driver.executeQuery(query.cypher, query.params(p), { database, routing: neo4j.routing.READ });
  return records.map((record) => toPlain(record.toObject()));
}

/**
 * The floor's statement as one auto-commit read transaction, spoken as the product speaks to
 * Neo4j per request once it knows the query reads with one statement (src/db/read-shapes.ts): RUN
 * and PULL in one Bolt write, no BEGIN and no COMMIT, the rows handed to `answer` as soon as they
 * are in and the session closed after that, not waited for. The HTTP floor uses it, so that what
 * it measures against the product is the API layer, not a different Bolt exchange.
 */
export async function runFloorAnswerFirst(driver: Driver, database: string | undefined, name: QueryName, p: Probes, answer: (rows: unknown) => void): Promise<void> {
  const query = floorQueries[name];
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(query.cypher, query.params(p));
    answer(records.map((record) => toPlain(record.toObject())));
  } finally {
    void session.close().catch(() => undefined);
  }
}

/* ---- Fingerprints: the same string when the product and the floor give the same answer. ---- */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

/** The GraphQL root field each query's answer sits under. */
const rootField: Record<QueryName, string> = {
  whoWorksOn: "whoWorksOn", liaisons: "liaisons", liaisonGaps: "liaisonGaps", overlaps: "overlaps",
  connection: "connection", roadmap: "roadmap", nestedListing: "organizations", search: "search",
};

/** Plain JSON with sorted keys, no undefined, and scores rounded (formatting-independent). */
function normalize(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isInteger(value) ? value : Math.round(value * 1e4) / 1e4;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalize((value as Record<string, unknown>)[key])]));
  }
  return String(value);
}

const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const obj = (value: Json | undefined): Obj => (value && typeof value === "object" && !Array.isArray(value) ? value : {});
const sortBy = (items: Json[], key: (item: Json) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
const count = (items: Json[], nested: (item: Obj) => Json | undefined) => items.reduce<number>((n, item) => n + list(nested(obj(item))).length, 0);

interface Shape {
  /** The answer with the lists whose order the product leaves undefined put in a fixed order. */
  canonical: Json;
  /** The readable part: total, first keys, counts of nested items. */
  summary: string;
}

function keys(items: Json[], key: (item: Obj) => Json | undefined): string {
  const all = items.map((item) => String(key(obj(item)) ?? "?"));
  return all.slice(0, 4).join(",") + (all.length > 4 ? ",…" : "");
}

const shapes: Record<QueryName, (answer: Obj | Json[]) => Shape> = {
  whoWorksOn: (a) => {
    const orgs = list(obj(a).organizations);
    return {
      canonical: a,
      summary: `total=${obj(a).total ?? 0} orgs=[${keys(orgs, (o) => obj(o.organization).key)}] evidence=${count(orgs, (o) => o.evidence)}` +
        ` hops=${orgs.reduce<number>((n, o) => n + count(list(obj(o).evidence), (e) => e.path), 0)} people=${count(orgs, (o) => o.people)}` +
        ` links=${count(orgs, (o) => obj(o.liaisonStatus).links)}`,
    };
  },
  liaisonGaps: (a) => {
    const orgs = list(obj(a).organizations);
    return {
      canonical: a,
      summary: `total=${obj(a).total ?? 0} orgs=[${keys(orgs, (o) => obj(o.organization).key)}] evidence=${count(orgs, (o) => o.evidence)}` +
        ` people=${count(orgs, (o) => o.people)}`,
    };
  },
  liaisons: (a) => {
    const links = list(obj(a).links);
    return {
      canonical: a,
      summary: `total=${obj(a).total ?? 0} partners=[${keys(links, (l) => obj(l.partner).key)}] hops=${count(links, (l) => l.path)}`,
    };
  },
  overlaps: (a) => {
    // The deliverables of one body on a topic come in no defined order.
    const overlaps = list(obj(a).overlaps).map((o) => ({
      ...obj(o),
      deliverables: list(obj(o).deliverables).map((side) => ({ ...obj(side), deliverables: sortBy(list(obj(side).deliverables), (d) => String(obj(d).code)) })),
    }));
    return {
      canonical: { total: obj(a).total ?? 0, overlaps },
      summary: `total=${obj(a).total ?? 0} topics=[${keys(overlaps, (o) => obj(o.topic).key)}] pairs=${count(overlaps, (o) => o.unlinkedPairs)}` +
        ` sides=${count(overlaps, (o) => o.deliverables)}`,
    };
  },
  connection: (a) => {
    // Paths of the same length come in no defined order.
    const paths = sortBy(list(obj(a).paths), (p) => JSON.stringify(p));
    return {
      canonical: { paths },
      summary: `paths=${paths.length} length=${obj(paths[0]).length ?? "-"} hops=${count(paths, (p) => p.hops)}`,
    };
  },
  roadmap: (a) => {
    // The bodies of an item come in no defined order.
    const items = list(obj(a).items).map((i) => ({ ...obj(i), organizations: sortBy(list(obj(i).organizations), (o) => String(obj(o).key)) }));
    return {
      canonical: { total: obj(a).total ?? 0, items },
      summary: `total=${obj(a).total ?? 0} items=${items.length} first=[${keys(items, (i) => obj(i.deliverable).code ?? obj(i.event).name)}]`,
    };
  },
  nestedListing: (a) => {
    const nodes = list(obj(a).nodes);
    return {
      canonical: a,
      summary: `total=${obj(a).totalCount ?? 0} orgs=[${keys(nodes, (o) => o.key)}] subGroups=${count(nodes, (o) => o.subGroups)}` +
        ` roles=${count(nodes, (o) => o.roles)} topics=${count(nodes, (o) => o.topics)}` +
        ` deliverables=${nodes.reduce<number>((n, o) => n + list(obj(obj(o).deliverables).nodes).length, 0)}`,
    };
  },
  search: (a) => {
    const hits = list(a);
    return { canonical: a, summary: `hits=${hits.length} top=[${keys(hits, (h) => obj(h.node).key ?? obj(h.node).__typename)}]` };
  },
};

/** The canonical form of an answer (GraphQL-shaped) that the fingerprint hashes; exported for diffs. */
export function canonicalAnswer(name: QueryName, answer: unknown): Json {
  return shapes[name](normalizeAnswer(name, answer)).canonical;
}

function normalizeAnswer(name: QueryName, answer: unknown): Obj | Json[] {
  const value = normalize(answer);
  if (name === "search") return list(value);
  return obj(value);
}

function fingerprint(name: QueryName, answer: unknown): string {
  const shape = shapes[name](normalizeAnswer(name, answer));
  const hash = createHash("sha256").update(JSON.stringify(shape.canonical)).digest("hex").slice(0, 12);
  return `${shape.summary} #${hash}`;
}

/** The product's answer: `data` of its GraphQL response. */
export function productAnswer(name: QueryName, data: unknown): unknown {
  return (data as Record<string, unknown> | null | undefined)?.[rootField[name]] ?? null;
}

/** The floor's answer: its rows (search), or its one row (every other query; none means nothing found). */
export function floorAnswer(name: QueryName, rows: unknown): unknown {
  const all = Array.isArray(rows) ? rows : [];
  return name === "search" ? all : (all[0] ?? {});
}

export function productFingerprint(name: QueryName, data: unknown): string {
  return fingerprint(name, productAnswer(name, data));
}

export function floorFingerprint(name: QueryName, rows: unknown): string {
  return fingerprint(name, floorAnswer(name, rows));
}
