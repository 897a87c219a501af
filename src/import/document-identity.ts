import { createHash } from "node:crypto";
import { slug } from "../editing/specs.js";
import type { GraphSnapshot } from "./graph-index.repository.js";
import type { DocumentFormat, ImportedDocument, MatchReason, TextBlock } from "./proposal.js";
import { seedDocumentKind } from "./recognize/document.js";
import type { DocumentDraft } from "./resolve.js";
import { compactForm } from "./text-utils.js";

/**
 * Which Document of the graph an imported file is (issue 25, failure class 5): the same content
 * (the file's SHA-256, or the SHA-256 of its text with spacing and line ends normalized, so a copy
 * saved with other line ends is the same document), the same address (the page's canonical URL,
 * its "saved from" mark, or a URL at its head), the same reference, the same title; else, for a
 * kind of document the graph dates, the one of that kind, date and issuer. A document none of
 * these finds is new, and gets a key and title from its heading, reference or address: never
 * `document-4`, never the file's name.
 */

/** SHA-256 of the text as read, with Unicode, spacing and line ends normalized. */
export function textHash(text: string): string {
  const normalized = text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalized).digest("hex");
}

const META_URL = [
  /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'\s>]+)/i,
  /<link\b[^>]*\bhref=["']([^"'\s>]+)["'][^>]*\brel=["']?canonical/i,
  /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'\s>]+)/i,
  /<meta\b[^>]*\bcontent=["']([^"'\s>]+)["'][^>]*\bproperty=["']og:url/i,
  /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i,
];
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
/** The head of a file is where a page says its own address: only so much is read for it. */
const HEAD_BYTES = 64 * 1024;

/**
 * The addresses a file gives for itself: `declared` by an HTML page (its canonical URL, og:url or
 * "saved from" mark), and `head`, URLs in its first blocks (a text copy of a page often starts
 * with its address). Both identify it; only a declared one becomes the new Document's url.
 */
export function ownUrls(bytes: Uint8Array, format: DocumentFormat, blocks: TextBlock[]): { declared: string[]; head: string[] } {
  const declared: string[] = [];
  if (format === "HTML") {
    const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, HEAD_BYTES));
    for (const re of META_URL) {
      const m = re.exec(head);
      if (m?.[1] && /^https?:\/\//i.test(m[1])) declared.push(m[1]);
    }
  }
  const head: string[] = [];
  for (const block of blocks.slice(0, 5)) for (const m of block.text.matchAll(URL_IN_TEXT)) head.push(m[0].replace(/[.,;:]+$/, ""));
  return { declared: [...new Set(declared)], head: [...new Set(head)] };
}

/** An address compared without its scheme, "www.", query, fragment and trailing slash. */
export function comparableUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}

/** The Document of the graph this one is, and why. */
export function findDocument(graph: GraphSnapshot, doc: ImportedDocument, urls: string[], seedKind: string): { key: string; reason: MatchReason } | undefined {
  const byHash = graph.documents.find((d) => d.textHash && d.textHash === doc.textHash);
  if (byHash) return { key: byHash.id, reason: "HASH" };
  const mine = new Set(urls.map(comparableUrl));
  const byUrl = graph.documents.find((d) => d.url && mine.has(comparableUrl(d.url)));
  if (byUrl) return { key: byUrl.id, reason: "KEY" };
  if (doc.reference) {
    const hit = graph.documents.find((d) => d.reference && compactForm(d.reference) === compactForm(doc.reference!));
    if (hit) return { key: hit.id, reason: "REFERENCE" };
  }
  // Two documents with different references are two documents, whatever their titles or dates.
  const compatible = (d: GraphSnapshot["documents"][number]) => !d.reference || !doc.reference || compactForm(d.reference) === compactForm(doc.reference);
  if (doc.title) {
    const hit = graph.documents.find((d) => d.title && compactForm(d.title) === compactForm(doc.title!) && compatible(d));
    if (hit) return { key: hit.id, reason: "NAME" };
  }
  if (doc.date && doc.issuer) {
    const hit = graph.documents.filter((d) => d.kind === seedKind && d.date === doc.date && d.issuer === doc.issuer && compatible(d));
    if (hit.length === 1) return { key: hit[0]!.id, reason: "KEY" };
  }
  return undefined;
}

/** A title worth the name: the recognized one unless it is only the file's name, else the first heading-like line, else the address. */
export function meaningfulTitle(recognized: string | undefined, fileName: string | undefined, blocks: TextBlock[], urls: string[]): string | undefined {
  const isFileName = (t: string) => !!fileName && (t.trim() === fileName.trim() || t.trim() === fileName.replace(/\.[a-z0-9]+$/i, "").trim());
  const usable = (t: string | undefined): t is string => !!t && t.trim().length > 2 && !isFileName(t) && /\p{L}{2}/u.test(t) && !/^(untitled|document|page|index)\b/i.test(t.trim());
  if (usable(recognized) && !placeAndDate(recognized)) return recognized.trim();
  const lines = blocks.map((b) => b.text.replace(/^#+\s*/, "").trim()).filter((t) => usable(t) && !placeAndDate(t) && !/^https?:/i.test(t));
  const heading = lines.find((t) => t.length <= 160);
  if (heading) return heading;
  // No heading: the first sentence's first words.
  const first = lines[0]?.split(/(?<=[.!?])\s/)[0]?.split(/\s+/);
  if (first && first.length > 0) return first.length > 12 ? `${first.slice(0, 12).join(" ")}…` : first.join(" ");
  const url = urls[0];
  if (url) {
    const path = comparableUrl(url).split("/").filter(Boolean);
    const last = path.length > 1 ? decodeURIComponent(path.at(-1)!).replace(/\.[a-z]+$/i, "").replace(/[-_]+/g, " ").trim() : "";
    return last && /\p{L}{2}/u.test(last) ? `${last} (${path[0]})` : path[0];
  }
  return undefined;
}

/** "Oslo, 2 March 2027", "14 January 2028": a letter's place and date line is no title. */
const placeAndDate = (t: string) =>
  /^(?:[\p{L} .'-]+,\s*)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}\.?$/u.test(t.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(t.trim());

/** A readable key from the reference or title, at most eight words. */
function keyFrom(text: string): string {
  return slug(text).split("-").slice(0, 8).join("-");
}

export function documentDraft(
  graph: GraphSnapshot, document: ImportedDocument, kind: ImportedDocument["kind"], text: string, locator: string, urls: { declared: string[]; head: string[] },
): DocumentDraft {
  const where = { locator, quote: document.title ?? document.reference ?? text.slice(0, 200) };
  const seedKind = seedDocumentKind(kind, text);
  const existing = findDocument(graph, document, [...urls.declared, ...urls.head], seedKind);
  const base = keyFrom(document.reference ?? document.title ?? `${seedKind} ${document.date ?? ""}`) || "imported-document";
  let id = base;
  for (let n = 2; graph.documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  const values: Record<string, unknown> = {
    id, kind: seedKind, ...(document.reference ? { reference: document.reference } : {}),
    title: document.title ?? document.reference ?? `${seedKind.toLowerCase().replace(/_/g, " ")}${document.date ? ` of ${document.date}` : ""}`,
    ...(document.date ? { date: document.date } : {}), ...(document.issuer ? { issuer: document.issuer } : {}),
    ...(urls.declared[0] ? { url: urls.declared[0] } : {}), ...(document.fileName ? { file: document.fileName } : {}),
  };
  return { id, ...(existing ? { existing } : {}), values, where };
}
