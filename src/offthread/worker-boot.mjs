// The entry of an off-thread worker (src/offthread/pool.ts). Plain JavaScript, so that it starts
// the same under `tsx` (npm start, the CLIs), under vitest and under plain node: it registers tsx's
// loader in this thread first (a worker does not inherit the loader hooks of its parent), then
// runs the tasks it is sent, one at a time, each a pure function of a TypeScript module.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();

/** @type {Map<string, Record<string, unknown>>} */
const modules = new Map();

async function taskFunction(moduleUrl, exportName) {
  let module = modules.get(moduleUrl);
  if (!module) {
    module = await import(moduleUrl);
    modules.set(moduleUrl, module);
  }
  const fn = module[exportName];
  if (typeof fn !== "function") throw new TypeError(`${moduleUrl} exports no function ${exportName}`);
  return fn;
}

parentPort.on("message", async (message) => {
  const { id, moduleUrl, exportName, input } = message;
  try {
    const fn = await taskFunction(moduleUrl, exportName);
    const value = await fn(input);
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const text = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ id, ok: false, error: { name, message: text } });
  }
});

// The task modules named up front are loaded (and compiled) before the worker says it is ready,
// so that loading them is not counted in a task's time limit.
for (const moduleUrl of workerData?.preload ?? []) modules.set(moduleUrl, await import(moduleUrl));
parentPort.postMessage({ ready: true });
