import type { DocumentFormat } from "../proposal.js";
import { ImportRejectedError } from "../errors.js";

/**
 * Which reader a file needs, from its bytes first (a renamed file is still read right), then its
 * media type and name. Files that are none of the four formats are refused.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string, mediaType?: string): DocumentFormat {
  if (bytes.length === 0) throw new ImportRejectedError("EMPTY", "The file is empty.");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "PDF"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "DOCX"; // zip
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: a password-protected Office document, or a legacy binary .doc.
    if (containsUtf16(bytes, "EncryptedPackage")) {
      throw new ImportRejectedError("ENCRYPTED", "The document is password-protected (encrypted); save it without a password and import it again.");
    }
    throw new ImportRejectedError("UNKNOWN_FORMAT", "Legacy Word (.doc) files are not supported; save the document as DOCX or PDF.");
  }
  const text = decodeUtf8(bytes);
  if (text === undefined || looksBinary(text)) {
    throw new ImportRejectedError("UNKNOWN_FORMAT", "Unknown file format: the importer reads DOCX, PDF, HTML and plain text or Markdown (UTF-8).");
  }
  const name = (fileName ?? "").toLowerCase();
  const type = (mediaType ?? "").toLowerCase();
  if (type.includes("html") || /\.x?html?$/.test(name) || /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2048))) {
    return "HTML";
  }
  return "TEXT";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** The text when the bytes are valid UTF-8 (a BOM is dropped), else undefined. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes or many control characters: not a text document. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 1 && code <= 8) || (code >= 14 && code <= 31) || code === 127) controls++;
  }
  return controls > Math.max(4, sample.length * 0.01);
}
