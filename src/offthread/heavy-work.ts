import type { ImportLimits } from "../config.js";
import { trackHeavyWork, type HeavyWorkLoad } from "../metrics/registry.js";
import { OffThreadPool, offThreadTask, type OffThreadTask } from "./pool.js";

/**
 * The one pool of workers for the server's heavy work: reading and recognizing imported files,
 * parsing and planning catalogue syncs. IMPORT_WORKERS and IMPORT_QUEUE bound all of it together,
 * so an import and a sync running at once share the configured workers and memory instead of
 * doubling them. One pool per set of limits (in practice one: the configuration's IMPORT_*; tests
 * and the evaluations pass their own).
 */
const pools = new Map<string, OffThreadPool>();

/** Every heavy task declared so far: each new worker loads them all before it takes a task. */
const tasks: Array<OffThreadTask<never, unknown>> = [];

/** Declares a heavy task (a named export of a pure module), preloaded by every worker. */
export function heavyTask<I, O>(moduleUrl: URL, exportName: string): OffThreadTask<I, O> {
  const task = offThreadTask<I, O>(moduleUrl, exportName);
  tasks.push(task as OffThreadTask<never, unknown>);
  return task;
}

function poolFor(limits: ImportLimits): OffThreadPool {
  const key = `${limits.timeoutMs}/${limits.memoryMb}/${limits.workers}/${limits.queue}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new OffThreadPool({ limits: { timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb }, size: limits.workers, queue: limits.queue, preload: [...tasks] });
    pools.set(key, pool);
  }
  return pool;
}

/** Runs a heavy task off the request thread under the limits; breaking one rejects with OffThreadLimitError. */
export function runHeavyTask<I, O>(task: OffThreadTask<I, O>, input: I, limits: ImportLimits): Promise<O> {
  return poolFor(limits).run(task, input);
}

/** Tasks running and waiting, over every pool (GET /metrics, tests). */
export function heavyWorkLoad(): HeavyWorkLoad {
  const total = { running: 0, waiting: 0, workers: 0 };
  for (const pool of pools.values()) {
    const load = pool.load;
    total.running += load.running;
    total.waiting += load.waiting;
    total.workers += load.workers;
  }
  return total;
}

trackHeavyWork(heavyWorkLoad);

/** Stops every worker (the server's shutdown, the CLIs' end); idle workers also stop by themselves. */
export async function stopHeavyWork(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}
