import type express from "express";
import { GraphQLError } from "graphql";
import { deadlineOf } from "../limits/http-guards.js";
import type { Logger } from "../logger.js";
import { countExport } from "../metrics/registry.js";
import type { RawParams } from "./export.params.js";
import { exportCalendar, exportContacts, exportRoadmap, type ExportFile, type ExportRequest, type ExportSettings } from "./exports.js";

/**
 * The exports over HTTP, as downloads:
 * GET /export/contacts.csv, /export/contacts.vcf, /export/contacts.xlsx, /export/roadmap.csv,
 * /export/roadmap.xlsx, /export/calendar.ics,
 * filtered by query parameters (export.params.ts). Errors are JSON with a stable code, as in the
 * GraphQL API, and never carry internals.
 */
export function mountExports(app: express.Express, settings: ExportSettings & { log: Logger }): void {
  const route = (path: string, make: (request: ExportRequest) => Promise<ExportFile>) =>
    app.get(path, (req, res) => {
      make({ params: queryParams(req), authorization: req.get("authorization"), deadline: deadlineOf(res) })
        .then((file) => {
          countExport(path, "ok");
          res
            .status(200)
            .attachment(file.filename) // before the type: attachment() sets one from the file name
            .type(file.contentType)
            .set({
              // People's e-mail and phone must not sit in shared caches; public exports may be revalidated.
              "Cache-Control": file.personalData ? "no-store" : "no-cache",
              "X-Content-Type-Options": "nosniff",
              "X-Export-Count": String(file.count),
            })
            .send(file.body);
        })
        .catch((error: unknown) => {
          countExport(path, error instanceof GraphQLError ? String(error.extensions.code ?? "INTERNAL_SERVER_ERROR") : "INTERNAL_SERVER_ERROR");
          sendError(res, error, settings.log);
        });
    });

  route("/export/contacts.csv", (request) => exportContacts(settings, "csv", request));
  route("/export/contacts.vcf", (request) => exportContacts(settings, "vcf", request));
  route("/export/contacts.xlsx", (request) => exportContacts(settings, "xlsx", request));
  route("/export/roadmap.csv", (request) => exportRoadmap(settings, "csv", request));
  route("/export/roadmap.xlsx", (request) => exportRoadmap(settings, "xlsx", request));
  route("/export/calendar.ics", (request) => exportCalendar(settings, request));
}

/** Query parameters as plain strings (repeated names as lists); anything nested is refused as unknown. */
function queryParams(req: express.Request): RawParams {
  const params: RawParams = {};
  for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
    params[name] = typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string")) ? (value as string | string[]) : String(value);
  }
  return params;
}

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  QUERY_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
};

function sendError(res: express.Response, error: unknown, log: Logger): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code ?? "") : "";
  const status = STATUS_OF[code];
  if (!status || !(error instanceof GraphQLError)) {
    log.error({ err: error }, "unexpected error in an export");
    res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    return;
  }
  const field = error.extensions.field;
  res.status(status).json({ error: { code, message: error.message, ...(field ? { field } : {}) } });
}
