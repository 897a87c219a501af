import express from "express";
import { GraphQLError } from "graphql";
import { createServer, type Server } from "node:http";
import type { Authenticator } from "../auth/authenticator.js";
import { requireRole } from "../auth/viewer.js";
import type { Logger } from "../logger.js";
import { registry } from "./registry.js";

async function sendMetrics(res: express.Response): Promise<void> {
  res.status(200).type(registry.contentType).send(await registry.metrics());
}

/** GET /metrics on the product's port, for admins only (metrics name operations and error rates). */
export function mountMetrics(app: express.Express, authenticator: Authenticator, log: Logger): void {
  app.get("/metrics", (req, res) => {
    authenticator
      .viewerForHeader(req.get("authorization"))
      .then((viewer) => {
        requireRole(viewer, "ADMIN", "the metrics");
        return sendMetrics(res);
      })
      .catch((error: unknown) => {
        const code = error instanceof GraphQLError ? String(error.extensions.code) : "";
        if (code === "UNAUTHENTICATED" || code === "FORBIDDEN") {
          res.status(code === "UNAUTHENTICATED" ? 401 : 403).json({ error: { code, message: (error as Error).message } });
          return;
        }
        log.error({ err: error }, "cannot serve the metrics");
        res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
      });
  });
}

/**
 * GET /metrics without a credential on a port of its own (METRICS_PORT), for a Prometheus
 * that scrapes on a network the API's clients cannot reach. Nothing else is served there.
 */
export async function startMetricsServer(host: string, port: number, log: Logger): Promise<{ port: number; close(): Promise<void> }> {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", (_req, res, next) => {
    sendMetrics(res).catch(next);
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  log.info({ url: `http://${host}:${bound}/metrics` }, "metrics listening");
  return { port: bound, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
