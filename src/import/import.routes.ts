import type express from "express";
import { GraphQLError } from "graphql";
import multer from "multer";
import type { Authenticator } from "../auth/authenticator.js";
import { requireViewerRole } from "../auth/http.js";
import type { Viewer } from "../auth/viewer.js";
import type { CoordinationSettings } from "../config.js";
import { createContext } from "../context.js";
import type { Database } from "../db/database.js";
import { deadlineOf } from "../limits/http-guards.js";
import type { Limits } from "../limits/limits.config.js";
import type { Logger } from "../logger.js";
import type { ImportLimits } from "./limits.js";
import { importFile, type StoredImport } from "./review.service.js";
import { countImport } from "../metrics/registry.js";

/**
 * POST /import: one document as a multipart upload (the field `file`), for editors. The file is
 * read and its proposals stored as a pending import (the same as the importDocument mutation and
 * `npm run import`); the answer is the import's id and a summary of its proposals. Refusals are
 * JSON `{"error": {"code", "message"}}` with a 4xx status, and write nothing.
 */
export function mountImport(
  app: express.Express,
  settings: { db: Database; authenticator: Authenticator; limits: Limits; importLimits: ImportLimits; log: Logger; coordination?: CoordinationSettings },
): void {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: settings.importLimits.maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1_024 },
  }).single("file");

  app.post("/import", requireViewerRole(settings.authenticator, "EDITOR", "importing a document"), (req, res) => {
    upload(req, res, (error: unknown) => {
      // An upload refused before it is read is a refused import too (counted in /metrics).
      if (error) {
        countImport("rejected");
        return sendError(res, uploadError(error, settings.importLimits.maxBytes), settings.log);
      }
      const file = req.file;
      if (!file) {
        countImport("rejected");
        return sendError(res, refusal(400, "BAD_USER_INPUT", 'no file: send the document as multipart/form-data in the field "file"'), settings.log);
      }
      const ctx = createContext(settings.db, {
        viewer: res.locals.viewer as Viewer, importLimits: settings.importLimits, ...(settings.coordination ? { coordination: settings.coordination } : {}),
        deadline: deadlineOf(res),
      });
      importFile(ctx, { fileName: file.originalname, bytes: file.buffer, contentType: file.mimetype })
        .then((stored) => res.status(stored.alreadyImported ? 200 : 201).set("Cache-Control", "no-store").json(summary(stored)))
        .catch((failure: unknown) => sendError(res, failure, settings.log))
        .finally(() => void ctx.db.end());
    });
  });
}

/** What the upload answers: the import's id and its proposals in brief. */
function summary(stored: StoredImport) {
  const row = stored.import;
  return {
    import: {
      id: row.id,
      status: row.status,
      documentKey: row.documentKey,
      alreadyImported: stored.alreadyImported,
      proposals: { total: row.proposalCount, ...row.counts },
      review: `/review?import=${encodeURIComponent(row.id)}`,
    },
  };
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const refusal = (status: number, code: string, message: string) => new Refusal(status, code, message);

function uploadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case "LIMIT_FILE_SIZE":
        return refusal(413, "PAYLOAD_TOO_LARGE", `the file is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES)`);
      case "LIMIT_FILE_COUNT":
        return refusal(400, "BAD_USER_INPUT", "send one file at a time");
      case "LIMIT_UNEXPECTED_FILE":
        return refusal(400, "BAD_USER_INPUT", `send the document in the field "file" (got "${error.field ?? ""}")`);
      default:
        return refusal(400, "BAD_USER_INPUT", `the upload was refused: ${error.message}`);
    }
  }
  // busboy's complaints about a malformed multipart body.
  if (error instanceof Error && /multipart|boundary|Unexpected end of form|Malformed/i.test(error.message)) {
    return refusal(400, "BAD_REQUEST", "the upload is not a well-formed multipart/form-data body");
  }
  return error;
}

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUERY_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
};

function sendError(res: express.Response, error: unknown, log: Logger): void {
  if (res.headersSent) return;
  if (error instanceof Refusal) {
    res.status(error.status).json({ error: { code: error.code, message: error.message } });
    return;
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? "");
    const declared = (error as { httpStatus?: unknown }).httpStatus;
    const status = typeof declared === "number" ? declared : STATUS_OF[code];
    if (status) {
      const field = error.extensions.field;
      res.status(status).json({ error: { code, message: error.message, ...(field ? { field } : {}) } });
      return;
    }
  }
  log.error({ err: error }, "unexpected error in a document upload");
  res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
}
