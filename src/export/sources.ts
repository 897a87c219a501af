import type ExcelJS from "exceljs";
import type { DocumentRow } from "./export.repository.js";
import { addTable } from "./xlsx.js";

/** A record's `sources` ("doc-id#locator" strings) as a list. */
export const sourceRefs = (refs: unknown): string[] => (Array.isArray(refs) ? (refs as unknown[]).map(String) : []);

/** The document ids that sources cite ("doc#locator" → "doc"). */
export const citedDocuments = (refs: unknown): string[] => sourceRefs(refs).map((ref) => ref.split("#")[0]!);

/**
 * The documents a record cites, one line each: reference and title, and the places in it
 * ("TSB Circular 60, Call for participation [annex-a-2.4]"); null without sources.
 */
export function sourceDocuments(refs: unknown, documents: Map<string, DocumentRow>): string | null {
  const places = new Map<string, string[]>();
  for (const ref of sourceRefs(refs)) {
    const [id, locator] = ref.split("#", 2) as [string, string | undefined];
    places.set(id, [...(places.get(id) ?? []), ...(locator ? [locator] : [])]);
  }
  if (places.size === 0) return null;
  return [...places]
    .map(([id, locators]) => {
      const doc = documents.get(id);
      const title = doc ? [doc.reference, doc.title].filter(Boolean).join(", ") : id;
      return `${title}${locators.length ? ` [${locators.join(", ")}]` : ""}`;
    })
    .join("\n");
}

/** A "Sources" sheet: each cited document once, with its reference, title and address. */
export function addSourcesSheet(workbook: ExcelJS.Workbook, ids: string[], documents: Map<string, DocumentRow>): void {
  const cited = [...new Set(ids)].sort().map((id) => documents.get(id) ?? { id, reference: null, title: null, url: null });
  addTable(
    workbook,
    "Sources",
    [
      { header: "Document", width: 30, value: (d) => d.id },
      { header: "Reference", width: 30, value: (d) => d.reference },
      { header: "Title", width: 60, value: (d) => d.title },
      { header: "Address", width: 50, value: (d) => d.url },
    ],
    cited,
  );
}
