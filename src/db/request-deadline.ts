import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The wall-clock deadline of the request being served, carried through its async work (resolvers,
 * DataLoader batches) without threading it through every call. The Database reads it to give each
 * transaction only the time the request has left.
 */
const deadlines = new AsyncLocalStorage<number>();

export function runWithDeadline<T>(deadline: number, work: () => T): T {
  return deadlines.run(deadline, work);
}

/** Milliseconds the current request has left, or undefined outside a request. */
export function remainingRequestMs(): number | undefined {
  const deadline = deadlines.getStore();
  return deadline === undefined ? undefined : deadline - Date.now();
}
