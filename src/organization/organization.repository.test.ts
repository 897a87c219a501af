import { describe, expect, it } from "vitest";
import { NO_WINDOW } from "../db/paging.js";
import { listStatement } from "./organization.repository.js";

describe("the organizations listing's statement, frozen (a change in it shows here in review)", () => {
  it("counts a forward page's matches apart, and reads the page itself in name order only as far as it ends", () => {
    expect(listStatement({ kinds: ["STUDY_GROUP"] }, { by: "NAME", desc: false }, "n {.id, .name}", { ...NO_WINDOW, first: 20 })).toMatchInlineSnapshot(`
      "
      CALL () {
        MATCH (n:Organization)
        WHERE n.kind IN $kinds
        RETURN count(n) AS total
      }
      CALL () {
        MATCH (n:Organization)
        WHERE n.kind IN $kinds
          AND n.name IS NOT NULL
        WITH n ORDER BY n.name ASC, n.id SKIP $after + 1 LIMIT $first
        RETURN collect(n {.id, .name}) AS items
      }
      RETURN total, CASE WHEN $after + 1 < total THEN $after + 1 ELSE total END AS start, items"
    `);
  });

  it("for a backward page, sorts the matches' element ids inside a subquery, then finds and projects only the page's bodies, in order", () => {
    expect(listStatement({ kinds: ["STUDY_GROUP"] }, { by: "NAME", desc: false }, "n {.id, .name}", { ...NO_WINDOW, last: 20 })).toMatchInlineSnapshot(`
      "
      CALL () {
        MATCH (n:Organization)
        WHERE n.kind IN $kinds
        WITH n ORDER BY n.name ASC, n.id
        RETURN collect(elementId(n)) AS matched
      }
      WITH matched, size(matched) AS total
      WITH matched, total,
           CASE WHEN $after + 1 < total THEN $after + 1 ELSE total END AS s0,
           CASE WHEN $before IS NULL OR $before > total THEN total ELSE $before END AS e0
      WITH matched, total, s0, CASE WHEN e0 < s0 THEN s0 ELSE e0 END AS e1
      WITH matched, total, s0, CASE WHEN $first IS NULL OR s0 + $first > e1 THEN e1 ELSE s0 + $first END AS e2
      WITH matched, total, e2, CASE WHEN $last IS NULL OR e2 - $last < s0 THEN s0 ELSE e2 - $last END AS s2
      CALL (matched, s2, e2) {
        UNWIND range(s2, e2 - 1) AS i
        MATCH (n:Organization) WHERE elementId(n) = matched[i]
        WITH n, i ORDER BY i
        RETURN collect(n {.id, .name}) AS items
      }
      RETURN total, s2 AS start, items"
    `);
  });
});
