import { describe, expect, it } from "vitest";
import { RELATIONSHIPS_OF, searchesStatement, statementFor } from "./connection.repository.js";

describe("connection: the path statements, frozen (a change in them shows here in review)", () => {
  it("the structural search names only the structural relationship types in its pattern, keeps the paths within $maxHops hops (a liaison record one hop), and returns each relationship and each node once", () => {
    const structural = [...RELATIONSHIPS_OF.PARENT_BODY, ...RELATIONSHIPS_OF.REPORTING, ...RELATIONSHIPS_OF.LIAISON, ...RELATIONSHIPS_OF.PEOPLE];
    expect(statementFor("bounded", 8, structural)).toMatchInlineSnapshot(`
      "
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
      MATCH p = SHORTEST 100 (a)(()-[:PART_OF|REPORTS_TO|FROM|TO|HOLDS_ROLE|AFFILIATED_WITH|REPRESENTED_BY]-()){1,8}(b)
      WITH collect(p) AS found
      WITH size(found) AS found,
           [p IN found WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
             AND size(relationships(p)) - size([i IN range(1, size(nodes(p)) - 2)
               WHERE type(relationships(p)[i - 1]) IN ['FROM', 'TO'] AND type(relationships(p)[i]) IN ['FROM', 'TO'] AND nodes(p)[i]:Liaison]) <= $maxHops] AS simple
      WITH found, simple, COLLECT { UNWIND simple AS p UNWIND relationships(p) AS r WITH DISTINCT r RETURN r } AS rels
      RETURN found,
             [p IN simple | [r IN relationships(p) | last(split(elementId(r), ':'))]] AS paths,
             [r IN rels | {id: last(split(elementId(r), ':')), type: type(r), props: r {.id, .sources, .evidence, .role, .title}, start: last(split(elementId(startNode(r)), ':')), end: last(split(elementId(endNode(r)), ':'))}] AS rels,
             [n IN COLLECT { UNWIND rels AS r UNWIND [startNode(r), endNode(r)] AS n WITH DISTINCT n RETURN n } | {id: last(split(elementId(n), ':')), node: CASE WHEN n:Liaison THEN n {.*, _label: 'Liaison'} ELSE n {.id, .acronym, .code, .name, .title, _label: labels(n)[0]} END}] AS nodes"
    `);
  });

  it("the shared-topic search is the shortest paths over the types asked for, in one fixed order", () => {
    expect(statementFor("shortest", 4, ["WORKS_ON", "PART_OF"])).toMatchInlineSnapshot(`
      "
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
      MATCH p = ALL SHORTEST (a)(()-[:PART_OF|WORKS_ON]-()){1,4}(b)
      WITH p LIMIT 100
      WITH collect(p) AS found
      WITH size(found) AS found,
           [p IN found WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
             AND size(relationships(p)) - size([i IN range(1, size(nodes(p)) - 2)
               WHERE type(relationships(p)[i - 1]) IN ['FROM', 'TO'] AND type(relationships(p)[i]) IN ['FROM', 'TO'] AND nodes(p)[i]:Liaison]) <= $maxHops] AS simple
      WITH found, simple, COLLECT { UNWIND simple AS p UNWIND relationships(p) AS r WITH DISTINCT r RETURN r } AS rels
      RETURN found,
             [p IN simple | [r IN relationships(p) | last(split(elementId(r), ':'))]] AS paths,
             [r IN rels | {id: last(split(elementId(r), ':')), type: type(r), props: r {.id, .sources, .evidence, .role, .title}, start: last(split(elementId(startNode(r)), ':')), end: last(split(elementId(endNode(r)), ':'))}] AS rels,
             [n IN COLLECT { UNWIND rels AS r UNWIND [startNode(r), endNode(r)] AS n WITH DISTINCT n RETURN n } | {id: last(split(elementId(n), ':')), node: CASE WHEN n:Liaison THEN n {.*, _label: 'Liaison'} ELSE n {.id, .acronym, .code, .name, .title, _label: labels(n)[0]} END}] AS nodes"
    `);
  });

  it("refuses a relationship type outside the list and a bound out of range, before any Cypher is built", () => {
    expect(() => statementFor("bounded", 4, ["KNOWS"])).toThrow(/out of range/);
    expect(() => statementFor("bounded", 21, ["PART_OF"])).toThrow(/out of range/);
  });

  it("a request's searches are one statement, each a subquery in order, with the bodies $from and $to name by id", () => {
    const cypher = searchesStatement([{ search: "bounded", types: ["PART_OF"] }, { search: "shortest", types: ["PART_OF", "WORKS_ON"] }], 4);
    expect(cypher.slice(0, cypher.indexOf("MATCH p ="))).toMatchInlineSnapshot(`
      "
      CALL () {
        CALL () {
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
          "
    `);
    expect(cypher.slice(cypher.lastIndexOf("RETURN found"))).toMatchInlineSnapshot(`
      "RETURN found,
                 [p IN simple | [r IN relationships(p) | last(split(elementId(r), ':'))]] AS paths,
                 [r IN rels | {id: last(split(elementId(r), ':')), type: type(r), props: r {.id, .sources, .evidence, .role, .title}, start: last(split(elementId(startNode(r)), ':')), end: last(split(elementId(endNode(r)), ':'))}] AS rels,
                 [n IN COLLECT { UNWIND rels AS r UNWIND [startNode(r), endNode(r)] AS n WITH DISTINCT n RETURN n } | {id: last(split(elementId(n), ':')), node: CASE WHEN n:Liaison THEN n {.*, _label: 'Liaison'} ELSE n {.id, .acronym, .code, .name, .title, _label: labels(n)[0]} END}] AS nodes
        }
        RETURN 1 AS search, found, paths, rels, nodes
      }
      WITH search, found, paths, rels, nodes ORDER BY search
      RETURN search, found, paths, rels, nodes,
        head(COLLECT { MATCH (x:Organization {id: $from}) RETURN x {.*} }) AS fromBody,
        head(COLLECT { MATCH (x:Organization {id: $to}) RETURN x {.*} }) AS toBody"
    `);
  });
});
