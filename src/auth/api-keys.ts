import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseGrantableRole, type AccessRole } from "./viewer.js";

/**
 * API keys are random 256-bit secrets with a recognisable prefix (`mvg_…`). Only their SHA-256
 * is stored: with that much entropy a plain hash cannot be reversed or guessed, and it lets the
 * server find a key in one lookup. (Passwords, which are guessable, would need scrypt; keys are
 * never chosen by people.)
 */
export const API_KEY_PREFIX = "mvg_";

/**
 * The keys file `npm run auth:key -- NAME ROLE --save` writes and the server reads when
 * MVGRAPH_API_KEYS_FILE is not set (relative to the folder the command runs in: npm runs its
 * scripts in the project's folder).
 */
export const DEFAULT_API_KEYS_FILE = ".mvgraph/api-keys.json";

export interface ApiKeyEntry {
  name: string;
  role: Exclude<AccessRole, "ANONYMOUS">;
  /** Hex SHA-256 of the whole key. */
  sha256: string;
}

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, "name must be 1-64 letters, digits, '.', '_', '@' or '-'");
const role = z.string().transform((value, ctx) => {
  const parsed = parseGrantableRole(value);
  if (!parsed) ctx.addIssue({ code: "custom", message: `role must be analyst, editor or admin (got "${value}")` });
  return parsed!;
});
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex digits (the hash, never the key itself)");
const entrySchema = z.strictObject({ name, role, sha256 });

/** `name:role:sha256,name:role:sha256` (MVGRAPH_API_KEYS). Throws an Error naming the bad entry. */
export function parseApiKeyList(text: string): ApiKeyEntry[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part, index) => {
      const [entryName, entryRole, hash, ...rest] = part.split(":");
      if (rest.length > 0 || hash === undefined) throw new Error(`entry #${index + 1} must be name:role:sha256`);
      return checked({ name: entryName, role: entryRole, sha256: hash }, `entry #${index + 1}`);
    });
}

/** A JSON file holding a list of {name, role, sha256} (MVGRAPH_API_KEYS_FILE). */
export function readApiKeysFile(file: string): ApiKeyEntry[] {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot be read as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new Error('must hold a JSON list of {"name", "role", "sha256"} entries');
  return entries.map((entry, index) => checked(entry, `entry #${index + 1}`));
}

function checked(entry: unknown, label: string): ApiKeyEntry {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) throw new Error(`${label}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  return parsed.data;
}

/** Refuses two keys with one name (the audit trail names the key) or one hash twice. */
export function checkUnique(entries: ApiKeyEntry[]): void {
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`two API keys are named "${entry.name}"`);
    if (hashes.has(entry.sha256)) throw new Error(`the key of "${entry.name}" is listed twice`);
    names.add(entry.name);
    hashes.add(entry.sha256);
  }
}

/**
 * Adds an entry to a keys file (replacing an earlier key of the same name), creating the file
 * owner-only (0600, its folder 0700). Written to a temporary file and renamed, so a server that
 * re-reads the file never sees half of it.
 */
export function saveApiKey(file: string, entry: ApiKeyEntry): void {
  const entries = existsSync(file) ? readApiKeysFile(file).filter((existing) => existing.name !== entry.name) : [];
  entries.push(entry);
  checkUnique(entries);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const written = entries.map((e) => ({ name: e.name, role: e.role.toLowerCase(), sha256: e.sha256 }));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(written, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
