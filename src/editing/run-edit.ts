import { lockChangeLog, writeChanges, type StoredChange } from "../audit/audit.repository.js";
import type { Viewer } from "../auth/viewer.js";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { withStaticLabels } from "../db/static-labels.js";
import { entityLabels } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import { sourceRef as sourceRefSchema } from "../seed/seed.schema.js";
import { Edit, type Source } from "./edit.js";
import { storedOutcome, storeOutcome, type EditOutcome, type IdempotentRequest } from "./idempotency.js";
import { createNode } from "./nodes.js";
import { documentSpec } from "./specs.js";

/**
 * Where an edit comes from, as the editing engine reads it: the shape of GraphQL's SourceInput
 * (source.input.ts), written here as plain data so that the engine, used by the import service
 * and the CLI too, does not depend on the GraphQL layer.
 */
export interface EditSource {
  document?: string | null;
  locator?: string | null;
  newDocument?: object | null;
}

/** The labels an edit's statements may name through a parameter (see db/static-labels.ts). */
const knownLabels: ReadonlySet<string> = new Set(entityLabels);

const DOCUMENT_EXISTS = /* cypher */ `MATCH (d:Document {id: $key}) RETURN d.id AS id, d.date AS date`;
const DocumentRow = z.object({ id: z.string(), date: z.string().nullable() });

/** What an edit needs of the request: its database, who is asking, today, and the loaders to forget after. */
export interface EditScope {
  db: Queries;
  viewer: Viewer;
  today: string;
  loaders: { clear(): void };
  /** The request's Idempotency-Key, when it sent one (see idempotency.ts). */
  idempotency?: IdempotentRequest | undefined;
}

/**
 * Runs `work` as one edit: takes the change-log lock, resolves the source (creating a new source
 * document if asked), runs the work, writes the change records. Any error rolls everything
 * back. `source` may be undefined only where the work sets it (a new document is its own source).
 */
export async function runEdit<T>(ctx: EditScope, source: EditSource | undefined, work: (edit: Edit) => Promise<T>): Promise<{ result: T; changes: StoredChange[] }> {
  // With an Idempotency-Key, an edit an earlier request with the key committed is answered from
  // its stored outcome and writes nothing; a new one stores its outcome in its own transaction.
  // Looked up before the lock (a replay takes no lock) and again under it (two retries at once).
  const keyed = ctx.idempotency;
  const ordinal = keyed?.nextOrdinal() ?? 0; // outside the transaction: the driver may run it again
  const outcome = await ctx.db.writeTransaction(
    async (dynamic): Promise<EditOutcome<T>> => {
      const tx = withStaticLabels(dynamic, knownLabels);
      const replay = keyed && (await storedOutcome<T>(tx, keyed, ordinal));
      if (replay) return replay;
      await lockChangeLog(tx);
      const replayUnderLock = keyed && (await storedOutcome<T>(tx, keyed, ordinal));
      if (replayUnderLock) return replayUnderLock;
      const edit = new Edit(tx, ctx.viewer, ctx.today);
      if (source) edit.source = await resolveSource(edit, source);
      const result = await work(edit);
      const changes = await writeChanges(tx, edit.changes, ctx.viewer, edit.source);
      if (keyed) await storeOutcome(tx, keyed, ordinal, { result, changes });
      return { result, changes };
    },
    { app: "mvgraph", purpose: "edit", actor: ctx.viewer.name },
  );
  // Fields resolved after the mutation must see the new graph, not what this request loaded before.
  ctx.loaders.clear();
  return outcome;
}

async function resolveSource(edit: Edit, source: EditSource): Promise<Source> {
  const locator = source.locator?.trim() || undefined;
  if (source.locator !== undefined && source.locator !== null && !locator) throw new BadUserInputError("source.locator must not be blank", "source.locator");
  if (source.document && source.newDocument) {
    throw new BadUserInputError("source: give either document (an existing one) or newDocument, not both", "source");
  }
  let documentKey: string;
  let documentDate: unknown;
  if (source.document) {
    const rows = parseRows(DocumentRow, await edit.tx.run(DOCUMENT_EXISTS, { key: source.document }));
    if (rows.length === 0) throw new BadUserInputError(`source.document: no document "${source.document}"; give newDocument to record a new one`, "source.document");
    documentKey = source.document;
    documentDate = rows[0]!.date;
  } else if (source.newDocument) {
    const created = await createNode(edit, documentSpec, { ...source.newDocument }, "source.newDocument");
    documentKey = created.id as string;
    documentDate = created.date;
  } else {
    throw new BadUserInputError("source: name the document this edit comes from (document, or newDocument for a new one)", "source");
  }
  const ref = locator ? `${documentKey}#${locator}` : documentKey;
  if (!sourceRefSchema.safeParse(ref).success) throw new BadUserInputError(`source.locator: "${locator}" cannot be used as a locator`, "source.locator");
  return { ref, documentKey, ...(typeof documentDate === "string" ? { documentDate } : {}) };
}
