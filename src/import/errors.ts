import { BadUserInputError } from "../errors.js";

/** Why a file was refused, with the HTTP status a door should answer. */
export type ImportRejection =
  | "EMPTY" // 400
  | "TOO_LARGE" // 413
  | "UNKNOWN_FORMAT" // 415
  | "CORRUPT" // 422
  | "ENCRYPTED" // 422
  | "TOO_MANY_PAGES" // 413
  | "UNZIPPED_TOO_LARGE" // 413
  | "TOO_SLOW" // 422
  | "TIMEOUT" // 422, code IMPORT_TIMEOUT: the worker's hard time limit (IMPORT_TIMEOUT_MS)
  | "TOO_COMPLEX" // 422, code IMPORT_TOO_COMPLEX: nested too deeply, or over the worker's memory
  | "BUSY"; // 503, code IMPORT_BUSY: every worker busy and the queue full

const statusOf: Record<ImportRejection, number> = {
  EMPTY: 400,
  TOO_LARGE: 413,
  UNKNOWN_FORMAT: 415,
  CORRUPT: 422,
  ENCRYPTED: 422,
  TOO_MANY_PAGES: 413,
  UNZIPPED_TOO_LARGE: 413,
  TOO_SLOW: 422,
  TIMEOUT: 422,
  TOO_COMPLEX: 422,
  BUSY: 503,
};

/** Refusals for a limit of the reading worker have a code of their own (the others are BAD_USER_INPUT). */
const codeOf: Partial<Record<ImportRejection, string>> = { TIMEOUT: "IMPORT_TIMEOUT", TOO_COMPLEX: "IMPORT_TOO_COMPLEX", BUSY: "IMPORT_BUSY" };

/**
 * A file the importer refuses (nothing is read into the graph, nothing written). The message
 * names the problem for the person who uploaded it; `httpStatus` is what `POST /import` answers.
 */
export class ImportRejectedError extends BadUserInputError {
  readonly httpStatus: number;
  readonly reason: ImportRejection;

  constructor(reason: ImportRejection, message: string) {
    super(message, "file");
    this.reason = reason;
    this.httpStatus = statusOf[reason];
    this.extensions.reason = reason;
    this.extensions.httpStatus = this.httpStatus;
    const code = codeOf[reason];
    if (code) this.extensions.code = code;
  }
}
