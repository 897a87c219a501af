import { createHash } from "node:crypto";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Logger } from "../logger.js";
import type { Limits } from "./limits.config.js";
import { invalidUtf8QueryParameter, refuseInvalidUtf8 } from "./utf8.js";

/**
 * The HTTP guards in front of every route (GraphQL, exports, pages, metrics), in order: rate
 * limit; for /graphql, body size and JSON, batch size; then the request deadline. A request they
 * refuse gets a GraphQL-shaped JSON error with a stable code and a 4xx status, never Express's
 * HTML error page or a stack trace. Mount them before any route.
 */
export function mountHttpGuards(app: express.Express, graphqlPath: string, limits: Limits): void {
  if (limits.rateLimitMax > 0) app.use(rateLimiter(limits));
  app.use(utf8QueryGuard);
  app.use(graphqlPath, express.json({ limit: limits.maxBodyBytes, verify: refuseInvalidUtf8 }), batchSizeGuard(limits.maxBatch));
  app.use(requestDeadline(limits.requestTimeoutMs));
}

export function sendRequestError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).type("application/json").send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/**
 * Per credential when the request carries one (the Authorization header, hashed: the key never
 * stays in memory in clear), otherwise per client IP (IPv6 by /56 subnet, so one host cannot
 * rotate addresses). Behind a reverse proxy, set TRUST_PROXY so the IP is the client's.
 */
function rateLimiter(limits: Limits): RequestHandler {
  return rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => {
      const credential = req.get("authorization");
      if (credential) return `credential:${createHash("sha256").update(credential).digest("base64url")}`;
      return `ip:${ipKeyGenerator(req.ip ?? "unknown")}`;
    },
    handler: (_req, res, _next, options) => {
      sendRequestError(
        res,
        options.statusCode,
        "RATE_LIMITED",
        `Too many requests: at most ${limits.rateLimitMax} every ${limits.rateLimitWindowMs / 1000} s per credential or address; retry after the time in the Retry-After header.`,
      );
    },
  });
}

/** A query string whose parameters are not UTF-8 is refused, naming the parameter (see utf8.ts). */
const utf8QueryGuard: RequestHandler = (req, res, next) => {
  const parameter = invalidUtf8QueryParameter(req.originalUrl);
  if (parameter) sendRequestError(res, 400, "BAD_REQUEST", `${parameter}: the text is not valid UTF-8`, { field: parameter });
  else next();
};

/** Batched requests (a JSON array of operations) are refused beyond `maxBatch` operations. */
function batchSizeGuard(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (maxBatch > 1 && Array.isArray(req.body) && req.body.length > maxBatch) {
      sendRequestError(res, 400, "BAD_REQUEST", `A batch may hold at most ${maxBatch} operations (got ${req.body.length}).`);
      return;
    }
    next();
  };
}

/**
 * The request's database budget starts here, after body parsing: its deadline goes in
 * `res.locals`, and the route hands it to the request's context (`deadlineOf`), whose database
 * gives each transaction only what is left of it.
 */
function requestDeadline(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    res.locals.deadline = Date.now() + timeoutMs;
    next();
  };
}

/** The request's deadline (ms since the epoch), or undefined on a route the guards do not cover. */
export function deadlineOf(res: Response): number | undefined {
  const deadline: unknown = res.locals.deadline;
  return typeof deadline === "number" ? deadline : undefined;
}

/**
 * Errors of the routes (body parsing, static files) and anything unexpected, as JSON; details
 * stay in the log. Express's own handler would send an HTML page with the stack trace outside
 * production.
 */
export function jsonErrorHandler(log: Logger, limits: Limits): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string; field?: string }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    switch (error.type) {
      case "entity.parse.failed":
        sendRequestError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
        return;
      case "entity.too.large":
        sendRequestError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than the limit of ${limits.maxBodyBytes} bytes.`);
        return;
      case "encoding.unsupported":
      case "charset.unsupported":
        sendRequestError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be UTF-8 JSON.");
        return;
      case "encoding.invalid": // InvalidUtf8Error (utf8.ts): its message names the field
        sendRequestError(res, 400, "BAD_REQUEST", error.message ?? "The request body is not valid UTF-8.", error.field ? { field: error.field } : {});
        return;
      case "request.aborted":
      case "request.size.invalid":
      case "stream.encoding.set":
        sendRequestError(res, 400, "BAD_REQUEST", "The request body could not be read.");
        return;
    }
    if (error.status === 404) {
      sendRequestError(res, 404, "NOT_FOUND", "Not found.");
      return;
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      sendRequestError(res, error.status, "BAD_REQUEST", "The request could not be understood.");
      return;
    }
    log.error({ err: error }, "unexpected error in an HTTP request");
    sendRequestError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  };
}
