import mammoth from "mammoth";
import { ImportRejectedError } from "../errors.js";
import type { TextBlock } from "../proposal.js";
import { htmlBlocks } from "./html.js";
import { guardZip } from "./zip-guard.js";

/** DOCX → HTML (mammoth keeps paragraphs, lists and tables) → text blocks, after the zip guard. */
export async function docxBlocks(bytes: Uint8Array, maxUnzippedBytes: number, maxHtmlDepth?: number): Promise<{ blocks: TextBlock[] }> {
  const entries = guardZip(bytes, maxUnzippedBytes);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new ImportRejectedError("UNKNOWN_FORMAT", "The file is a zip archive but not a Word document (no word/document.xml); the importer reads DOCX, PDF, HTML and text.");
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch {
    throw new ImportRejectedError("CORRUPT", "The DOCX file is corrupt: its document part cannot be read.");
  }
  return { blocks: htmlBlocks(`<body>${html}</body>`, maxHtmlDepth).blocks };
}
