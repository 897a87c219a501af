import { z } from "zod";

/** How much of a file the importer reads before refusing it (environment variables in src/config.ts). */
export interface ImportLimits {
  /** Bytes of the uploaded file. */
  maxBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Total uncompressed size of a DOCX's parts (declared and actual). */
  maxUnzippedBytes: number;
  /** Wall-clock budget for reading a PDF's text. */
  pdfParseTimeoutMs: number;
  /** Characters of extracted text kept (longer text is refused as too large). */
  maxTextChars: number;
}

export const defaultImportLimits: ImportLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 200,
  maxUnzippedBytes: 50 * 1024 * 1024,
  pdfParseTimeoutMs: 20_000,
  maxTextChars: 2_000_000,
};

const count = (min: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`);

export const importLimitsEnvSchema = {
  IMPORT_MAX_BYTES: count(1_024).default(defaultImportLimits.maxBytes),
  IMPORT_MAX_PAGES: count(1).default(defaultImportLimits.maxPages),
  IMPORT_MAX_UNZIPPED_BYTES: count(1_024).default(defaultImportLimits.maxUnzippedBytes),
  IMPORT_PDF_TIMEOUT_MS: count(100).default(defaultImportLimits.pdfParseTimeoutMs),
  IMPORT_MAX_TEXT_CHARS: count(1_000).default(defaultImportLimits.maxTextChars),
};

type ImportLimitsEnv = { [K in keyof typeof importLimitsEnvSchema]: z.infer<(typeof importLimitsEnvSchema)[K]> };

export function toImportLimits(env: ImportLimitsEnv): ImportLimits {
  return {
    maxBytes: env.IMPORT_MAX_BYTES,
    maxPages: env.IMPORT_MAX_PAGES,
    maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
    pdfParseTimeoutMs: env.IMPORT_PDF_TIMEOUT_MS,
    maxTextChars: env.IMPORT_MAX_TEXT_CHARS,
  };
}
