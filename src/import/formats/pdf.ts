import { getDocumentProxy } from "unpdf";
import { ImportRejectedError } from "../errors.js";
import type { TextBlock } from "../proposal.js";
import { guardPdfStreams } from "./pdf-guard.js";
import { cleanLine } from "./text.js";

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

/**
 * PDF → text blocks, one per line of a page ("page2.l14"), with pdf.js (through unpdf). Refused:
 * files whose streams inflate past IMPORT_MAX_UNZIPPED_BYTES (checked first, pdf-guard.ts),
 * encrypted files, more pages than the limit, and files whose text takes longer than the time
 * limit to read (the reading stops at the next page boundary).
 */
export async function pdfBlocks(bytes: Uint8Array, limits: { maxPages: number; pdfParseTimeoutMs: number; maxUnzippedBytes: number }): Promise<{ blocks: TextBlock[] }> {
  guardPdfStreams(bytes, limits.maxUnzippedBytes);
  const deadline = Date.now() + limits.pdfParseTimeoutMs;
  const slow = () =>
    new ImportRejectedError("TOO_SLOW", `Reading the PDF took longer than ${limits.pdfParseTimeoutMs} ms (IMPORT_PDF_TIMEOUT_MS); it is refused.`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(slow()), limits.pdfParseTimeoutMs);
  });
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const loading = getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 } as Parameters<typeof getDocumentProxy>[1]);
  try {
    const pdf = await Promise.race([loading, timeout]).catch((error: unknown) => {
      if (error instanceof ImportRejectedError) throw error;
      const name = (error as { name?: string }).name ?? "";
      if (name === "PasswordException") {
        throw new ImportRejectedError("ENCRYPTED", "The PDF is password-protected (encrypted); import an unprotected copy.");
      }
      throw new ImportRejectedError("CORRUPT", "The PDF file is corrupt or unreadable.");
    });
    try {
      if (pdf.numPages > limits.maxPages) {
        throw new ImportRejectedError("TOO_MANY_PAGES", `The PDF has ${pdf.numPages} pages; at most ${limits.maxPages} are read (IMPORT_MAX_PAGES).`);
      }
      const blocks: TextBlock[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        if (Date.now() > deadline) throw slow();
        const page = await Promise.race([pdf.getPage(n), timeout]);
        const content = await Promise.race([page.getTextContent(), timeout]);
        let line = "";
        let lineNo = 0;
        let lastY: number | undefined;
        const push = () => {
          const text = cleanLine(line);
          line = "";
          if (text) blocks.push({ locator: `page${n}.l${++lineNo}`, text });
        };
        for (const item of content.items as TextItemLike[]) {
          const y = item.transform?.[5];
          if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && line) push();
          if (y !== undefined) lastY = y;
          line += item.str ?? "";
          if (item.hasEOL) push();
        }
        push();
      }
      return { blocks };
    } finally {
      await pdf.cleanup().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof ImportRejectedError) throw error;
    throw new ImportRejectedError("CORRUPT", "The PDF file is corrupt or unreadable.");
  } finally {
    clearTimeout(timer);
  }
}
