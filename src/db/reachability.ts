import { DatabaseUnavailableError } from "../errors.js";
import type { Logger } from "../logger.js";

export interface ReachabilityOptions {
  /** Asks Neo4j a trivial question: answered; refused (the connection failed: gone); busy (any other error). Called with a time limit. */
  answers: () => Promise<"answered" | "refused" | "busy">;
  log: Logger;
  /** While Neo4j is unreachable, how often to check whether it is back (ms). */
  probeIntervalMs?: number;
  /** A call waiting this long makes the watch ask Neo4j whether it is still there (ms). */
  stallMs?: number;
  /** How long that question may take before it counts as unanswered (ms). */
  answerWithinMs?: number;
  /** How long Neo4j may leave every question unanswered before it counts as gone (ms). */
  hungAfterMs?: number;
}

interface Waiting {
  since: number;
  mode: "READ" | "WRITE";
  abandon: (error: Error) => void;
}

/**
 * Whether Neo4j is there, and what waits on it. Once Neo4j is found unreachable, calls fail at
 * once with DATABASE_UNAVAILABLE while a probe checks every second whether it is back; the first
 * answer reopens the door.
 *
 * A call that Neo4j leaves waiting (a clean shutdown holds transactions, a dying server keeps
 * its sockets open) would otherwise only learn after the driver's timeouts and retries. So the
 * watch asks Neo4j a trivial question as soon as any call has waited `stallMs`:
 * - refused (connection refused or closed: Neo4j stopped, stopping or gone): every waiting call
 *   is answered DATABASE_UNAVAILABLE at once, about 0.5 s into the outage at the latest;
 * - answered: a slow query on a live Neo4j runs on, undisturbed;
 * - no answer within `answerWithinMs`: Neo4j is hung or very busy (a long GC pause). Only when it
 *   stays silent for `hungAfterMs` in a row, with no write under way, does it count as gone. A
 *   large write (a bulk load, an import) can keep it silent for longer than that, so while one
 *   waits, silence counts for nothing and the write is bounded by its own transaction timeout.
 *
 * An abandoned write may still commit on the server (the same uncertainty as any lost
 * connection); it never half-applies, since each write is one transaction.
 */
export class Reachability {
  private reachable = true;
  private closed = false;
  private probing: Promise<void> | undefined;
  private asking = false;
  private lastAskedAt = 0;
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | undefined;
  private readonly stallMs: number;
  private readonly answerWithinMs: number;
  private readonly hungAfterMs: number;
  /** Since when every question went unanswered (undefined once one is answered). */
  private silentSince: number | undefined;

  constructor(private readonly options: ReachabilityOptions) {
    this.stallMs = options.stallMs ?? 500;
    this.answerWithinMs = options.answerWithinMs ?? 1_000;
    this.hungAfterMs = options.hungAfterMs ?? 4_000;
  }

  /** False from the moment Neo4j was found unreachable until it answers again. */
  get available(): boolean {
    return this.reachable;
  }

  /** Fails at once while Neo4j is known to be unreachable. */
  assertReachable(): void {
    if (!this.reachable) throw new DatabaseUnavailableError();
  }

  /**
   * The call's own answer, or DATABASE_UNAVAILABLE as soon as Neo4j is found gone while it waits
   * (at once if it is known to be gone already: a commit or a close begun after the outage was
   * found). The call itself runs on; its late outcome is dropped.
   */
  async watch<T>(call: Promise<T>, mode: "READ" | "WRITE"): Promise<T> {
    if (!this.reachable) {
      call.catch(() => undefined);
      throw new DatabaseUnavailableError();
    }
    let entry: Waiting | undefined;
    const abandoned = new Promise<never>((_, reject) => {
      entry = { since: Date.now(), mode, abandon: reject };
    });
    this.waiting.add(entry!);
    this.tick();
    try {
      return await Promise.race([call, abandoned]);
    } finally {
      this.waiting.delete(entry!);
      if (this.waiting.size === 0) this.stopTicking();
    }
  }

  /** True when Neo4j answers a trivial question in time; updates `available`. */
  async check(): Promise<boolean> {
    const answer = await this.ask();
    if (answer === "answered") this.reachable = true;
    if (answer === "refused") this.markUnreachable("RETURN 1 refused");
    return answer === "answered";
  }

  /** `why` goes to the log: what showed that Neo4j is gone. */
  markUnreachable(why: string): void {
    if (this.closed) return;
    for (const entry of this.waiting) entry.abandon(new DatabaseUnavailableError());
    this.waiting.clear();
    this.stopTicking();
    if (!this.reachable) return;
    this.reachable = false;
    this.options.log.warn({ why }, "Neo4j is unreachable: answering DATABASE_UNAVAILABLE until it is back");
    this.probing = this.probeUntilBack().finally(() => {
      this.probing = undefined;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopTicking();
    await this.probing;
  }

  /** While calls wait, looks four times a second whether one has waited too long. */
  private tick(): void {
    this.timer ??= setInterval(() => void this.lookForStalls(), 100).unref();
  }

  /** No call waits any more: whatever was asked before has been answered by the calls themselves. */
  private stopTicking(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.silentSince = undefined;
  }

  private async lookForStalls(): Promise<void> {
    const now = Date.now();
    if (this.asking || now - this.lastAskedAt < this.stallMs) return;
    const oldest = Math.min(...[...this.waiting].map((entry) => entry.since));
    if (now - oldest < this.stallMs) return;
    this.asking = true;
    this.lastAskedAt = now;
    try {
      const answer = await this.ask();
      if (answer === "answered") this.silentSince = undefined;
      else if (answer === "unknown") return;
      // A write under way (a bulk load, an import) can keep Neo4j from answering for seconds:
      // silence then says nothing; a refusal still does.
      else if (answer === "late" && [...this.waiting].some((entry) => entry.mode === "WRITE")) this.silentSince = undefined;
      else if (answer === "refused") this.markUnreachable("RETURN 1 refused while a call waited");
      else {
        this.silentSince ??= now;
        if (Date.now() - this.silentSince >= this.hungAfterMs) this.markUnreachable(`no answer to RETURN 1 for ${Date.now() - this.silentSince} ms`);
      }
    } finally {
      this.asking = false;
    }
  }

  /** A freshly started engine may take a few seconds over its first logins: the probe for its return waits longer. */
  private async ask(withinMs = this.answerWithinMs): Promise<"answered" | "refused" | "late" | "unknown"> {
    let timer: NodeJS.Timeout | undefined;
    const askedAt = Date.now();
    // If this process was too busy to run the timer on time (a large result being converted, a
    // spreadsheet being written), an answer may be waiting unread: that says nothing about Neo4j.
    const late = new Promise<"late" | "unknown">((resolve) => {
      timer = setTimeout(() => resolve(Date.now() - askedAt > withinMs + 250 ? "unknown" : "late"), withinMs);
    });
    try {
      return await Promise.race([this.options.answers().then((answer) => (answer === "busy" ? "late" : answer)), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async probeUntilBack(): Promise<void> {
    const started = Date.now();
    while (!this.closed) {
      await new Promise((resolve) => setTimeout(resolve, this.options.probeIntervalMs ?? 1_000));
      if (this.closed) return;
      if ((await this.ask(5_000)) === "answered") {
        this.reachable = true;
        this.silentSince = undefined;
        this.options.log.info({ downMs: Date.now() - started }, "Neo4j answers again");
        return;
      }
    }
  }
}
