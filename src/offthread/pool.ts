import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

/**
 * Runs pure functions off the request thread, in worker threads under hard limits: a time limit
 * that stops (terminates) the worker, a heap limit (V8's resourceLimits), a bound on how many run
 * at once and on how many wait. A task is a named export of a module, given its input (anything
 * the structured clone algorithm copies) and returning its output the same way; it must not need
 * the caller's state (no database, no request). The importer reads and recognizes files with it;
 * any other heavy, pure job (parsing a catalogue, planning a sync) can use it the same way.
 *
 * Workers are started on demand, kept while busy and for `idleMs` after, and started afresh after
 * a task broke a limit (a stopped worker's memory goes with it).
 */
export interface OffThreadLimits {
  /** Wall-clock time of one task, counted from when a worker takes it. */
  timeoutMs: number;
  /** The worker's V8 old-generation heap, MB. */
  memoryMb: number;
}

export interface PoolOptions {
  limits: OffThreadLimits;
  /** Workers running at once. */
  size: number;
  /** Tasks waiting for a worker; one more is refused (OffThreadLimitError "queue"). */
  queue: number;
  /** An idle worker is stopped after this long (default 30 s). */
  idleMs?: number;
  /** Task modules each worker loads before it takes a task (their loading is not counted in a task's time). */
  preload?: Array<OffThreadTask<never, unknown>>;
}

/** A named export of a module: `(input: I) => O | Promise<O>`. */
export interface OffThreadTask<I, O> {
  readonly moduleUrl: string;
  readonly exportName: string;
  /** Types only: ties the task to its function's input and output. */
  readonly __types?: (input: I) => O;
}

/** The task `exportName` of the module at `moduleUrl` (e.g. `new URL("./x.task.ts", import.meta.url)`). */
export function offThreadTask<I, O>(moduleUrl: URL, exportName: string): OffThreadTask<I, O> {
  return { moduleUrl: builtModule(moduleUrl).href, exportName };
}

/** In the server built ahead of time (scripts/build-server.mjs) a task's `.ts` module is the `.js` beside it. */
function builtModule(moduleUrl: URL): URL {
  if (moduleUrl.protocol !== "file:" || !moduleUrl.pathname.endsWith(".ts") || existsSync(moduleUrl)) return moduleUrl;
  const built = new URL(moduleUrl.href.replace(/\.ts$/, ".js"));
  return existsSync(built) ? built : moduleUrl;
}

export type OffThreadLimit = "time" | "memory" | "stack" | "queue";

/** A task stopped by a limit: which one, and its value. */
export class OffThreadLimitError extends Error {
  override name = "OffThreadLimitError";
  constructor(
    readonly limit: OffThreadLimit,
    readonly value: number,
    message: string,
  ) {
    super(message);
  }
}

/** A task that failed on its own (the error it threw, its name and message only). */
export class OffThreadTaskError extends Error {
  override name = "OffThreadTaskError";
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

interface Job {
  id: number;
  task: OffThreadTask<unknown, unknown>;
  input: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job?: Job;
  idleTimer?: NodeJS.Timeout;
}

const BOOT = new URL("./worker-boot.mjs", import.meta.url);
/** Starting a worker (tsx compiles the task's modules) is not counted in the task's time. */
const BOOT_TIMEOUT_MS = 120_000;

export class OffThreadPool {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Runs the task off-thread; rejects with OffThreadLimitError when it breaks a limit. */
  run<I, O>(task: OffThreadTask<I, O>, input: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error("the off-thread pool is closed"));
    return new Promise<O>((resolve, reject) => {
      const job: Job = { id: this.nextId++, task: task as OffThreadTask<unknown, unknown>, input, resolve: resolve as (value: unknown) => void, reject };
      const slot = this.idle.pop();
      if (slot) return void this.start(slot, job);
      if (this.slots.size < this.options.size) return void this.start(this.spawn(), job);
      if (this.waiting.length >= this.options.queue) {
        return reject(new OffThreadLimitError("queue", this.options.queue, `${this.options.size} tasks are running and ${this.options.queue} are waiting`));
      }
      this.waiting.push(job);
    });
  }

