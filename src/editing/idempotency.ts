import { createHash } from "node:crypto";
import type { StoredChange } from "../audit/audit.repository.js";
import { findOutcome, forgetOutcome, recordOutcome } from "../audit/idempotency.repository.js";
import type { Viewer } from "../auth/viewer.js";
import type { Tx } from "../db/database.js";
import { BadRequestError, ConflictError } from "../errors.js";

/**
 * Idempotent retries. A client that sends `Idempotency-Key: <key>` with a mutation and gets no
 * answer (the connection dropped, DATABASE_UNAVAILABLE after a commit whose answer was lost) can
 * send the same request with the same key again: each edit the first request committed is not
 * run again, and its stored outcome is answered instead. The key is stored in the edit's own
 * transaction, so "committed" and "key stored" are one fact. A key belongs to its user (the
 * viewer's name), and to one request: the same key with another operation or other variables is
 * refused (CONFLICT naming Idempotency-Key). Keys expire after IDEMPOTENCY_KEY_TTL_HOURS.
 */
export interface IdempotentRequest {
  key: string;
  actor: string;
  /** SHA-256 of the operation, its name and its variables (keys sorted). */
  fingerprint: string;
  ttlMs: number;
  /** The n-th edit of the request (a request may hold several mutations, run in order). */
  nextOrdinal(): number;
}

/** Keys are visible ASCII, 1 to 255 characters (a UUID is the usual choice). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's idempotency key from its header, or undefined when none was sent. */
export function idempotentRequest(
  header: string | string[] | undefined,
  viewer: Viewer,
  body: { query?: unknown; operationName?: unknown; variables?: unknown } | undefined,
  ttlHours: number,
): IdempotentRequest | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? undefined : header.trim();
  if (key === undefined || !KEY.test(key)) {
    throw new BadRequestError("The Idempotency-Key header must be one value of 1 to 255 visible ASCII characters (a UUID, for example).", "Idempotency-Key");
  }
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([body?.query ?? null, body?.operationName ?? null, sortedKeys(body?.variables ?? null)]))
    .digest("hex");
  let ordinal = 0;
  return { key, actor: `${viewer.via}:${viewer.name}`, fingerprint, ttlMs: ttlHours * 3_600_000, nextOrdinal: () => (ordinal += 1) };
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortedKeys(v)]));
}

/** What an edit answered: its result and its change records, as runEdit returns them. */
export interface EditOutcome<T> {
  result: T;
  changes: StoredChange[];
}

function recordId(request: IdempotentRequest, ordinal: number): string {
  return `${createHash("sha256").update(`${request.actor}\n${request.key}`).digest("hex")}:${ordinal}`;
}

/**
 * The outcome an earlier request with this key stored for this edit, if any (an expired one is
 * forgotten); CONFLICT when the key was used for another request.
 */
export async function storedOutcome<T>(tx: Tx, request: IdempotentRequest, ordinal: number): Promise<EditOutcome<T> | undefined> {
  const id = recordId(request, ordinal);
  const stored = await findOutcome(tx, id);
  if (!stored) return undefined;
  if (stored.expiresAt < new Date().toISOString()) {
    await forgetOutcome(tx, id);
    return undefined;
  }
  if (stored.fingerprint !== request.fingerprint) {
    throw new ConflictError(
      `Idempotency-Key "${request.key}" was used for a different request (another operation or other variables); send a new key with a new request.`,
      "Idempotency-Key",
    );
  }
  // The outcome is JSON this module wrote from the same edit's plain result and change rows.
  return JSON.parse(stored.outcome) as EditOutcome<T>;
}

/** Stores the edit's outcome under the key, in the edit's transaction. */
export async function storeOutcome(tx: Tx, request: IdempotentRequest, ordinal: number, outcome: EditOutcome<unknown>): Promise<void> {
  const now = Date.now();
  await recordOutcome(tx, {
    id: recordId(request, ordinal),
    key: request.key,
    actor: request.actor,
    ordinal,
    fingerprint: request.fingerprint,
    outcome: JSON.stringify(outcome),
    at: new Date(now).toISOString(),
    expiresAt: new Date(now + request.ttlMs).toISOString(),
    changeIds: outcome.changes.map((change) => change.id),
  });
}
