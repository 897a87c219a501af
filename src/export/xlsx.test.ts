import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTable, cutAtWord, MAX_WIDTH, newWorkbook, sheetDate, sheetName, xlsxBytes } from "./xlsx.js";

describe("spreadsheet dates", () => {
  it("are the first day of the period the sources give, with its precision", () => {
    expect(sheetDate("2026-05-13")).toEqual({ date: new Date("2026-05-13T00:00:00Z"), precision: "day" });
    expect(sheetDate("2026-05")).toEqual({ date: new Date("2026-05-01T00:00:00Z"), precision: "month" });
    expect(sheetDate("2026")).toEqual({ date: new Date("2026-01-01T00:00:00Z"), precision: "year" });
    expect([sheetDate(null), sheetDate(""), sheetDate("May 2026")]).toEqual([null, null, null]);
  });
});

describe("sheet names", () => {
  it("are what Excel accepts: no : \\ / ? * [ ], at most 31 characters, unique ignoring case, never History", () => {
    const workbook = newWorkbook("test");
    const names = ["ISO/IEC JTC 1/SC 24", "What? [draft]*", "'quoted'", "A very long topic name that goes on and on", "a very long topic name that goes on and on", "History", "", "Ÿ «Zoë», 1"];
    const made = names.map((name) => workbook.addWorksheet(sheetName(workbook, name)).name);
    expect(made).toEqual(["ISO-IEC JTC 1-SC 24", "What- -draft--", "quoted", "A very long topic name that", "a very long topic name that (2)", "History (sheet)", "Sheet (sheet)", "Ÿ «Zoë», 1"]);
  });
});

describe("long sheet names", () => {
  it("are cut after a whole word, never inside one, and stay unique", () => {
    const workbook = newWorkbook("test");
    const names = [
      "Immersive live experiences and digital twins",
      "Immersive live experiences and digital twins of cities",
      "Immersive live experiences and digital twins of ports",
      "Supercalifragilisticexpialidocious-standardization",
    ];
    const made = names.map((name) => workbook.addWorksheet(sheetName(workbook, name)).name);
    expect(made).toEqual([
      "Immersive live experiences and",
      "Immersive live experiences (2)",
      "Immersive live experiences (3)",
      "Supercalifragilisticexpialidoci", // one word longer than a sheet name: cut where it must be
    ]);
    for (const name of made) expect(name.length).toBeLessThanOrEqual(31);
    expect(cutAtWord("Metaverse, interoperability and trust", 20)).toBe("Metaverse");
    expect(cutAtWord("short", 31)).toBe("short");
  });
});

describe("column widths", () => {
  it("fit the header and the longest value, within bounds", async () => {
    const workbook = newWorkbook("test");
    const rows = [{ email: "marie-claire.delacroix-fontaine@example-standards.org", note: "x".repeat(200) }, { email: null, note: "short" }];
    addTable(workbook, "People", [
      { header: "E-mail", width: 12, value: (r: (typeof rows)[number]) => r.email },
      { header: "Note", width: 12, value: (r: (typeof rows)[number]) => r.note },
      { header: "A long header for an empty column", width: 8, value: () => null },
    ], rows);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(new Uint8Array(await xlsxBytes(workbook)).buffer);
    const sheet = back.getWorksheet("People")!;
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(rows[0]!.email!.length);
    expect(sheet.getColumn(2).width).toBe(MAX_WIDTH);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual("A long header for an empty column".length);
  });
});

describe("tables", () => {
  it("have a bold frozen header, auto-filters, dates shown as precisely as known, and texts as text", async () => {
    const workbook = newWorkbook("test");
    const rows = [{ title: '=HYPERLINK("x")', when: "2026-05" }, { title: "Zoë\u0007 «A»", when: "2026-05-13" }];
    addTable(workbook, "Items", [
      { header: "Title", width: 20, value: (r: (typeof rows)[number]) => r.title },
      { header: "When", width: 12, value: (r: (typeof rows)[number]) => sheetDate(r.when) },
    ], rows);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(new Uint8Array(await xlsxBytes(workbook)).buffer);
    const sheet = back.getWorksheet("Items")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:B1");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe('=HYPERLINK("x")'); // a text, not a formula
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A3").value).toBe("Zoë «A»"); // a control character XML cannot hold is dropped
    expect(sheet.getCell("B2").value).toEqual(new Date("2026-05-01T00:00:00Z"));
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm");
    expect(sheet.getCell("B3").numFmt).toBe("yyyy-mm-dd");
  });
});
