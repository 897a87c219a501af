import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import { percentileOf } from "./product.js";

/** Latency at concurrency 1: one request after another. */
export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Throughput at a concurrency: completed requests per second and their p99 latency (ms). */
export interface Throughput {
  concurrency: number;
  requestsPerSecond: number;
  /** Reports from before the HTTP floor lack it. */
  p50?: number;
  p99: number;
  /** Requests that failed (HTTP status, connection error, or an answer with `errors`). */
  failures: number;
  /**
   * CPU time per completed request (ms, user + system, from /proc) of the server process and of
   * Neo4j, over the run; absent where the process could not be watched (reports from before it).
   */
  cpu?: { serverMs: number; neo4jMs?: number };
}

/** The processes whose CPU time a load run is charged with: the server, and Neo4j when local. */
export interface Watched {
  serverPid: number;
  neo4jPid?: number;
}

/** CPU milliseconds a process has used so far (user + system), from /proc (Linux); undefined elsewhere. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticksPerSecond = 100; // USER_HZ on Linux
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Runs `call` `runs` times in sequence (stopping early after `maxSeconds`) and reports percentiles. */
export async function sequentialLatency(call: () => Promise<unknown>, runs: number, maxSeconds: number): Promise<Latency> {
  const times: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  while (times.length < runs && performance.now() < deadline) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, p50: percentileOf(times, 50), p95: percentileOf(times, 95), p99: percentileOf(times, 99) };
}

/** `concurrency` callers in a closed loop for `seconds` (the floor's driver calls, in this process). */
export async function closedLoop(call: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Throughput> {
  const times: number[] = [];
  let failures = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          await call();
          times.push(performance.now() - begin);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return { concurrency, requestsPerSecond: times.length / elapsed, p50: percentileOf(times, 50), p99: percentileOf(times, 99), failures };
}

/**
 * `connections` HTTP clients sending a POST body for `seconds` (autocannon, bounded in time); with
 * several bodies, each connection sends them in turn (a mix).
 */
export async function httpLoad(graphqlUrl: string, body: string | string[], connections: number, seconds: number, watched?: Watched): Promise<Throughput> {
  let graphqlErrors = 0;
  const cpuBefore = watched && { server: processCpuMs(watched.serverPid), neo4j: watched.neo4jPid === undefined ? undefined : processCpuMs(watched.neo4jPid) };
  const result = await autocannon({
    url: graphqlUrl,
    connections,
    duration: seconds,
    timeout: 60,
    requests: (Array.isArray(body) ? body : [body]).map((one) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body: one,
      onResponse: (status: number, responseBody: string) => {
        if (status === 200 && responseBody.includes('"errors":[')) graphqlErrors += 1;
      },
    })),
  });
  const completed = result.requests.total;
  const perRequest = (before: number | undefined, pid: number | undefined) => {
    const after = pid === undefined ? undefined : processCpuMs(pid);
    return before === undefined || after === undefined || completed === 0 ? undefined : (after - before) / completed;
  };
  const serverMs = cpuBefore && perRequest(cpuBefore.server, watched.serverPid);
  const neo4jMs = cpuBefore && perRequest(cpuBefore.neo4j, watched.neo4jPid);
  return {
    concurrency: connections,
    requestsPerSecond: completed / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + graphqlErrors,
    ...(serverMs === undefined ? {} : { cpu: { serverMs, ...(neo4jMs === undefined ? {} : { neo4jMs }) } }),
  };
}

/** POSTs a GraphQL request and returns `data`, or throws with the errors. */
export async function postGraphQL(graphqlUrl: string, body: string): Promise<unknown> {
  const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
  const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || answer.errors) throw new Error(`HTTP ${response.status}: ${answer.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
  return answer.data;
}

/** POSTs a JSON body to the HTTP floor and returns its rows (`data`), or throws. */
export async function postFloor(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const answer = (await response.json()) as { data?: unknown; error?: string };
  if (!response.ok || answer.data === undefined) throw new Error(`HTTP ${response.status}: ${answer.error ?? "no data"}`);
  return answer.data;
}

/** Resident and peak memory of a process (Linux /proc), in MB. */
export async function processMemory(pid: number): Promise<{ rssMb: number; peakMb: number } | undefined> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => undefined);
  if (!status) return undefined;
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
}
