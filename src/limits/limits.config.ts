import { z } from "zod";

/**
 * The protective limits of the API and their environment variables (validated by loadConfig
 * with every other variable). Each is documented in README.md ("Limits") and .env.example.
 */
const count = (min: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`);

const bool = z.enum(["true", "false"], { error: "must be true or false" });

export const limitsEnvSchema = {
  GRAPHQL_MAX_DEPTH: count(1).default(12),
  GRAPHQL_MAX_COST: count(1).default(50_000),
  GRAPHQL_LIST_SIZE_ESTIMATE: count(1).default(5),
  GRAPHQL_MAX_ALIASES: count(0).default(15),
  GRAPHQL_MAX_DIRECTIVES: count(0).default(10),
  GRAPHQL_MAX_TOKENS: count(10).default(4_000),
  GRAPHQL_MAX_BATCH: count(1).default(1),
  GRAPHQL_INTROSPECTION: bool.default("true"),
  HTTP_MAX_BODY_BYTES: count(1_024).default(102_400),
  REQUEST_TIMEOUT_MS: count(100).default(30_000),
  RATE_LIMIT_MAX: count(0).default(600),
  RATE_LIMIT_WINDOW_MS: count(1_000).default(60_000),
  TRUST_PROXY: z
    .string()
    .regex(/^(|false|true|loopback|\d+)$/, 'must be empty, "false", "true", "loopback" or a number of proxy hops')
    .default(""),
};

type LimitsEnv = { [K in keyof typeof limitsEnvSchema]: z.infer<(typeof limitsEnvSchema)[K]> };

export interface Limits {
  /** Deepest field nesting of an operation (fragments count as written). */
  maxDepth: number;
  /** Highest estimated cost of an operation (see src/limits/query-cost.ts). */
  maxCost: number;
  /** Assumed length of a list field that has no `first`/`last` argument, for the cost. */
  listSizeEstimate: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document; the parser stops beyond this. */
  maxTokens: number;
  /** Operations in one batched HTTP request; 1 turns batching off. */
  maxBatch: number;
  introspection: boolean;
  maxBodyBytes: number;
  /** Wall-clock budget of one request's database work; every transaction gets what is left. */
  requestTimeoutMs: number;
  /** Requests per window per credential (Authorization header) or, without one, per IP; 0 = off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Express "trust proxy": whose X-Forwarded-For to believe for the client IP. */
  trustProxy: boolean | number | string;
}

export function toLimits(env: LimitsEnv): Limits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxCost: env.GRAPHQL_MAX_COST,
    listSizeEstimate: env.GRAPHQL_LIST_SIZE_ESTIMATE,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxBatch: env.GRAPHQL_MAX_BATCH,
    introspection: env.GRAPHQL_INTROSPECTION === "true",
    maxBodyBytes: env.HTTP_MAX_BODY_BYTES,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    rateLimitMax: env.RATE_LIMIT_MAX,
    rateLimitWindowMs: env.RATE_LIMIT_WINDOW_MS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
