/**
 * The coordination answers (whoWorksOn, liaisonGaps, connection, overlaps) and organization listings on the
 * benchmark's graph, one JSON line per question, for comparing a change's answers byte for byte
 * with main's:
 *
 *   npx tsx bench/answers-dump.ts 1000 > before.jsonl   # scale the graph in .neo4j/bench was loaded at
 *   (change the code)
 *   npx tsx bench/answers-dump.ts 1000 > after.jsonl && cmp before.jsonl after.jsonl
 *   npx tsx bench/answers-dump.ts 1000 overlaps      # only the questions of one field (whoWorksOn, liaisonGaps, connection, overlaps, organizations)
 *
 * The questions vary every argument that changes a statement: topics at several depths of the
 * tree, includeRelated, through, includeInactive, first, evidenceLimit; pairs of bodies at several
 * distances, via, maxHops and first; overlaps under several topics or all, across and within
 * organizations, with a slim and a wide selection; listings by kinds, text and status, in every order and
 * direction, pages read forward and backward, from the start, the middle and past the end.
 */
import { graphql } from "graphql";
import { createContext } from "../src/context.js";
import { createSchema } from "../src/graphql/schema.js";
import { createLogger } from "../src/logger.js";
import { benchNeo4j } from "./support/bench-neo4j.js";
import { generateGraph } from "./synthetic/generate.js";

const [scaleText, only] = process.argv.slice(2);
const scale = Number(scaleText);
if (!Number.isInteger(scale) || scale < 1) throw new Error("usage: npx tsx bench/answers-dump.ts <scale> [field]");
const log = createLogger("warn");
const neo4j = await benchNeo4j(log);
const { probes } = generateGraph(scale, 1);
const schema = await createSchema();

const WHO = /* GraphQL */ `
  query Who($topic: String!, $us: String!, $asOf: Date!, $related: Boolean!, $through: [WorkThrough!], $inactive: Boolean!, $first: Int!, $limit: Int!) {
    whoWorksOn(topic: $topic, us: $us, asOf: $asOf, includeRelated: $related, through: $through, includeInactive: $inactive, first: $first, evidenceLimit: $limit) {
      total topic { key } us { key }
      relatedTopics { topic { key } }
      organizations {
        organization { key name }
        active ownWork subGroupWork
        evidence { through topic { key } viaRelated deliverable { code } worker { key } path { text relation forward sources { ref } } }
        people { role title person { name } }
        liaisonStatus { hasLiaison relationToUs links { inheritance liaison { kind since until } path { text } } }
      }
    }
  }`;
const GAPS = /* GraphQL */ `
  query Gaps($topic: String!, $us: String!, $asOf: Date!) {
    liaisonGaps(topic: $topic, of: $us, asOf: $asOf) {
      total organizations { organization { key } ownWork subGroupWork evidence { through path { text } } }
      excluded { organization { key } rule }
    }
  }`;
const CONNECTION = /* GraphQL */ `
  query Connection($from: String!, $to: String!, $maxHops: Int!, $via: [ConnectionVia!], $first: Int!) {
    connection(from: $from, to: $to, maxHops: $maxHops, via: $via, first: $first) {
      total capped maxHops
      paths { length structural evidence sources hops { text relation forward detail sources { ref } liaison { key kind } } }
    }
  }`;

const LISTING = /* GraphQL */ `
  query Listing($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor }
      nodes {
        key name acronym kind
        parent { key name }
        subGroups { key name }
        roles { role person { name } }
        topics { topic { key name } }
        deliverables(first: 5) { totalCount nodes { code title status } }
      }
    }
  }`;
const OVERLAPS_SLIM = /* GraphQL */ `
  query Overlaps($topic: String, $within: Boolean!, $first: Int!) {
    overlaps(topic: $topic, withinOrganization: $within, first: $first) {
      total
      overlaps {
        topic { name }
        unlinkedPairs { a { key } b { key } }
        competingDeliverables
        deliverables { organization { key } deliverables { code title status } }
      }
    }
  }`;
