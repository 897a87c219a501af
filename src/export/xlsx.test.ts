import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTable, newWorkbook, sheetDate, sheetName, xlsxBytes } from "./xlsx.js";

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
    expect(made).toEqual(["ISO-IEC JTC 1-SC 24", "What- -draft--", "quoted", "A very long topic name that goe", "a very long topic name that (2)", "History (sheet)", "Sheet (sheet)", "Ÿ «Zoë», 1"]);
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
