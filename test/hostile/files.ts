import { createDeflate } from "node:zlib";

/**
 * Hostile files of the importer (issue 25, "one import must never stop the server"), generated
 * rather than stored: a page of deeply nested elements, a PDF whose page content inflates a
 * thousandfold, and text that repeats one short mention. Used by the tests and by
 * `bench/import-hostile.ts`.
 */

/** `levels` <div>s inside each other around one word: 11 bytes a level (400k levels ≈ 4.4 MB). */
export function nestedDivs(levels: number): Buffer {
  return Buffer.from(`<!doctype html><html><body>${"<div>".repeat(levels)}deep${"</div>".repeat(levels)}</body></html>`, "latin1");
}

/** `unit` repeated to `bytes` bytes ("SG13, " × 40 KB or 200 KB). */
export function repeatedText(unit: string, bytes: number): Buffer {
  return Buffer.from(unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes), "utf8");
}

/**
 * A one-page PDF whose content stream (Flate) inflates to `inflatedBytes` of path operators:
 * ~300 KB on disk for 300 MB. Deflated in 1 MB steps, so making it needs little memory.
 */
export async function pdfBomb(inflatedBytes: number): Promise<Buffer> {
  const chunk = Buffer.from("0 0 m ".repeat(Math.ceil(1_048_576 / 6)).slice(0, 1_048_576), "latin1");
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  for (let left = inflatedBytes; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  const content = Buffer.concat(parts);

  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
  ];
  const out: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets: number[] = [];
  let length = out[0]!.length;
  const push = (part: Buffer) => {
    out.push(part);
    length += part.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, "latin1"));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, "latin1"));
  push(content);
  push(Buffer.from("\nendstream\nendobj\n", "latin1"));
  const xref = length;
  push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`, "latin1"));
  push(Buffer.from(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return Buffer.concat(out);
}
