import { afterEach, describe, expect, it } from "vitest";
import { defaultImportLimits, type ImportLimits } from "../config.js";
import { heavyTask, heavyWorkLoad, runHeavyTask, stopHeavyWork } from "./heavy-work.js";
import { OffThreadLimitError } from "./pool.js";
import { registry } from "../metrics/registry.js";

// Two kinds of heavy work, as the importer's reading and the sync's planning are.
const tasks = new URL("./test-tasks.ts", import.meta.url);
const reading = heavyTask<void, never>(tasks, "spin");
const planning = heavyTask<{ n: number }, number>(tasks, "double");

const limits: ImportLimits = { ...defaultImportLimits, timeoutMs: 2_000, memoryMb: 64, workers: 1, queue: 0 };

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => `value ${String(value)}`,
    (error: unknown) => (error instanceof OffThreadLimitError ? `limit ${error.limit} ${error.value}` : `error ${String(error)}`),
  );

describe("the server's heavy work shares one set of workers", () => {
  afterEach(() => stopHeavyWork());

  it("with IMPORT_WORKERS=1 and no queue, a sync plan waiting on a running import is refused as busy, not given a second worker", async () => {
    const importing = runHeavyTask(reading, undefined, limits);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await outcome(runHeavyTask(planning, { n: 4 }, limits))).toBe("limit queue 0");
    expect(heavyWorkLoad().workers).toBe(1);
    // An operator sees it in GET /metrics: one task running on one worker.
    const metrics = await registry.metrics();
    expect(metrics).toMatch(/^mvgraph_heavy_work_tasks\{state="running"\} 1$/m);
    expect(metrics).toMatch(/^mvgraph_heavy_work_workers 1$/m);
    expect(await outcome(importing)).toBe("limit time 2000");
    expect(await outcome(runHeavyTask(planning, { n: 4 }, limits))).toBe("value 8");
  });

  it("stopping it (the server's shutdown) ends the running work and leaves no worker", async () => {
    const importing = outcome(runHeavyTask(reading, undefined, { ...limits, timeoutMs: 60_000 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stopHeavyWork();
    expect(await importing).toMatch(/^error .*closed/);
    expect(heavyWorkLoad()).toEqual({ running: 0, waiting: 0, workers: 0 });
  });
});