  /** Tasks running and waiting (for metrics and tests). */
  get load(): { running: number; waiting: number; workers: number } {
    return { running: [...this.slots].filter((s) => s.job).length, waiting: this.waiting.length, workers: this.slots.size };
  }

  /** Stops every worker; running and waiting tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error("the off-thread pool is closed"));
    await Promise.all([...this.slots].map((slot) => this.discard(slot, new Error("the off-thread pool is closed"))));
  }

  private spawn(): Slot {
    const { memoryMb } = this.options.limits;
    const worker = new Worker(BOOT, {
      workerData: { preload: [...new Set((this.options.preload ?? []).map((task) => task.moduleUrl))] },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(memoryMb / 8))) },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`an off-thread worker did not start within ${BOOT_TIMEOUT_MS} ms`)), BOOT_TIMEOUT_MS);
      worker.once("message", () => {
        clearTimeout(timer);
        resolve();
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    slot.ready.catch(() => undefined);
    worker.on("message", (message: { id?: number; ok?: boolean; value?: unknown; error?: { name: string; message: string } }) => {
      const job = slot.job;
      if (!job || message.id !== job.id) return;
      slot.job = undefined;
      this.release(slot);
      if (message.ok) job.resolve(message.value);
      else job.reject(taskError(message.error!));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const job = slot.job;
      slot.job = undefined;
      this.forget(slot);
      if (!job) return;
      const { memoryMb } = this.options.limits;
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") job.reject(new OffThreadLimitError("memory", memoryMb, `the task needed more than ${memoryMb} MB of memory`));
      else job.reject(error);
    });
    worker.on("exit", () => {
      const job = slot.job;
      slot.job = undefined;
      this.forget(slot);
      job?.reject(new Error("an off-thread worker stopped unexpectedly"));
    });
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    slot.ready.then(
      () => {
        if (slot.job !== job) return;
        const { timeoutMs } = this.options.limits;
        const timer = setTimeout(() => {
          if (slot.job !== job) return;
          void this.discard(slot, new OffThreadLimitError("time", timeoutMs, `the task ran longer than ${timeoutMs} ms and was stopped`));
        }, timeoutMs);
        const settle = () => clearTimeout(timer);
        const { resolve, reject } = job;
        job.resolve = (value) => (settle(), resolve(value));
        job.reject = (error) => (settle(), reject(error));
        slot.worker.postMessage({ id: job.id, moduleUrl: job.task.moduleUrl, exportName: job.task.exportName, input: job.input });
      },
      (error: Error) => {
        if (slot.job !== job) return;
        void this.discard(slot, error);
      },
    );
  }

  /** A finished worker takes the next waiting task, or waits (and is stopped after idleMs). */
  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) return this.start(slot, next);
    if (this.closed) return void this.discard(slot, new Error("closed"));
    this.idle.push(slot);
    slot.idleTimer = setTimeout(() => {
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      void this.discard(slot, new Error("idle"));
    }, this.options.idleMs ?? 30_000);
    slot.idleTimer.unref();
  }

  /** Stops a worker; its task (if any) fails with `reason`; a waiting task gets a new worker. */
  private async discard(slot: Slot, reason: Error): Promise<void> {
    const job = slot.job;
    slot.job = undefined;
    this.forget(slot);
    job?.reject(reason);
    await slot.worker.terminate().catch(() => undefined);
  }

  private forget(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    const next = this.closed ? undefined : this.waiting.shift();
    if (next) this.start(this.spawn(), next);
  }
}

function taskError(error: { name: string; message: string }): Error {
  // A walk that recursed on the input's depth: the input is too complex, not the code wrong.
  if (error.name === "RangeError" && /call stack/i.test(error.message)) {
    return new OffThreadLimitError("stack", 0, "the task recursed deeper than the worker's stack allows");
  }
  return new OffThreadTaskError(error.name, error.message);
}
