import { constants, inflateSync } from "node:zlib";
import { ImportRejectedError } from "../errors.js";

/** How far before a `stream` keyword its dictionary is looked for. */
const DICTIONARY_WINDOW = 4_096;

/**
 * Refuses a PDF whose Flate-compressed streams inflate to more than `maxInflatedBytes` in all
 * (a "PDF bomb": 1 MB on disk, hundreds of MB once pdf.js decodes it), before pdf.js sees it.
 * Each stream that reading text decodes (page contents, forms, fonts, object streams; images are
 * not decoded for text) is inflated with the remaining budget as a hard cap, so neither time nor
 * memory grows past the limit. Streams this pass cannot inflate (other filters, damaged data) are
 * left to pdf.js, under the reading worker's limits. One pass over the file: linear in its size.
 */
export function guardPdfStreams(bytes: Uint8Array, maxInflatedBytes: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = maxInflatedBytes;
  let at = buf.indexOf("stream", 0, "latin1");
  while (at >= 0) {
    let next = at + 6;
    const isKeyword = !(at >= 3 && buf.toString("latin1", at - 3, at) === "end") && (buf[next] === 0x0a || buf[next] === 0x0d);
    if (isKeyword) {
      const dataStart = buf[next] === 0x0d && buf[next + 1] === 0x0a ? next + 2 : next + 1;
      const dataEnd = buf.indexOf("endstream", dataStart, "latin1");
      if (dataEnd < 0) break;
      const dictionary = dictionaryBefore(buf, at);
      if (/\/(FlateDecode|Fl)\b/.test(dictionary) && !/\/Subtype\s*\/Image\b/.test(dictionary)) {
        budget -= inflatedSize(buf.subarray(dataStart, dataEnd), budget, maxInflatedBytes);
      }
      next = dataEnd + 9;
    }
    at = buf.indexOf("stream", next, "latin1");
  }
}

function dictionaryBefore(buf: Buffer, at: number): string {
  const from = Math.max(0, at - DICTIONARY_WINDOW);
  const window = buf.toString("latin1", from, at);
  const obj = window.lastIndexOf(" obj");
  return obj >= 0 ? window.slice(obj) : window;
}

/** The stream's inflated size; over the budget, the PDF is refused. Undecodable data counts 0. */
function inflatedSize(data: Buffer, budget: number, limit: number): number {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ImportRejectedError(
        "UNZIPPED_TOO_LARGE",
        `The PDF's compressed content inflates to more than ${limit} bytes (IMPORT_MAX_UNZIPPED_BYTES); it is refused.`,
      );
    }
    return 0;
  }
}
