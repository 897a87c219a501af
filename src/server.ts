import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Authenticator } from "./auth/authenticator.js";
import { defaultImportLimits, loadConfig, type CoordinationSettings, type ImportLimits } from "./config.js";
import { createContext, type Context } from "./context.js";
import { ReadShapes } from "./db/read-shapes.js";
import { idempotentRequest } from "./editing/idempotency.js";
import type { Database } from "./db/database.js";
import { mountExports } from "./export/export.routes.js";
import { mountGraphiQL } from "./graphiql/graphiql.js";
import { databaseAvailabilityPlugin } from "./graphql/database-availability.plugin.js";
import { mountImport } from "./import/import.routes.js";
import { mountReview } from "./import/review.page.js";
import { legacyJsonStatusPlugin } from "./graphql/json-status.plugin.js";
import { graphqlMetricsPlugin } from "./metrics/graphql-metrics.plugin.js";
import { mountMetrics, startMetricsServer } from "./metrics/metrics.routes.js";
import { deadlineOf, jsonErrorHandler, mountHttpGuards } from "./limits/http-guards.js";
import { securityHeaders } from "./limits/security-headers.js";
import type { Limits } from "./limits/limits.config.js";
import { costLimitPlugin, queryShapeRules } from "./limits/query-limits.js";
import type { Logger } from "./logger.js";
import { mountHome } from "./pages/home.page.js";
import { mountRoadmap } from "./roadmap/roadmap.page.js";

export interface Readiness {
  /** Migrations (and the seed of an empty graph) are done. */
  prepared: boolean;
}

export interface HttpServer {
  url: string;
  port: number;
  /** The port of /metrics when it has its own (METRICS_PORT). */
  metricsPort: number | undefined;
  close(): Promise<void>;
}

/** HTTP wiring: /graphql, /healthz (process up), /readyz (Neo4j reachable and migrated). */
export async function startHttpServer(options: {
  schema: GraphQLSchema;
  db: Database;
  readiness: Readiness;
  host: string;
  port: number;
  log: Logger;
  coordination?: CoordinationSettings;
  /** DataLoader batching (default on); off only to measure what it buys. */
  batching?: boolean;
  /** Turns the Authorization header into a viewer; anonymous-only when not given. */
  authenticator?: Authenticator;
  /** Protective limits (README "Limits"); the defaults when not given. */
  limits?: Limits;
  /** Serve /metrics on this port of its own (no credential); otherwise on the main port, for admins. */
  metricsPort?: number;
  /** How much of an imported document is read (POST /import, importDocument). */
  importLimits?: ImportLimits;
  /** How long an Idempotency-Key's outcome is kept (IDEMPOTENCY_KEY_TTL_HOURS; default 24). */
  idempotencyTtlHours?: number;
}): Promise<HttpServer> {
  const { schema, db, readiness, log } = options;
  const limits = options.limits ?? loadConfig({}).limits;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", limits.trustProxy);
  const httpServer: Server = createServer(app);
  // A client must send its whole request within this time (slow-loris requests are cut off).
  httpServer.requestTimeout = limits.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(httpServer.headersTimeout, limits.requestTimeoutMs);

  const readShapes = new ReadShapes();
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // Automatic persisted queries would let any client fill a server-side cache; not needed here.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryShapeRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema, and the plugin's hook on every field costs each request;
      // answers (some with people's e-mail and phone) are never stored by caches: no-store below.
      ApolloServerPluginCacheControlDisabled(),
      databaseAvailabilityPlugin(db),
      legacyJsonStatusPlugin(),
      graphqlMetricsPlugin(),
      // The request's read transaction is committed once its answer is complete. The answer does
      // not wait for the COMMIT: a read transaction has nothing to lose, and the client is spared
      // a round trip (end() never rejects; a failed commit only ends the transaction).
      //
      // A query names its operation to the request's database, which learns how many statements
      // its requests read with and reads a one-statement operation's statement alone (no BEGIN,
      // no COMMIT; src/db/read-shapes.ts).
      {
        requestDidStart: async () => ({
          didResolveOperation: async ({ contextValue, operation, operationName, queryHash }) => {
            if (operation?.operation === "query") contextValue.db.operation(readShapes, `${queryHash} ${operationName ?? ""}`);
          },
          willSendResponse: async ({ contextValue, response }) => {
            response.http.headers.set("cache-control", "no-store");
            void contextValue.db.end();
          },
        }),
      },
      costLimitPlugin(limits, log),
    ],
    formatError: (formatted, error) => hideInternals(formatted, error, log, { hideSuggestions: !limits.introspection }),
  });
  await apollo.start();

  app.use(...securityHeaders());
  // Probes come before the guards: a load balancer's health checks must never be rate-limited.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const database = await db.ping();
    const ready = database && readiness.prepared;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", database, migrated: readiness.prepared });
  });
  mountHttpGuards(app, "/graphql", limits);
  mountGraphiQL(app);
  const authenticator = options.authenticator ?? Authenticator.anonymousOnly();
  const metricsServer = options.metricsPort === undefined ? undefined : await startMetricsServer(options.host, options.metricsPort, log);
  if (!metricsServer) mountMetrics(app, authenticator, log);
  mountExports(app, { db, coordination: options.coordination, authenticator, log });
  mountRoadmap(app);
  mountHome(app);
  const importLimits = options.importLimits ?? defaultImportLimits;
  mountImport(app, { db, authenticator, limits, importLimits, log, ...(options.coordination ? { coordination: options.coordination } : {}) });
  mountReview(app);
  // GraphQL answers are never stored (no-store): the ETag express would hash from each body (a
  // SHA-1 of up to megabytes, per request) serves no one. The sub-app turns it off for /graphql
  // only; the pages and exports keep theirs.
  const graphqlApp = express();
  graphqlApp.disable("etag");
  graphqlApp.disable("x-powered-by");
  app.use("/graphql", graphqlApp);
  graphqlApp.use(
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await authenticator.viewerForHeader(req.headers.authorization);
        const idempotency = idempotentRequest(req.headers["idempotency-key"], viewer, req.body as Parameters<typeof idempotentRequest>[2], options.idempotencyTtlHours ?? 24);
        return createContext(db, { batching: options.batching, coordination: options.coordination, importLimits, viewer, deadline: deadlineOf(res), idempotency });
      },
    }),
  );
  app.use(jsonErrorHandler(log, limits));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}`;
  log.info({ url: `${url}/graphql` }, "GraphQL server listening");

  return {
    url,
    port,
    metricsPort: metricsServer?.port,
    // Apollo's drain plugin stops accepting connections and lets in-flight requests finish.
    close: async () => {
      await apollo.stop();
      await metricsServer?.close();
    },
  };
}

/** Clients get a message and a code; stack traces and Cypher stay in the server log. */
function hideInternals(formatted: GraphQLFormattedError, error: unknown, log: Logger, options: { hideSuggestions: boolean }): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isProtocolError(error)) {
    return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
  }
  if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
    log.error({ err: error }, "unexpected error in a GraphQL request");
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" }, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
  // Without introspection, "Did you mean …?" would still reveal the schema field by field.
  const message = options.hideSuggestions ? formatted.message.replace(/ ?Did you mean .+\?$/, "") : formatted.message;
  return { ...formatted, message, extensions };
}

/**
 * Apollo's and graphql-js's own refusals of a malformed request (e.g. "Unsupported persisted
 * query version") come without a code; they are the client's doing, not internal errors.
 */
function isProtocolError(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === undefined && !error.originalError && !error.path;
}
