import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { checkUnique, DEFAULT_API_KEYS_FILE, parseApiKeyList, readApiKeysFile, type ApiKeyEntry } from "./auth/api-keys.js";
import { limitsEnvSchema, toLimits, type Limits } from "./limits/limits.config.js";

/**
 * Every environment variable the product reads, validated once at start. A bad value stops the
 * process with one message naming the variable, instead of failing later somewhere deep.
 */
const port = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

/** Port 0 asks the OS for any free port (used by tests). */
const httpPort = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");

const neo4jUri = z
  .string()
  .regex(
    /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/:]+(:\d{1,5})?\/?$/,
    "must look like bolt://host:7687 or neo4j+s://host (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc)",
  );

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** How much of a file the importer reads before refusing it, and the worker that reads it (IMPORT_*). */
export interface ImportLimits {
  /** Bytes of the uploaded file. */
  maxBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Total uncompressed size of a DOCX's parts (declared and actual), and of a PDF's text streams. */
  maxUnzippedBytes: number;
  /** Wall-clock budget for reading a PDF's text. */
  pdfParseTimeoutMs: number;
  /** Characters of extracted text kept (longer text is refused as too large). */
  maxTextChars: number;
  /** Elements open inside each other in an HTML page (browsers stop nesting at 512). */
  maxHtmlDepth: number;
  /** Hard time limit of reading and recognizing one file, off the request thread: the worker is stopped. */
  timeoutMs: number;
  /** Heap of the worker that reads a file (its V8 old generation, MB). */
  memoryMb: number;
  /** Files read at once (one worker each). */
  workers: number;
  /** Files waiting for a worker; beyond them an import is refused as busy (503). */
  queue: number;
}

export const defaultImportLimits: ImportLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 200,
  maxUnzippedBytes: 50 * 1024 * 1024,
  pdfParseTimeoutMs: 20_000,
  maxTextChars: 2_000_000,
  maxHtmlDepth: 512,
  timeoutMs: 20_000,
  memoryMb: 512,
  workers: 1,
  queue: 8,
};

const count = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const importLimitsEnvSchema = {
  IMPORT_MAX_BYTES: count(1_024).default(defaultImportLimits.maxBytes),
  IMPORT_MAX_PAGES: count(1).default(defaultImportLimits.maxPages),
  IMPORT_MAX_UNZIPPED_BYTES: count(1_024).default(defaultImportLimits.maxUnzippedBytes),
  IMPORT_PDF_TIMEOUT_MS: count(100).default(defaultImportLimits.pdfParseTimeoutMs),
  IMPORT_MAX_TEXT_CHARS: count(1_000).default(defaultImportLimits.maxTextChars),
  IMPORT_MAX_HTML_DEPTH: count(16).default(defaultImportLimits.maxHtmlDepth),
  IMPORT_TIMEOUT_MS: count(500).default(defaultImportLimits.timeoutMs),
  IMPORT_MEMORY_MB: count(64).default(defaultImportLimits.memoryMb),
  IMPORT_WORKERS: count(1, 16).default(defaultImportLimits.workers),
  IMPORT_QUEUE: count(0).default(defaultImportLimits.queue),
};

