import { inflateRawSync } from "node:zlib";
import { ImportRejectedError } from "../errors.js";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Reads a zip's central directory and refuses, before anything is inflated, an archive that is
 * corrupt, encrypted or whose declared uncompressed size is over the limit; then inflates every
 * entry with the remaining budget as a hard cap, so a lying header cannot explode either.
 */
export function guardZip(bytes: Uint8Array, maxUnzippedBytes: number): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  if (entries.some((e) => e.encrypted)) {
    throw new ImportRejectedError("ENCRYPTED", "The DOCX is encrypted; save it without a password and import it again.");
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxUnzippedBytes) throw tooLarge(maxUnzippedBytes);
  let budget = maxUnzippedBytes;
  for (const entry of entries) {
    const data = entryData(buf, entry);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(maxUnzippedBytes);
        throw corrupt();
      }
    } else throw corrupt();
    budget -= size;
    if (budget < 0) throw tooLarge(maxUnzippedBytes);
  }
  return entries;
}

function tooLarge(max: number): ImportRejectedError {
  return new ImportRejectedError(
    "UNZIPPED_TOO_LARGE",
    `The DOCX unpacks to more than ${Math.round(max / 1024 / 1024)} MB (IMPORT_MAX_UNZIPPED_BYTES); it is refused as a possible zip bomb.`,
  );
}

function corrupt(): ImportRejectedError {
  return new ImportRejectedError("CORRUPT", "The DOCX file is corrupt (its zip structure cannot be read).");
}

function centralDirectory(buf: Buffer): ZipEntry[] {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > buf.length) throw corrupt();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) throw corrupt();
    const flags = buf.readUInt16LE(offset + 8);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    entries.push({
      name: buf.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: buf.readUInt16LE(offset + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw corrupt();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw corrupt();
  return buf.subarray(start, end);
}
