import { deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { nestedDivs, pdfBomb } from "../../../test/hostile/files.js";
import { ImportRejectedError } from "../errors.js";
import { defaultImportLimits, type ImportLimits } from "../limits.js";
import { extractText } from "./extract.js";

const limits = (over: Partial<ImportLimits> = {}): ImportLimits => ({ ...defaultImportLimits, ...over });
const utf8 = (text: string) => new TextEncoder().encode(text);

async function docx(paragraphs: string[], table?: string[][]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] }));
  if (table) {
    children.push(new Table({ rows: table.map((row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function pdf(pages: string[][], options: Record<string, unknown> = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    pages.forEach((lines, i) => {
      if (i > 0) doc.addPage();
      for (const line of lines) doc.text(line);
    });
    doc.end();
  });
}

async function rejection(promise: Promise<unknown>): Promise<ImportRejectedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportRejectedError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

/** A zip with one stored entry (method 0) of the given name and bytes, or deflated (method 8). */
function zip(name: string, data: Buffer, options: { deflate?: boolean; declaredSize?: number; encrypted?: boolean } = {}): Uint8Array {
  const body = options.deflate ? deflateRawSync(data) : data;
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(options.encrypted ? 1 : 0, 6);
  local.writeUInt16LE(options.deflate ? 8 : 0, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(options.declaredSize ?? data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(options.encrypted ? 1 : 0, 8);
  central.writeUInt16LE(options.deflate ? 8 : 0, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(options.declaredSize ?? data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, body, central, nameBytes, end]));
}

describe("reading each format into located blocks", () => {
  it("reads plain text line by line, located by line number", async () => {
    const result = await extractText({ bytes: utf8("Ref:\n\tTSB Circular 7\n\nSubject:\n\tA meeting") }, limits());
    expect(result.format).toBe("TEXT");
    expect(result.blocks).toEqual([
      { locator: "l1", text: "Ref:" }, { locator: "l2", text: "TSB Circular 7" }, { locator: "l4", text: "Subject:" }, { locator: "l5", text: "A meeting" },
    ]);
  });

  it("reads HTML without its scripts, styles or event handlers, tables cell by cell", async () => {
    const html = `<html><head><title>LS page</title><style>p{}</style><script>alert(1)</script></head>
      <body><p onclick="x()">Hello <b>world</b></p><table><tr><th>From</th><td>ITU-T SG13</td></tr></table><script>steal()</script></body></html>`;
    const result = await extractText({ bytes: utf8(html), fileName: "page.html" }, limits());
    expect(result.format).toBe("HTML");
    expect(result.htmlTitle).toBe("LS page");
    expect(result.blocks).toEqual([{ locator: "p1", text: "Hello world" }, { locator: "t1.r1.c1", text: "From" }, { locator: "t1.r1.c2", text: "ITU-T SG13" }]);
    expect(result.text).not.toMatch(/alert|steal|onclick|<|>/);
  });

  it("reads a DOCX made with the docx package: paragraphs and table cells", async () => {
    const bytes = await docx(["Subject: Meeting of ITU-T Study Group 20", "Geneva, 3 March 2027"], [["Deadline", "1 May 2027"]]);
    const result = await extractText({ bytes, fileName: "circular.docx" }, limits());
    expect(result.format).toBe("DOCX");
    expect(result.blocks.map((b) => b.text)).toEqual(["Subject: Meeting of ITU-T Study Group 20", "Geneva, 3 March 2027", "Deadline", "1 May 2027"]);
    expect(result.blocks[2]!.locator).toBe("t1.r1.c1");
  });

  it("reads a PDF made with pdfkit, line by line per page", async () => {
    const bytes = await pdf([["TSB Circular 9", "Geneva, 1 June 2027"], ["Key deadlines:"]]);
    const result = await extractText({ bytes, fileName: "c.pdf" }, limits());
    expect(result.format).toBe("PDF");
    expect(result.blocks).toEqual([
      { locator: "page1.l1", text: "TSB Circular 9" }, { locator: "page1.l2", text: "Geneva, 1 June 2027" }, { locator: "page2.l1", text: "Key deadlines:" },
    ]);
  });
});

describe("bad files are refused with the problem named", () => {
  it("an empty file: 400", async () => {
    expect((await rejection(extractText({ bytes: new Uint8Array() }, limits()))).httpStatus).toBe(400);
  });

  it("too many bytes: 413, naming the limit", async () => {
    const error = await rejection(extractText({ bytes: utf8("x".repeat(5000)) }, limits({ maxBytes: 4096 })));
    expect(error.httpStatus).toBe(413);
    expect(error.message).toMatch(/IMPORT_MAX_BYTES/);
  });

  it("binary junk: 415 unknown format", async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const error = await rejection(extractText({ bytes: junk, fileName: "x.bin" }, limits()));
    expect(error.httpStatus).toBe(415);
    expect(error.message).toMatch(/Unknown file format/);
  });

  it("a zip that is not a Word document: 415", async () => {
    const error = await rejection(extractText({ bytes: zip("hello.txt", Buffer.from("hi")) }, limits()));
    expect(error.httpStatus).toBe(415);
  });

  it("a DOCX zip bomb (declared size over the limit): 413 before inflating", async () => {
    const error = await rejection(extractText({ bytes: zip("word/document.xml", Buffer.from("<w/>"), { declaredSize: 3_000_000_000 }) }, limits()));
    expect(error.httpStatus).toBe(413);
    expect(error.reason).toBe("UNZIPPED_TOO_LARGE");
  });

  it("a DOCX zip bomb whose header lies about its size: 413 while inflating", async () => {
    const bomb = zip("word/document.xml", Buffer.alloc(3_000_000, 0x61), { deflate: true, declaredSize: 10 });
    const error = await rejection(extractText({ bytes: bomb }, limits({ maxUnzippedBytes: 1_000_000 })));
    expect(error.httpStatus).toBe(413);
  });

  it("an encrypted DOCX (zip entries) and a password-protected Office file: 422", async () => {
    expect((await rejection(extractText({ bytes: zip("word/document.xml", Buffer.from("<w/>"), { encrypted: true }) }, limits()))).reason).toBe("ENCRYPTED");
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from("EncryptedPackage", "utf16le")]);
    const error = await rejection(extractText({ bytes: new Uint8Array(ole), fileName: "secret.docx" }, limits()));
    expect(error.httpStatus).toBe(422);
  });

  it("a corrupt DOCX and a corrupt PDF: 422", async () => {
    const good = await docx(["Hello"]);
    expect((await rejection(extractText({ bytes: good.slice(0, good.length - 30) }, limits()))).httpStatus).toBe(422);
    const error = await rejection(extractText({ bytes: utf8("%PDF-1.7\n this is not really a PDF \n%%EOF") }, limits()));
    expect(error.httpStatus).toBe(422);
  });

  it("a PDF with more pages than the limit: 413", async () => {
    const error = await rejection(extractText({ bytes: await pdf([["one"], ["two"], ["three"]]) }, limits({ maxPages: 2 })));
    expect(error.httpStatus).toBe(413);
    expect(error.message).toMatch(/3 pages/);
  });

  it("an encrypted PDF: 422", async () => {
    const bytes = await pdf([["secret"]], { userPassword: "pw", ownerPassword: "owner" });
    expect((await rejection(extractText({ bytes }, limits()))).reason).toBe("ENCRYPTED");
  });

  it("a PDF that takes longer than the time limit: 422", async () => {
    const pages = Array.from({ length: 60 }, (_, i) => Array.from({ length: 40 }, (__, j) => `Line ${j} of page ${i} with some words`));
    const error = await rejection(extractText({ bytes: await pdf(pages) }, limits({ pdfParseTimeoutMs: 1 })));
    expect(error.reason).toBe("TOO_SLOW");
  });
});

describe("hostile files: refused by a named limit, read without recursion", () => {
  it("a page nested deeper than IMPORT_MAX_HTML_DEPTH is refused before it is parsed: 422 IMPORT_TOO_COMPLEX", async () => {
    const error = await rejection(extractText({ bytes: nestedDivs(513), fileName: "deep.html" }, limits()));
    expect(error).toMatchObject({ reason: "TOO_COMPLEX", httpStatus: 422, extensions: { code: "IMPORT_TOO_COMPLEX" } });
    expect(error.message).toMatch(/more than 512 levels deep \(IMPORT_MAX_HTML_DEPTH\)/);
  });

  it("a page nested right up to the limit is read: its text is found at the bottom", async () => {
    // <html> and <body> are two of the levels.
    const result = await extractText({ bytes: nestedDivs(510), fileName: "deep.html" }, limits());
    expect(result.blocks.map((b) => b.text)).toEqual(["deep"]);
  });

  it("a PDF whose content inflates past IMPORT_MAX_UNZIPPED_BYTES is refused before pdf.js reads it: 413", async () => {
    const bytes = await pdfBomb(8 * 1024 * 1024);
    const error = await rejection(extractText({ bytes, fileName: "bomb.pdf" }, limits({ maxUnzippedBytes: 4 * 1024 * 1024 })));
    expect(error).toMatchObject({ reason: "UNZIPPED_TOO_LARGE", httpStatus: 413 });
    expect(error.message).toMatch(/more than 4194304 bytes \(IMPORT_MAX_UNZIPPED_BYTES\)/);
  });

  it("a compressed PDF within the limit is read as before", async () => {
    const bytes = await pdf([["TSB Circular 12", "Geneva, 2 May 2027"]], { compress: true });
    const result = await extractText({ bytes, fileName: "c.pdf" }, limits({ maxUnzippedBytes: 64 * 1024 }));
    expect(result.blocks.map((b) => b.text)).toEqual(["TSB Circular 12", "Geneva, 2 May 2027"]);
  });
});
