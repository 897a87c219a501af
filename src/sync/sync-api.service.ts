import { parse } from "yaml";
import type { Viewer } from "../auth/viewer.js";
import type { RequestDatabase } from "../db/request-database.js";
import type { EditScope } from "../editing/run-edit.js";
import { BadUserInputError } from "../errors.js";
import type { ImportLimits } from "../import/limits.js";
import type { Connector } from "./plan.js";
import { planSyncOffThread } from "./plan-offthread.js";
import { loadScope, scopeSchema, type Scope } from "./scope/scope.js";
import { defaultSourceLimits, type SourceText } from "./sources.js";
import { runSync, type SyncMode, type SyncOutcome } from "./sync.service.js";

/**
 * The admin's catalogue sync through the API, the same run as `npm run sync`: sources are http(s)
 * URLs (never a path on the server) and/or a catalogue file's text given in the request; the plan
 * is made off the request thread under hard limits; APPLY writes audited as
 * `sync:<connector> by <admin>` (still a sync's own change: a later sync may update it, an API
 * edit it never overwrites).
 */
export interface SyncApiRequest {
  connector: Connector;
  sources: string[];
  text?: string | undefined;
  fileName?: string | undefined;
  scope?: string | undefined;
  mode: SyncMode;
}

export async function syncThroughApi(ctx: EditScope & { db: RequestDatabase; importLimits: ImportLimits }, request: SyncApiRequest): Promise<SyncOutcome> {
  const sources = request.sources.map((s) => s.trim());
  sources.forEach((s, i) => {
    let url: URL | undefined;
    try {
      url = new URL(s);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      throw new BadUserInputError(`sources[${i}]: "${s.slice(0, 100)}" is not an http(s) URL; through the API a sync reads URLs or the text you give, never a path on the server`, `sources[${i}]`);
    }
  });
  const texts: SourceText[] = [];
  if (request.text !== undefined) {
    if (!request.text.trim()) throw new BadUserInputError("text: the catalogue text is empty", "text");
    const bytes = Buffer.byteLength(request.text, "utf8");
    if (bytes > defaultSourceLimits.maxBytes) throw new BadUserInputError(`text: ${bytes} bytes, over the limit of ${defaultSourceLimits.maxBytes}`, "text");
    texts.push({ origin: request.fileName?.trim() || "text", text: request.text });
  }
  if (sources.length === 0 && texts.length === 0) throw new BadUserInputError("sources: give at least one http(s) URL, or the catalogue's text", "sources");
  const scope = request.scope === undefined ? loadScope() : parseScope(request.scope);
  const viewer: Viewer = { ...ctx.viewer, role: "ADMIN", name: `sync:${request.connector} by ${ctx.viewer.name}` };
  const scopeOfWrites = request.mode === "apply" ? { ...ctx, viewer } : ctx;
  return runSync(ctx.db.database, scopeOfWrites, {
    connector: request.connector, inputs: sources, texts, scope, mode: request.mode, limits: defaultSourceLimits,
    retrieved: new Date().toISOString().slice(0, 10),
    planner: (input) => planSyncOffThread(input, ctx.importLimits),
  });
}

function parseScope(text: string): Scope {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new BadUserInputError(`scope: not YAML: ${(error as Error).message.split("\n")[0]}`, "scope");
  }
  const parsed = scopeSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadUserInputError(`scope: ${issue.path.join(".") || "(scope)"}: ${issue.message}`, "scope");
  }
  return parsed.data;
}
