import { rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { LocalNeo4j, projectRoot } from "../src/db/neo4j-local.js";
import type { Logger } from "../src/logger.js";
import { testPorts } from "./ports.js";

/**
 * The writable engines of a test run: one local Neo4j per vitest worker, kept by the run's main
 * process (in global setup) so that it outlives the test files, which each get it in turn.
 *
 * A file leases the engine of its worker slot (VITEST_POOL_ID: vitest gives each running file a
 * slot of its own, 1..maxWorkers, and frees it only when the file has finished), empties it, and
 * releases it in afterAll. The engine starts on the first lease, so a run with no writing file
 * starts none. A lease held by another live process is refused: two files never share an engine.
 */
export interface WritableEngineInfo {
  uri: string;
  username: string;
  password: string;
  /** The engine's data directory, relative to the project root. */
  dataDir: string;
  boltPort: number;
  /** The process that started the engine and holds it (the test run's main process). */
  holderPid: number;
}

export interface WritableEngineServer {
  url: string;
  close(): Promise<void>;
}

interface Slot {
  engine: Promise<LocalNeo4j>;
  dataDir: string;
  boltPort: number;
  /** The test process that holds the lease, if any. */
  leasedTo?: number;
}

/** The most engines a run can have: their ports are base+10..19. */
const MAX_SLOTS = 10;

export async function serveWritableEngines(log: Logger): Promise<WritableEngineServer> {
  const slots = new Map<number, Slot>();

  function slotOf(poolId: number): Slot {
    let slot = slots.get(poolId);
    if (!slot) {
      const boltPort = testPorts.writableNeo4j(poolId - 1);
      const dataDir = `.neo4j/test-writable-${boltPort}`;
      rmSync(path.join(projectRoot, dataDir), { recursive: true, force: true });
      const engine = LocalNeo4j.start({ boltPort, dataDir, heap: "512m", log });
      slot = { engine, dataDir, boltPort };
      slots.set(poolId, slot);
      // A failed start is reported to the lease that asked; the next lease tries again.
      engine.catch(() => slots.delete(poolId));
    }
    return slot;
  }

  async function lease(poolId: number, pid: number): Promise<[number, unknown]> {
    const slot = slotOf(poolId);
    if (slot.leasedTo !== undefined && slot.leasedTo !== pid && isAlive(slot.leasedTo)) {
      return [409, { error: `the writable engine of worker ${poolId} is leased to process ${slot.leasedTo}` }];
    }
    slot.leasedTo = pid;
    try {
      const engine = await slot.engine;
      const { uri, username, password } = engine.credentials;
      return [200, { uri, username, password, dataDir: slot.dataDir, boltPort: slot.boltPort, holderPid: process.pid } satisfies WritableEngineInfo];
    } catch (error) {
      slot.leasedTo = undefined;
      return [500, { error: `the writable engine of worker ${poolId} did not start: ${(error as Error).message}` }];
    }
  }

  function release(poolId: number, pid: number): [number, unknown] {
    const slot = slots.get(poolId);
    if (slot?.leasedTo === pid) slot.leasedTo = undefined;
    return [204, undefined];
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const match = /^\/engines\/(\d+)\/lease\/(\d+)$/.exec(request.url ?? "");
    const poolId = Number(match?.[1]);
    const pid = Number(match?.[2]);
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!match || poolId < 1 || poolId > MAX_SLOTS) return answer(404, { error: `no such lease: ${request.method} ${request.url}` });
    if (request.method === "POST") return void lease(poolId, pid).then(([status, body]) => answer(status, body));
    if (request.method === "DELETE") return answer(...release(poolId, pid));
    return answer(405, { error: "POST or DELETE" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // the test processes' idle keep-alive connections
      await closed;
      await Promise.all(
        [...slots.values()].map(async (slot) => {
          await (await slot.engine.catch(() => undefined))?.stop();
          rmSync(path.join(projectRoot, slot.dataDir), { recursive: true, force: true });
        }),
      );
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
