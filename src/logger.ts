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

/**
 * A command-line tool's logger: everything on stderr, so stdout carries only the tool's result
 * (a table, an id, or `--json` output another program parses, also when the run fails).
 */
export function createCliLogger(level: string): Logger {
  const settings = { level, base: { service: "mvgraph" }, redact: ["req.headers.authorization", "*.password"] };
  if (process.stderr.isTTY !== true || level === "silent") return pino(settings, pino.destination(2));
  return pino(settings, pino.transport({ target: "pino-pretty", options: { destination: 2, colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" } }));
}