const OVERLAPS_FULL = /* GraphQL */ `
  query Overlaps($topic: String, $within: Boolean!, $first: Int!) {
    overlaps(topic: $topic, withinOrganization: $within, first: $first) {
      total asOf
      overlaps {
        topic { key name aliases description sources { ref } }
        organizations { key name acronym kind status established closed mandate website aliases sources { ref } }
        unlinkedPairs { a { key name acronym } b { key kind } sameOrganization { key name } }
        competingDeliverables
        deliverables { organization { key name } deliverables { key code title status kind published approved url sources { ref } } }
      }
    }
  }`;
/** The cursor of the item at \`offset\` (graphql/relay.ts's encoding). */
const cursor = (offset: number) => Buffer.from(`cursor:${offset}`, "utf8").toString("base64url");

const topics = [probes.topic, "topic-0", "topic-1", "topic-7", "topic-40", "topic-333"];
const questions: Array<[string, Record<string, unknown>]> = [];
for (const topic of topics) {
  for (const [related, through, inactive, first, limit] of [
    [false, null, true, 50, 10], [true, null, true, 50, 10], [false, null, false, 5, 3], [true, ["DIRECT", "DELIVERABLE"], true, 20, 100], [false, ["SUB_GROUP"], true, 500, 1],
  ] as const) {
    questions.push([WHO, { topic, us: probes.home, asOf: probes.asOf, related, through, inactive, first, limit }]);
  }
  questions.push([GAPS, { topic, us: probes.home, asOf: probes.asOf }]);
}
const pairs: Array<[string, string]> = [[probes.far, probes.home], [probes.home, probes.far], ["org-1-0", "org-0-4"], ["org-2-7", "org-0-1"], ["org-3-3", "org-5-9"], ["org-0-5", "org-0-4"]];
for (const [from, to] of pairs) {
  for (const [maxHops, via, first] of [
    [4, null, 5], [4, null, 20], [3, null, 1], [6, ["LIAISON", "PARENT_BODY"], 20], [4, ["TOPIC"], 20], [5, ["PEOPLE", "REPORTING", "PARENT_BODY"], 10],
  ] as const) {
    questions.push([CONNECTION, { from, to, maxHops, via, first }]);
  }
}

for (const source of [OVERLAPS_SLIM, OVERLAPS_FULL]) {
  // Every topic at once (topic null) is left out: at ×1000 one such question takes minutes.
  for (const topic of [probes.topic, "topic-0", "topic-7", "topic-40"]) {
    for (const within of [false, true]) questions.push([source, { topic, within, first: 10 }]);
  }
}
const filters = [{ kinds: [probes.listingKind] }, { kinds: ["WORKING_GROUP", probes.listingKind] }, {}, { kinds: ["QUESTION"] }, { text: "group 1", kinds: [probes.listingKind] }, { status: "ACTIVE" }];
const orders = [null, { field: "NAME", direction: "DESC" }, { field: "ACRONYM", direction: "ASC" }, { field: "KIND", direction: "ASC" }, { field: "ESTABLISHED", direction: "DESC" }];
const windows = [{ first: 20 }, { first: 5, after: cursor(37) }, { first: 100, after: cursor(6500) }, { first: 3, after: cursor(10_000_000) }, { last: 10 }, { last: 5, before: cursor(40) }, {}];
for (const filter of filters) {
  for (const orderBy of orders) {
    for (const window of windows) questions.push([LISTING, { filter, orderBy, ...window }]);
  }
}

try {
  for (const [source, variableValues] of questions) {
    if (only && !source.includes(`${only}(`)) continue;
    const contextValue = createContext(neo4j.db, { coordination: { home: probes.home, maxHops: 6 } });
    const answer = await graphql({ schema, source, variableValues, contextValue }).finally(() => contextValue.db.end());
    console.log(JSON.stringify({ variables: variableValues, answer }));
  }
} finally {
  await neo4j.stop();
}
