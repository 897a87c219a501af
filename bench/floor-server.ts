/**
 * The benchmark's HTTP floor: the floor's hand-written Cypher (`bench/floor.ts`, one statement per
 * query) behind the least an HTTP API on this stack can do: node:http, the JSON body parsed, one
 * read transaction spoken as the product speaks it to a query that reads with one statement (an
 * auto-commit read: RUN and PULL in one write), the rows as JSON. No framework, no GraphQL, no validation beyond the query's
 * name. What is left between the product and this server is the cost of the product's API layer;
 * what is left between this server and the in-process floor is the cost of HTTP.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7690 NEO4J_PASSWORD=… node --import tsx bench/floor-server.ts
 *
 * POST / with `{"query": <mix query name>, "probes": <Probes>}` answers `{"data": <rows>}`.
 * Prints one JSON line `{"msg":"http floor listening","url":…}` once ready; SIGTERM closes it.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { floorQueries, runFloorAnswerFirst } from "./floor.js";
import type { Probes, QueryName } from "./mix.js";
import { serverEnv } from "./support/server-env.js";
import { readBoltMessagesWhole, sendBoltMessagesWhole } from "../src/db/whole-messages.js";

// The driver reads and writes as the product's does (src/db/whole-messages.ts): a message of several chunks
// read from one buffer, a message up to 16 KB sent in one write.
readBoltMessagesWhole();
sendBoltMessagesWhole();
const { driver, database, port, host } = serverEnv("bolt://127.0.0.1:7690");
await driver.verifyConnectivity();

const isQueryName = (name: unknown): name is QueryName => typeof name === "string" && Object.hasOwn(floorQueries, name);

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const server = createServer((request, response) => {
  const answer = (status: number, payload: unknown) => {
    const json = JSON.stringify(payload);
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    response.end(json);
  };
  if (request.method !== "POST") return answer(405, { error: "POST only" });
  void (async () => {
    try {
      const { query, probes } = JSON.parse(await bodyOf(request)) as { query?: unknown; probes?: Probes };
      if (!isQueryName(query) || !probes) return answer(400, { error: "expected {query, probes}" });
      // The statement in one auto-commit read transaction, as the product reads a one-statement
      // query per request; rows as plain values.
      await runFloorAnswerFirst(driver, database, query, probes, (rows) => answer(200, { data: rows }));
    } catch (error) {
      answer(500, { error: (error as Error).message.slice(0, 300) });
    }
  })();
});
// The load generator keeps its connections open, as clients of the product do.
server.keepAliveTimeout = 60_000;
server.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  console.log(JSON.stringify({ msg: "http floor listening", url: `http://${host}:${address.port}` }));
});

process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void driver.close().finally(() => process.exit(0));
});
