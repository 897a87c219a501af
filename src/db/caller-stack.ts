/**
 * Runs `start` (a driver call that creates a Result: `session.run`, `tx.run`) with the capture
 * of stack traces off. The driver captures the caller's stack for every result it creates, to
 * graft it onto an error that result may later fail with; under tsx (how the server runs) each
 * capture is source-mapped frame by frame, 3% of the server's CPU on the nested listing. Our
 * errors leave this door translated (code and message, the statement's own log line), so the
 * grafted stack, which would name this file, told nothing. Only the synchronous part of the
 * call runs so: the driver's own errors later on keep their stacks.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
