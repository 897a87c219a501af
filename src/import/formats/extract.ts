import type { DocumentFormat, TextBlock } from "../proposal.js";
import { ImportRejectedError } from "../errors.js";
import type { ImportLimits } from "../limits.js";
import { decodeUtf8, detectFormat } from "./detect.js";
import { docxBlocks } from "./docx.js";
import { htmlBlocks } from "./html.js";
import { pdfBlocks } from "./pdf.js";
import { textBlocks } from "./text.js";

export interface ExtractedText {
  format: DocumentFormat;
  blocks: TextBlock[];
  /** The document's plain text: its blocks, one a line. */
  text: string;
  /** The HTML <title>, when there is one. */
  htmlTitle?: string;
}

/** Any supported file → located text blocks, or an ImportRejectedError naming the problem. */
export async function extractText(
  file: { bytes: Uint8Array; fileName?: string; mediaType?: string },
  limits: ImportLimits,
): Promise<ExtractedText> {
  if (file.bytes.length > limits.maxBytes) {
    throw new ImportRejectedError(
      "TOO_LARGE",
      `The file is ${file.bytes.length} bytes; at most ${limits.maxBytes} are accepted (IMPORT_MAX_BYTES).`,
    );
  }
  const format = detectFormat(file.bytes, file.fileName, file.mediaType);
  let blocks: TextBlock[];
  let htmlTitle: string | undefined;
  switch (format) {
    case "PDF":
      ({ blocks } = await pdfBlocks(file.bytes, limits));
      break;
    case "DOCX":
      ({ blocks } = await docxBlocks(file.bytes, limits.maxUnzippedBytes, limits.maxHtmlDepth));
      break;
    case "HTML":
      ({ blocks, title: htmlTitle } = htmlBlocks(decodeUtf8(file.bytes) ?? "", limits.maxHtmlDepth));
      break;
    default:
      blocks = textBlocks(decodeUtf8(file.bytes) ?? "");
  }
  const text = blocks.map((b) => b.text).join("\n");
  if (text.length > limits.maxTextChars) {
    throw new ImportRejectedError("TOO_LARGE", `The document's text is over ${limits.maxTextChars} characters (IMPORT_MAX_TEXT_CHARS).`);
  }
  if (!text.trim()) {
    throw new ImportRejectedError("CORRUPT", `The ${format} file holds no readable text (a scanned image, or an empty document).`);
  }
  return { format, blocks, text, ...(htmlTitle ? { htmlTitle } : {}) };
}
