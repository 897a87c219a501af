import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { Refusal } from "./record.js";

/**
 * Where a sync reads: files, folders (every .yaml/.yml/.jsonl file below, in name order) and
 * http(s) URLs, each under a size limit and URLs under a time limit. A Relaton index file (a YAML
 * list of `{id, file}` entries, as the relaton-data repositories publish) stands for the files it
 * lists, relative to where it was read. What cannot be read is a refusal naming it; the rest goes on.
 */
export interface SourceLimits {
  /** Largest file or answer read, in bytes. */
  maxBytes: number;
  /** How long a URL may take to answer in full. */
  timeoutMs: number;
  /** Most files an index or folder may list. */
  maxFiles: number;
}

export const defaultSourceLimits: SourceLimits = { maxBytes: 8 * 1024 * 1024, timeoutMs: 20_000, maxFiles: 20_000 };

export interface SourceText {
  origin: string;
  text: string;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const DATA_FILE = /\.(ya?ml|jsonl|json)$/i;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function readSources(inputs: string[], limits: SourceLimits = defaultSourceLimits): Promise<{ texts: SourceText[]; refusals: Refusal[] }> {
  const texts: SourceText[] = [];
  const refusals: Refusal[] = [];
  const visit = async (input: string, depth: number): Promise<void> => {
    const text = isUrl(input) ? await fetchText(input, limits) : await fileOrFolder(input, limits, visit, depth);
    if (text === undefined) return;
    if (typeof text !== "string") return void refusals.push(text);
    const listed = depth < 2 ? indexEntries(text) : undefined;
    if (listed) {
      if (listed.length > limits.maxFiles) return void refusals.push({ origin: input, reason: `index lists ${listed.length} files, over the limit of ${limits.maxFiles}` });
      for (const file of listed) {
        const target = isUrl(input) ? new URL(file, input).toString() : path.resolve(path.dirname(input), file);
        // An index read over the network lists network files only: never a path on this machine.
        if (isUrl(input) && !isUrl(target)) refusals.push({ origin: input, record: file, reason: "an index read from a URL may list only http(s) files" });
        else await visit(target, depth + 1);
      }
      return;
    }
    texts.push({ origin: input, text });
  };
  for (const input of inputs) await visit(input, 0);
  return { texts, refusals };
}

async function fileOrFolder(input: string, limits: SourceLimits, visit: (input: string, depth: number) => Promise<void>, depth: number): Promise<string | Refusal | undefined> {
  let info;
  try {
    info = await stat(input);
  } catch {
    return { origin: input, reason: "no such file or folder" };
  }
  if (info.isDirectory()) {
    const files = (await readdir(input, { recursive: true })).filter((f) => DATA_FILE.test(f)).sort();
    if (files.length > limits.maxFiles) return { origin: input, reason: `folder holds ${files.length} files, over the limit of ${limits.maxFiles}` };
    for (const f of files) await visit(path.join(input, f), depth + 1);
    return undefined;
  }
  if (info.size > limits.maxBytes) return { origin: input, reason: `file is ${mb(info.size)}, over the limit of ${mb(limits.maxBytes)}: not read` };
  return readFile(input, "utf8");
}

async function fetchText(url: string, limits: SourceLimits): Promise<string | Refusal> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: "follow" });
    if (!response.ok) return { origin: url, reason: `answered HTTP ${response.status}` };
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      return { origin: url, reason: `answer is ${mb(declared)}, over the limit of ${mb(limits.maxBytes)}: not read` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) return { origin: url, reason: `answer is over the limit of ${mb(limits.maxBytes)}: not read` };
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const why = e.name === "TimeoutError" || e.name === "AbortError" ? `did not answer within ${limits.timeoutMs / 1000} s` : `could not be reached (${e.cause?.code ?? e.message})`;
    return { origin: url, reason: why };
  }
}

/** The files a Relaton index lists, or undefined when the text is not an index. */
function indexEntries(text: string): string[] | undefined {
  // Cheap tests first: a record file (which names its identifiers) is never parsed twice.
  const head = text.slice(0, 2000);
  if (!/^\s*-\s+(id|file):/m.test(head) || /^\s*(-\s+)?(docid|docidentifier|title|schema[-_]version):/m.test(head)) return undefined;
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const files = value.map((e) => (e && typeof e === "object" && !("docid" in e) && !("docidentifier" in e) && typeof (e as { file?: unknown }).file === "string" ? (e as { file: string }).file : undefined));
  return files.every((f): f is string => !!f) ? files : undefined;
}
