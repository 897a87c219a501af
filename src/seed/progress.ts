import type { LoadProgress } from "./loader.js";

/**
 * Progress of a bulk load on the console's stderr (stdout stays for results, e.g. `--json`):
 * at most one line every `everyMs`, and always the last ("committing"), so a load that takes
 * minutes on a busy machine shows it is moving, without flooding a log.
 */
export function consoleProgress(out: NodeJS.WritableStream = process.stderr, everyMs = 2_000): (progress: LoadProgress) => void {
  let last = 0;
  return ({ what, done, total, step, committing }) => {
    const now = Date.now();
    if (!committing && now - last < everyMs) return;
    last = now;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    out.write(committing ? `${what}: ${done} of ${total} rows written; committing\n` : `${what}: ${done} of ${total} rows written (${percent}%, ${step})\n`);
  };
}
