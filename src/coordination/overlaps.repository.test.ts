import { describe, expect, it } from "vitest";
import { overlapsCypher } from "./overlaps.repository.js";

const OVERLAPS_UNDER_TOPIC = overlapsCypher(true);
const OVERLAPS_EVERYWHERE = overlapsCypher(false);

describe("overlaps: the statement, frozen (a change in it shows here in review)", () => {
  it("walks each compared body's PART_OF chains once, reads each group above them once (its top, the groups its standing liaisons link it with), and counts deliverables where it counts work", () => {
    expect(OVERLAPS_UNDER_TOPIC).toMatchInlineSnapshot(`
      "
      MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})
      CALL (t) {
        MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o, 0 AS developed
        UNION ALL
        MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o, 1 AS developed
      }
      WITH t, o, count(*) AS work, sum(developed) AS developed
      WHERE ((o.establishedDate IS NULL OR o.establishedDate <= $asOf) AND (o.closedDate IS NULL OR coalesce(o.closedLastDate, o.closedDate) >= $asOf) AND NOT (o.status = 'CLOSED' AND o.closedDate IS NULL))
      WITH t, o, developed ORDER BY work DESC, o.id
      WITH t, collect(o)[0..$maxBodies] AS bodies, collect(developed)[0..$maxBodies] AS developed
      WHERE size(bodies) >= $minBodies
      WITH collect({topic: t, bodies: bodies, developed: developed}) AS compared
      CALL (compared) {
        UNWIND compared AS c
        UNWIND c.bodies AS o
        WITH DISTINCT o
        // Its PART_OF chains walked once: the body and every group above it.
        WITH collect({o: o, up: [(o)-[:PART_OF*0..8]->(p:Organization) | p]}) AS bodies
        WITH bodies, COLLECT { UNWIND bodies AS b UNWIND b.up AS g RETURN DISTINCT g } AS groups
        CALL (groups) {
          UNWIND groups AS g
          RETURN collect({
            g: g,
            top: NOT EXISTS { (g)-[:PART_OF]->(:Organization) },
            // The groups a standing liaison on g has at its other end (one pattern: two different relationships).
            partners: COLLECT {
              MATCH (g)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(q)
              WHERE q IN groups AND (l.kind <> 'LIAISON_STATEMENT' AND ((l.sinceDate IS NULL OR l.sinceDate <= $asOf) AND (l.untilDate IS NULL OR coalesce(l.untilLastDate, l.untilDate) >= $asOf)))
              RETURN DISTINCT q }
          }) AS grouped
        }
        UNWIND bodies AS b
        WITH b, [g IN b.up | [x IN grouped WHERE x.g = g][0]] AS up
        RETURN collect({
          o: b.o,
          up: b.up,
          // The organizations it belongs to: the tops of its PART_OF chains (itself when it has none).
          roots: [x IN up WHERE x.top | x.g],
          // The groups it is in liaison with, through itself or a group above it.
          linked: reduce(acc = [], x IN up | acc + x.partners)
        }) AS reach
      }
      UNWIND compared AS c
      CALL (c, reach) {
        WITH [o IN c.bodies | [r IN reach WHERE r.o = o][0]] AS reached
        UNWIND range(0, size(reached) - 2) AS i
        UNWIND range(i + 1, size(reached) - 1) AS j
        WITH i, j, reached[i] AS ra, reached[j] AS rb
        WITH i, j, ra, rb, [r IN ra.roots WHERE r IN rb.roots][0] AS within
        WHERE NOT rb.o IN ra.up
          AND NOT ra.o IN rb.up
          AND NONE(q IN ra.linked WHERE q IN rb.up)
          // Two groups of one organization are a matter for that organization, not duplication between
          // organizations: left out unless asked for, and then marked with the organization.
          AND ($withinOrganization OR within IS NULL)
        RETURN collect({i: i, j: j, within: within}) AS pairs
      }
      WITH c, pairs, reduce(acc = [], p IN pairs | acc + [k IN [p.i, p.j] WHERE NOT k IN acc]) AS involved
      WHERE size(involved) >= $minBodies
      WITH c.topic AS t, c.bodies AS bodies, pairs, involved, reduce(n = 0, k IN involved | n + c.developed[k]) AS competing
      ORDER BY size(pairs) DESC, competing DESC, t.name
      WITH collect({topic: t, bodies: bodies, pairs: pairs, involved: involved, competing: competing}) AS overlaps
      RETURN size(overlaps) AS total, [x IN overlaps[0..$first] | [t IN [x.topic] | {
          topic: t {.*},
          pairs: [p IN x.pairs | {a: x.bodies[p.i].id, b: x.bodies[p.j].id, within: properties(p.within)}],
          sides: [o IN [k IN x.involved | x.bodies[k]] | {
            organization: o {.*},
            deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | d {.*}]}],
          competing: x.competing}][0]] AS overlaps,
        $topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) } AS topicFound"
    `);
  });

  it("over every topic, the same statement from all topics instead of those under $topic", () => {
    expect(OVERLAPS_EVERYWHERE.replace("MATCH (t:Topic)\n", "MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})\n")).toBe(OVERLAPS_UNDER_TOPIC);
  });

  it("reads of the page's topics, bodies and deliverables only what the selection needs", () => {
    const slim = overlapsCypher(true, { topic: ["name"], organization: ["id"], deliverable: ["title", "code", "status"] });
    expect(slim.slice(slim.indexOf("RETURN size(overlaps)"))).toMatchInlineSnapshot(`
      "RETURN size(overlaps) AS total, [x IN overlaps[0..$first] | [t IN [x.topic] | {
          topic: t {.id, .name},
          pairs: [p IN x.pairs | {a: x.bodies[p.i].id, b: x.bodies[p.j].id, within: properties(p.within)}],
          sides: [o IN [k IN x.involved | x.bodies[k]] | {
            organization: o {.id},
            deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | d {.id, .code, .status, .title}]}],
          competing: x.competing}][0]] AS overlaps,
        $topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) } AS topicFound"
    `);
    expect(slim.slice(0, slim.indexOf("RETURN size(overlaps)"))).toBe(OVERLAPS_UNDER_TOPIC.slice(0, OVERLAPS_UNDER_TOPIC.indexOf("RETURN size(overlaps)")));
  });
});
