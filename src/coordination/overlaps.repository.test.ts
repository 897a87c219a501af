import { describe, expect, it } from "vitest";
import { overlapsCypher } from "./overlaps.repository.js";

const OVERLAPS_UNDER_TOPIC = overlapsCypher(true);
const OVERLAPS_EVERYWHERE = overlapsCypher(false);

describe("overlaps: the statement, frozen (a change in it shows here in review)", () => {
  it("walks each compared body's PART_OF chains once, for its parents, its organizations and the liaisons reaching it", () => {
    expect(OVERLAPS_UNDER_TOPIC).toMatchInlineSnapshot(`
      "
      MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})
      CALL (t) {
        MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o
        UNION ALL
        MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o
      }
      WITH t, o, count(*) AS work
      WHERE ((o.establishedDate IS NULL OR o.establishedDate <= $asOf) AND (o.closedDate IS NULL OR coalesce(o.closedLastDate, o.closedDate) >= $asOf) AND NOT (o.status = 'CLOSED' AND o.closedDate IS NULL))
      WITH t, o ORDER BY work DESC, o.id
      WITH t, collect(o)[0..$maxBodies] AS bodies
      WHERE size(bodies) >= $minBodies
      WITH collect({topic: t, bodies: bodies}) AS compared
      CALL (compared) {
        UNWIND compared AS c
        UNWIND c.bodies AS o
        WITH DISTINCT o
        // Its PART_OF chains walked once: the body and every group above it.
        WITH o, [(o)-[:PART_OF*0..8]->(p:Organization) | p] AS up
        RETURN collect({
          id: o.id,
          parents: [p IN up WHERE p <> o | p.id],
          // The organizations it belongs to: the tops of its PART_OF chains (itself when it has none).
          roots: [r IN up WHERE NOT EXISTS { (r)-[:PART_OF]->(:Organization) }],
          liaisonEnds: COLLECT {
            UNWIND up AS p
            MATCH (p)<-[end:FROM|TO]-(l:Liaison)
            WHERE (l.kind <> 'LIAISON_STATEMENT' AND ((l.sinceDate IS NULL OR l.sinceDate <= $asOf) AND (l.untilDate IS NULL OR coalesce(l.untilLastDate, l.untilDate) >= $asOf)))
            RETURN DISTINCT [l.id, elementId(end)] }
        }) AS reach
      }
      UNWIND compared AS c
      WITH c.topic AS t, c.bodies AS bodies, [o IN c.bodies | o.id] AS ids, reach
      WITH t, bodies, [id IN ids | [r IN reach WHERE r.id = id][0]] AS reached
      UNWIND range(0, size(bodies) - 2) AS i
      UNWIND range(i + 1, size(bodies) - 1) AS j
      WITH t, bodies[i] AS a, bodies[j] AS b, reached[i] AS ra, reached[j] AS rb
      WITH t, a, b, ra, rb, [r IN ra.roots WHERE r IN rb.roots][0] AS within
      WHERE NOT rb.id IN ra.parents
        AND NOT ra.id IN rb.parents
        AND NONE(ea IN ra.liaisonEnds WHERE ANY(eb IN rb.liaisonEnds WHERE eb[0] = ea[0] AND eb[1] <> ea[1]))
        // Two groups of one organization are a matter for that organization, not duplication between
        // organizations: left out unless asked for, and then marked with the organization.
        AND ($withinOrganization OR within IS NULL)
      WITH t, collect({a: a, b: b, within: within}) AS pairs
      WITH t, pairs, reduce(acc = [], p IN pairs | acc + [x IN [p.a, p.b] WHERE NOT x IN acc]) AS involved
      WHERE size(involved) >= $minBodies
      WITH t, pairs, involved,
           reduce(n = 0, o IN involved | n + COUNT { (o)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) }) AS competing
      ORDER BY size(pairs) DESC, competing DESC, t.name
      WITH collect({topic: t, pairs: pairs, involved: involved, competing: competing}) AS overlaps
      RETURN size(overlaps) AS total, [x IN overlaps[0..$first] | [t IN [x.topic] | {
          topic: t {.*},
          pairs: [p IN x.pairs | {a: p.a.id, b: p.b.id, within: properties(p.within)}],
          sides: [o IN x.involved | {
            organization: o {.*},
            deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | d {.*}]}],
          competing: x.competing}][0]] AS overlaps"
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
          pairs: [p IN x.pairs | {a: p.a.id, b: p.b.id, within: properties(p.within)}],
          sides: [o IN x.involved | {
            organization: o {.id},
            deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | d {.id, .code, .status, .title}]}],
          competing: x.competing}][0]] AS overlaps"
    `);
    expect(slim.slice(0, slim.indexOf("RETURN size(overlaps)"))).toBe(OVERLAPS_UNDER_TOPIC.slice(0, OVERLAPS_UNDER_TOPIC.indexOf("RETURN size(overlaps)")));
  });
});
