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
  | "TOO_SLOW"; // 422

const statusOf: Record<ImportRejection, number> = {
  EMPTY: 400,
  TOO_LARGE: 413,
  UNKNOWN_FORMAT: 415,
  CORRUPT: 422,
  ENCRYPTED: 422,
  TOO_MANY_PAGES: 413,
  UNZIPPED_TOO_LARGE: 413,
  TOO_SLOW: 422,
};

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
  }
}
