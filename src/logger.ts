import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs on stdout; `npm start | npx pino-pretty` for people. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "mvgraph" }, redact: ["req.headers.authorization", "*.password"] });
}