const schema = z.object({
  PORT: httpPort.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  METRICS_PORT: z.preprocess(emptyAsUndefined, httpPort.optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_PASSWORD_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "must be a Neo4j database name (letters, digits, '.', '-')")
      .optional(),
  ),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default(".neo4j/data"),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, "must be a JVM heap size such as 512m or 2g")
    .default("1g"),
  /** How long the local engine may take to start (a first start creates its store; a busy machine is slow). */
  NEO4J_LOCAL_START_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(1000, "must be at least 1000")
    .default(600_000),
  NEO4J_TX_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int()
    .min(100, "must be at least 100")
    .default(15000),
  /** Bulk writes (the seed load at start, `npm run seed`, `npm run restore`): one transaction each, under this budget. */
  NEO4J_BULK_TX_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(1000, "must be at least 1000")
    .default(600_000),
  SEED_ON_EMPTY: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  /** Seed layers (folders under seed/) loaded over the seed, comma-separated; "none" for the seed alone. */
  SEED_LAYERS: z
    .string()
    .regex(/^(none|[a-z0-9-]+(,[a-z0-9-]+)*)$/, 'must be "none" or folder names under seed/, comma-separated (e.g. landscape)')
    .default("landscape"),
  DATALOADER_BATCHING: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  HOME_ORGANIZATION: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "must be an organization's readable id, e.g. jca-mv")
    .default("jca-mv"),
  MAX_PATH_HOPS: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(10, "must be at most 10")
    .default(6),
  /** A fact whose latest confirming source is older than this is marked unconfirmed, and listed by stale(). */
  STALE_AFTER_DAYS: z.coerce.number({ error: "must be a whole number of days" }).int("must be a whole number of days").min(1, "must be at least 1").default(730),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number({ error: "must be a number of hours" }).int("must be a whole number of hours").min(1, "must be at least 1").max(8760, "must be at most 8760 (a year)").default(24),
  // Access control (src/auth/): API keys inline or in a file, and/or JWTs (shared secret or JWKS).
  MVGRAPH_API_KEYS: z.string().default(""),
  MVGRAPH_API_KEYS_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  MVGRAPH_JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  MVGRAPH_JWT_JWKS_URL: z.preprocess(emptyAsUndefined, z.url("must be the URL of a JSON Web Key Set").optional()),
  MVGRAPH_JWT_ISSUER: z.preprocess(emptyAsUndefined, z.string().optional()),
  MVGRAPH_JWT_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().optional()),
  MVGRAPH_JWT_ROLE_CLAIM: z.string().min(1).default("mvgraph_role"),
  ...limitsEnvSchema,
  ...importLimitsEnvSchema,
});

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  /** GET /metrics on this port of its own, without a credential; unset: on PORT, for admins. */
  metricsPort: number | undefined;
  neo4j: {
    /** Set when an external Neo4j is used; undefined means: start the local engine. */
    uri: string | undefined;
    username: string;
    password: string;
    database: string | undefined;
    txTimeoutMs: number;
    /** One bulk write's budget (seed, restore): NEO4J_BULK_TX_TIMEOUT_MS. */
    bulkTxTimeoutMs: number;
  };
  localNeo4j: { boltPort: number; dataDir: string; heap: string; startTimeoutMs: number };
  seedOnEmpty: boolean;
  /** SEED_LAYERS: the layers loaded over the seed (an empty graph at start, npm run seed). */
  seedLayers: string[];
  /** Off only to measure what batching buys (npm run bench). */
  batching: boolean;
  coordination: CoordinationSettings;
  auth: AuthConfig;
  limits: Limits;
  /** How much of an imported file is read before it is refused, and by how many workers (IMPORT_*). */
  importLimits: ImportLimits;
  /** How long an Idempotency-Key's outcome is kept, in hours (IDEMPOTENCY_KEY_TTL_HOURS; default 24). */
  idempotencyTtlHours: number;
}

/** Settings of the coordination queries. */
export interface CoordinationSettings {
  /** "Us": the body whose liaisons count when a query names none (readable id). */
  home: string;
  /** Upper bound for `connection(maxHops:)`. */
  maxHops: number;
  /** Facts not confirmed by a source for this many days are unconfirmed (STALE_AFTER_DAYS; default 730). */
  staleAfterDays?: number;
}

export interface AuthConfig {
  /** Every key configured at start: MVGRAPH_API_KEYS and the keys file. */
  apiKeys: ApiKeyEntry[];
  /** The keys file, re-read when it changes (with the inline keys, which stay). */
  apiKeysFile?: { path: string; inline: ApiKeyEntry[] };
  jwt: { secret: string | undefined; jwksUrl: string | undefined; issuer: string | undefined; audience: string | undefined; roleClaim: string };
}

