import type { Session } from "neo4j-driver";
import { neo4jSessionsInUse, neo4jTransactionDuration } from "../metrics/registry.js";

/** Counts the session as in use until it closes, and how long it was held (GET /metrics). */
export function measuredSession(session: Session, mode: "READ" | "WRITE"): Session {
  const started = performance.now();
  neo4jSessionsInUse.inc();
  const close = session.close.bind(session);
  let closed = false;
  session.close = async () => {
    try {
      await close();
    } finally {
      if (!closed) {
        closed = true;
        neo4jSessionsInUse.dec();
        neo4jTransactionDuration.observe({ mode: mode.toLowerCase() }, (performance.now() - started) / 1000);
      }
    }
  };
  return session;
}
