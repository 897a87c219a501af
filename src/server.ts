import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CoordinationSettings } from "./config.js";
import { Authenticator } from "./auth/authenticator.js";
import { createContext, type Context } from "./context.js";
import type { Database } from "./db/database.js";
import { mountExports } from "./export/export.routes.js";
import { mountGraphiQL } from "./graphiql/graphiql.js";
import type { Logger } from "./logger.js";
import { mountRoadmap } from "./roadmap/roadmap.page.js";

export interface Readiness {
  /** Migrations (and the seed of an empty graph) are done. */
  prepared: boolean;
}

export interface HttpServer {
  url: string;
  port: number;
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
  /** Turns the Authorization header into a viewer; anonymous-only when not given. */
  authenticator?: Authenticator;
}): Promise<HttpServer> {
  const { schema, db, readiness, log } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer: Server = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => hideInternals(formatted, error, log),
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const database = await db.ping();
    const ready = database && readiness.prepared;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", database, migrated: readiness.prepared });
  });
  mountGraphiQL(app);
  const authenticator = options.authenticator ?? Authenticator.anonymousOnly();
  mountExports(app, { db, coordination: options.coordination, authenticator, log });
  mountRoadmap(app);
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(db, { coordination: options.coordination, viewer: await authenticator.viewerForHeader(req.headers.authorization) }),
    }),
  );

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
    // Apollo's drain plugin stops accepting connections and lets in-flight requests finish.
    close: () => apollo.stop(),
  };
}

/** Clients get a message and a code; stack traces and Cypher stay in the server log. */
function hideInternals(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
    log.error({ err: error }, "unexpected error in a GraphQL request");
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" }, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
