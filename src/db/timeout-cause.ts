import os from "node:os";

/**
 * Why a statement ran out of time: the database or the machine was slow (a trivial question is
 * slow too, or the host is overloaded), or the query itself was too large for the time it had.
 * Measured after the timeout, once, so that the message gives the right advice: waiting and trying
 * again, or narrowing the query. The advice is only as good as the measure, so both figures go
 * into the answer.
 */
export type TimeoutCause = "SLOW_DATABASE" | "QUERY_TOO_LARGE";

export interface SlownessMeasure {
  /** How long a trivial question (`RETURN 1`) took just after the timeout; null when it got no answer in time. */
  probeMs: number | null;
  /** The host's 1-minute load average per core. */
  loadPerCore: number;
}

/** A trivial question slower than this says the database (or the path to it) is slow. */
export const SLOW_PROBE_MS = 250;
/** More runnable work than this per core: the host itself is overloaded. */
export const OVERLOADED_LOAD_PER_CORE = 2;

export function classifyTimeout(measure: SlownessMeasure): TimeoutCause {
  if (measure.probeMs === null || measure.probeMs >= SLOW_PROBE_MS) return "SLOW_DATABASE";
  if (measure.loadPerCore >= OVERLOADED_LOAD_PER_CORE) return "SLOW_DATABASE";
  return "QUERY_TOO_LARGE";
}

/** The host's load as the measure reads it (the 1-minute average over the cores). */
export function hostLoadPerCore(): number {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  return (os.loadavg()[0] ?? 0) / cores;
}

/** The message an analyst reads for each cause, with the figures behind it. */
export function timeoutMessage(cause: TimeoutCause | undefined, measure?: SlownessMeasure): string {
  if (cause === "SLOW_DATABASE" && measure) {
    const probe = measure.probeMs === null ? "a trivial query got no answer in time" : `a trivial query took ${Math.round(measure.probeMs)} ms`;
    return `The query was stopped because the database or its host is slow right now (${probe}; host load ${measure.loadPerCore.toFixed(1)} per core), not because the query is too large: try again shortly.`;
  }
  if (cause === "QUERY_TOO_LARGE") {
    return "The query took too long and was stopped while the database answered quickly otherwise: it asks for too much; narrow it (filters, smaller `first`, fewer hops).";
  }
  return "The query took too long and was stopped; narrow it (filters, smaller `first`).";
}
