import { afterAll, describe, expect, it } from "vitest";
import { OffThreadLimitError, OffThreadPool, OffThreadTaskError, offThreadTask } from "./pool.js";

const tasks = new URL("./test-tasks.ts", import.meta.url);
const double = offThreadTask<{ n: number }, number>(tasks, "double");
const spin = offThreadTask<void, never>(tasks, "spin");
const hog = offThreadTask<void, number>(tasks, "hog");
const recurse = offThreadTask<{ depth: number }, number>(tasks, "recurse");
const fail = offThreadTask<void, never>(tasks, "fail");

const limitOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no limit broken",
    (error: unknown) => (error instanceof OffThreadLimitError ? `${error.limit} ${error.value}` : `other: ${String(error)}`),
  );

describe("a pure function run off the request thread", () => {
  const pool = new OffThreadPool({ limits: { timeoutMs: 1_500, memoryMb: 64 }, size: 1, queue: 1 });
  afterAll(() => pool.close());

  it("answers what the function returns", async () => {
    expect(await pool.run(double, { n: 21 })).toBe(42);
  });

  it("stops a task that never ends at the time limit, and the next task gets a new worker", async () => {
    expect(await limitOf(pool.run(spin, undefined))).toBe("time 1500");
    expect(await pool.run(double, { n: 2 })).toBe(4);
  });

  it("stops a task that takes more memory than the heap limit", async () => {
    // A time limit far beyond what filling 64 MB takes: only the memory limit can end it.
    const roomy = new OffThreadPool({ limits: { timeoutMs: 120_000, memoryMb: 64 }, size: 1, queue: 0 });
    try {
      expect(await limitOf(roomy.run(hog, undefined))).toBe("memory 64");
      expect(await roomy.run(double, { n: 3 })).toBe(6);
    } finally {
      await roomy.close();
    }
  });

  it("calls recursion deeper than the stack a limit, not a crash", async () => {
    expect(await limitOf(pool.run(recurse, { depth: 10_000_000 }))).toBe("stack 0");
  });

  it("passes a task's own error on by name and message", async () => {
    const error = await pool.run(fail, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffThreadTaskError);
    expect(error).toMatchObject({ errorName: "Error", message: "a task's own failure" });
  });

  it("queues up to its bound and refuses the task beyond it", async () => {
    const running = pool.run(spin, undefined);
    const queued = pool.run(double, { n: 5 });
    expect(await limitOf(pool.run(double, { n: 6 }))).toBe("queue 1");
    expect(await limitOf(running)).toBe("time 1500");
    expect(await queued).toBe(10);
  });
});
