import { batchStatement } from "../db/batch.js";
import { OrganizationRow, StatisticRow } from "../db/node-rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Statistic {id: id})
RETURN id, n {.*} AS value`;

const SUBJECT = /* cypher */ `
UNWIND $ids AS id
MATCH (:Statistic {id: id})-[:DESCRIBES]->(o:Organization)
RETURN id, o {.*} AS value`;

/** The batch statements of a statistic (run by the request's loaders: src/loaders.ts). */
export const statisticStatements = {
  byId: batchStatement(BY_ID, StatisticRow.nullable(), null),
  subject: batchStatement(SUBJECT, OrganizationRow.nullable(), null),
};
