import { z } from "zod";
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

const schema = z.object({
  PORT: httpPort.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
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
  NEO4J_TX_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int()
    .min(100, "must be at least 100")
    .default(15000),
  SEED_ON_EMPTY: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
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
  ...limitsEnvSchema,
});

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  neo4j: {
    /** Set when an external Neo4j is used; undefined means: start the local engine. */
    uri: string | undefined;
    username: string;
    password: string;
    database: string | undefined;
    txTimeoutMs: number;
  };
  localNeo4j: { boltPort: number; dataDir: string; heap: string };
  seedOnEmpty: boolean;
  coordination: CoordinationSettings;
  limits: Limits;
}

/** Settings of the coordination queries. */
export interface CoordinationSettings {
  /** "Us": the body whose liaisons count when a query names none (readable id). */
  home: string;
  /** Upper bound for `connection(maxHops:)`. */
  maxHops: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join(".");
      const value = env[variable];
      const shown = variable === "NEO4J_PASSWORD" || value === undefined ? "" : ` (got "${value}")`;
      return `${variable} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}. See .env.example.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    localNeo4j: { boltPort: e.NEO4J_LOCAL_BOLT_PORT, dataDir: e.NEO4J_LOCAL_DATA_DIR, heap: e.NEO4J_LOCAL_HEAP },
    seedOnEmpty: e.SEED_ON_EMPTY === "true",
    coordination: { home: e.HOME_ORGANIZATION, maxHops: e.MAX_PATH_HOPS },
    limits: toLimits(e),
  };
}
