/** Tasks for the pool's own tests (src/offthread/pool.test.ts): each breaks one limit, or none. */
export function double(input: { n: number }): number {
  return input.n * 2;
}

export function spin(): never {
  for (;;) {
    // never returns: only the time limit ends it
  }
}

export function hog(): number {
  // Plain arrays live on the V8 heap (unlike typed arrays' buffers), which the limit caps.
  const kept: number[][] = [];
  for (;;) kept.push(new Array<number>(1_000_000).fill(kept.length + 0.5));
}

export function recurse(input: { depth: number }): number {
  return input.depth === 0 ? 0 : 1 + recurse({ depth: input.depth - 1 });
}

export function fail(): never {
  throw new Error("a task's own failure");
}
