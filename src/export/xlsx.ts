import ExcelJS from "exceljs";

/**
 * Spreadsheets (Office Open XML, .xlsx) written with exceljs: every sheet a table with a bold,
 * frozen header row and auto-filters; dates as real Excel dates; texts as text cells (a title
 * that starts with "=" stays text: a cell is a formula only when written as one, never here).
 */

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How precisely the sources date something: "2026-05-13" (day), "2026-05" (month), "2026" (year). */
export type DatePrecision = "day" | "month" | "year";

/**
 * A partial date as a spreadsheet value: the first day of its period (as the graph orders it),
 * shown only as precisely as known ("2026-05" for a month), with its precision for its own column.
 */
export interface SheetDate {
  date: Date;
  precision: DatePrecision;
}

const NUMBER_FORMAT: Record<DatePrecision, string> = { day: "yyyy-mm-dd", month: "yyyy-mm", year: "yyyy" };

/** "2026", "2026-05" or "2026-05-13" (a graph's date as given) as a sheet date; null for anything else. */
export function sheetDate(value: string | null | undefined): SheetDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? "");
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? "day" : month ? "month" : "year";
  // Midnight UTC: exceljs turns a Date into an Excel serial day from its UTC time.
  return { date: new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))), precision };
}

export type CellValue = string | number | SheetDate | null;

export interface Column<Row> {
  header: string;
  /** The narrowest width in characters; wider to fit the header and the values, up to MAX_WIDTH. */
  width: number;
  value: (row: Row) => CellValue;
}

// Characters XML 1.0 cannot hold: a cell with one would make the whole file unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** No column grows wider than this many characters (long texts wrap in Excel's cell view instead). */
export const MAX_WIDTH = 60;

/**
 * Adds a sheet of `rows` under `columns`: header bold and frozen, auto-filters over all columns,
 * and every column as wide as its header and longest value need (at least `width`, at most
 * MAX_WIDTH), so an e-mail address or a title is readable without resizing.
 */
export function addTable<Row>(workbook: ExcelJS.Workbook, name: string, columns: Array<Column<Row>>, rows: Row[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  // Header plus the auto-filter button (about 3 characters).
  const widths = columns.map((column) => Math.max(column.width, column.header.length + 3));
  sheet.columns = columns.map((column) => ({ header: column.header }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(columns.map(() => null));
    columns.forEach((column, index) => {
      const value = column.value(row);
      const cell = added.getCell(index + 1);
      if (value === null || value === "") return;
      widths[index] = Math.max(widths[index]!, typeof value === "object" ? 10 : String(value).length + 1);
      if (typeof value === "object") {
        cell.value = value.date;
        cell.numFmt = NUMBER_FORMAT[value.precision];
      } else {
        cell.value = typeof value === "string" ? value.replace(NOT_XML, "") : value;
      }
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(width, MAX_WIDTH);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A valid, unique sheet name for `wanted`: Excel refuses names longer than 31 characters, with
 * any of : \ / ? * [ ], starting or ending with an apostrophe, "History", or taken already
 * (ignoring case). Lane names such as "ISO/IEC JTC 1/SC 24" need this. A long name is cut at a
 * word boundary ("Immersive … and" rather than "Immersive … an"), and one that is still
 * taken gets " (2)", " (3)"…
 */
export function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  let base = wanted.replace(/[:\\/?*[\]]/g, "-").replace(NOT_XML, "").replace(/^'+|'+$/g, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = `${base || "Sheet"} (sheet)`;
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = cutAtWord(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * `text` in at most `max` characters, cut after a whole word when the cut would split one (a
 * single word longer than `max` is cut where it must be).
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  if (/\s/.test(text[max]!)) return cut.trimEnd();
  const boundary = cut.search(/[\s,;.–-]+[^\s,;.–-]*$/);
  const kept = boundary > 0 ? cut.slice(0, boundary) : cut;
  return kept.replace(/[\s,;.–-]+$/, "") || cut;
}

/** A new workbook; its metadata names mvgraph and the export time. */
export function newWorkbook(title: string, now = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "mvgraph";
  workbook.title = title;
  workbook.created = now;
  workbook.modified = now;
  return workbook;
}

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