/** Never echoed back in an error message. */
const secretVariables = new Set(["NEO4J_PASSWORD", "MVGRAPH_JWT_SECRET"]);

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join(".");
      const value = env[variable];
      const shown = secretVariables.has(variable) || value === undefined ? "" : ` (got "${value}")`;
      return `${variable} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}. See .env.example.`);
  }
  const e = parsed.data;
  if (e.MVGRAPH_JWT_SECRET && e.MVGRAPH_JWT_JWKS_URL) {
    throw new ConfigError("Invalid configuration: set MVGRAPH_JWT_SECRET or MVGRAPH_JWT_JWKS_URL, not both. See .env.example.");
  }
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    metricsPort: e.METRICS_PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD_FILE ? readPasswordFile(e.NEO4J_PASSWORD_FILE) : e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      bulkTxTimeoutMs: e.NEO4J_BULK_TX_TIMEOUT_MS,
    },
    localNeo4j: { boltPort: e.NEO4J_LOCAL_BOLT_PORT, dataDir: e.NEO4J_LOCAL_DATA_DIR, heap: e.NEO4J_LOCAL_HEAP, startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT_MS },
    seedOnEmpty: e.SEED_ON_EMPTY === "true",
    seedLayers: e.SEED_LAYERS === "none" ? [] : e.SEED_LAYERS.split(","),
    batching: e.DATALOADER_BATCHING === "true",
    coordination: { home: e.HOME_ORGANIZATION, maxHops: e.MAX_PATH_HOPS, staleAfterDays: e.STALE_AFTER_DAYS },
    auth: {
      ...apiKeys(e.MVGRAPH_API_KEYS, e.MVGRAPH_API_KEYS_FILE),
      jwt: {
        secret: e.MVGRAPH_JWT_SECRET,
        jwksUrl: e.MVGRAPH_JWT_JWKS_URL,
        issuer: e.MVGRAPH_JWT_ISSUER,
        audience: e.MVGRAPH_JWT_AUDIENCE,
        roleClaim: e.MVGRAPH_JWT_ROLE_CLAIM,
      },
    },
    limits: toLimits(e),
    importLimits: {
      maxBytes: e.IMPORT_MAX_BYTES,
      maxPages: e.IMPORT_MAX_PAGES,
      maxUnzippedBytes: e.IMPORT_MAX_UNZIPPED_BYTES,
      pdfParseTimeoutMs: e.IMPORT_PDF_TIMEOUT_MS,
      maxTextChars: e.IMPORT_MAX_TEXT_CHARS,
      maxHtmlDepth: e.IMPORT_MAX_HTML_DEPTH,
      timeoutMs: e.IMPORT_TIMEOUT_MS,
      memoryMb: e.IMPORT_MEMORY_MB,
      workers: e.IMPORT_WORKERS,
      queue: e.IMPORT_QUEUE,
    },
    idempotencyTtlHours: e.IDEMPOTENCY_KEY_TTL_HOURS,
  };
}

/** NEO4J_PASSWORD_FILE: a file holding the password (a secret mount, or a local engine's password file). */
function readPasswordFile(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    throw new ConfigError(`Invalid configuration: NEO4J_PASSWORD_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}). See .env.example.`);
  }
}

/**
 * The configured API keys (hashes only), or a ConfigError naming the variable and the entry.
 * Without MVGRAPH_API_KEYS_FILE, the keys file `npm run auth:key -- … --save` writes is read
 * when it exists.
 */
function apiKeys(inlineText: string, file: string | undefined): Pick<AuthConfig, "apiKeys" | "apiKeysFile"> {
  const read = (variable: string, parse: () => ApiKeyEntry[]) => {
    try {
      return parse();
    } catch (error) {
      throw new ConfigError(`Invalid configuration: ${variable} ${(error as Error).message}. See .env.example.`);
    }
  };
  const inline = read("MVGRAPH_API_KEYS", () => parseApiKeyList(inlineText));
  // A named file must be there; the default one is read once it exists (auth:key --save makes it).
  const path = file ?? DEFAULT_API_KEYS_FILE;
  const fromFile = file || existsSync(path) ? read("MVGRAPH_API_KEYS_FILE", () => readApiKeysFile(path)) : [];
  const entries = [...inline, ...fromFile];
  read("MVGRAPH_API_KEYS / MVGRAPH_API_KEYS_FILE:", () => (checkUnique(entries), entries));
  return { apiKeys: entries, apiKeysFile: { path, inline } };
}
