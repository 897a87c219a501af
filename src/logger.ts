import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Logs for people when stdout is a terminal (pino-pretty: coloured, one readable line per event),
 * JSON lines otherwise (a file, a pipe, a log collector), so `npm start` in a terminal is
 * readable and the same process under a supervisor is machine-readable.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const settings = { level, base: { service: "mvgraph" }, redact: ["req.headers.authorization", "*.password"] };
  const pretty = options.pretty ?? (process.stdout.isTTY === true && level !== "silent");
  if (!pretty) return pino(settings);
  return pino(settings, pino.transport({ target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" } }));
}
