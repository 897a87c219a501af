import { GraphQLError } from "graphql";
import { timeoutMessage, type SlownessMeasure, type TimeoutCause } from "./db/timeout-cause.js";

/**
 * The error kinds clients can see. Each carries a stable `extensions.code`; none carries a stack
 * trace or Cypher. Unexpected errors are logged server-side and shown as INTERNAL_SERVER_ERROR.
 */
export class BadUserInputError extends GraphQLError {
  /** `more`: further extensions, e.g. `nearest` (the names nearest to an unknown ref). */
  constructor(message: string, field?: string, more?: Record<string, unknown>) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}), ...more } });
  }
}

/** A request refused as a whole before it runs (HTTP 400), e.g. for a bad header; `field` names it. */
export class BadRequestError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: "BAD_REQUEST", field, http: { status: 400 } } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "NOT_FOUND" } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: "CONFLICT", ...(field ? { field } : {}) } });
  }
}

/**
 * Neo4j cannot be reached. Raised by a resolver it is a field error (HTTP 200, as GraphQL over
 * HTTP wants for a response with `data`); with `http`, it refuses a whole request before it runs.
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(http?: { status: number; headers: Map<string, string> }) {
    super("The graph database is unavailable right now; try again shortly.", {
      extensions: { code: "DATABASE_UNAVAILABLE", ...(http ? { http } : {}) },
    });
  }
}

/**
 * A statement ran out of time. With a measured cause (db/timeout-cause.ts), the message says
 * whether the database or its host was slow (try again) or the query too large (narrow it), and
 * `extensions.cause` names it; without one (the request's own deadline had passed), the general advice.
 */
export class DatabaseTimeoutError extends GraphQLError {
  constructor(cause?: { cause: TimeoutCause; measure: SlownessMeasure }) {
    super(timeoutMessage(cause?.cause, cause?.measure), {
      extensions: {
        code: "QUERY_TIMEOUT",
        ...(cause ? { cause: cause.cause, probeMs: cause.measure.probeMs === null ? null : Math.round(cause.measure.probeMs), loadPerCore: Number(cause.measure.loadPerCore.toFixed(2)) } : {}),
      },
    });
  }
}

/**
 * A bulk write (the seed, a restore) ran out of its own time budget: it was rolled back whole.
 * Never reaches a GraphQL client; start-up and the command-line tools print it.
 */
export class BulkWriteTimeoutError extends Error {
  override name = "BulkWriteTimeoutError";
  constructor(what: string, timeoutMs: number) {
    super(
      `${what} did not finish within NEO4J_BULK_TX_TIMEOUT_MS (${Math.round(timeoutMs / 1000)} s) and was rolled back: nothing of it was written. ` +
        "The machine or the database is slow or busy; raise NEO4J_BULK_TX_TIMEOUT_MS (milliseconds) and try again.",
    );
  }
}

/**
 * No (valid) credential, where one is needed. Field-level by default (the rest of the answer still
 * comes); `http` makes it the whole response's status, for a credential that fails to verify.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, options: { http?: boolean } = {}) {
    super(message, {
      extensions: {
        code: "UNAUTHENTICATED",
        ...(options.http ? { http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="mvgraph"']]) } } : {}),
      },
    });
  }
}

/** A valid credential whose role is not enough for this field or operation. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}
