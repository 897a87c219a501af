import { extensibleFields, isExtensible } from "../seed/layer.schema.js";
import type { SeedFileName } from "../seed/seed.schema.js";

/**
 * A sync's result as a seed layer: the graph after the sync compared with the graph before it (the
 * seed alone), entry by entry, in the seed's format. An entry the sync created is a new entry of
 * the layer; a seed entry it changed is extended (`extends: <id>`) with the fields that changed
 * (for lists, the items it added). Pure and deterministic: the same graphs give the same files,
 * entries sorted by id, so a regenerated layer is a reviewable diff.
 */
type Entry = Record<string, unknown>;

export interface LayerFile {
  file: SeedFileName;
  entries: Entry[];
}

export class LayerDiffError extends Error {
  override name = "LayerDiffError";
}

const keyOf = (e: Entry) => String(e.id ?? e.extends);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Stored edit versions are the graph's, not the data's: a layer entry never carries one. */
function withoutVersion(entry: Entry): Entry {
  const { version: _version, ...rest } = entry;
  return rest;
}

export function layerFromSnapshots(before: Map<SeedFileName, Entry[]>, after: Map<SeedFileName, Entry[]>): LayerFile[] {
  const files: LayerFile[] = [];
  for (const [file, entries] of after) {
    const earlier = new Map((before.get(file) ?? []).map((e) => [keyOf(e), withoutVersion(e)]));
    const added: Entry[] = [];
    const extensions: Entry[] = [];
    const seen = new Set<string>();
    for (const raw of entries) {
      const entry = withoutVersion(raw);
      const id = keyOf(entry);
      seen.add(id);
      const was = earlier.get(id);
      if (!was) {
        added.push(entry);
        continue;
      }
      if (same(was, entry)) continue;
      extensions.push(extensionOf(file, id, was, entry));
    }
    const gone = [...earlier.keys()].filter((id) => !seen.has(id));
    if (gone.length > 0) throw new LayerDiffError(`${file}: the sync removed seed entries (${gone.join(", ")}); a layer only adds`);
    const byKey = (a: Entry, b: Entry) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
    const all = [...extensions.sort(byKey), ...added.sort(byKey)];
    if (all.length > 0) files.push({ file, entries: all });
  }
  return files;
}

/** What the sync changed on one seed entry, as an extension; refuses a change a layer cannot express. */
function extensionOf(file: SeedFileName, id: string, was: Entry, now: Entry): Entry {
  const allowed: readonly string[] = isExtensible(file) ? extensibleFields[file] : [];
  const extension: Entry = { extends: id };
  for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const before = was[field];
    const after = now[field];
    if (same(before, after)) continue;
    if (!allowed.includes(field)) throw new LayerDiffError(`${file} › "${id}" › ${field}: the sync changed a field a layer cannot extend`);
    if (after === undefined) throw new LayerDiffError(`${file} › "${id}" › ${field}: the sync removed it; a layer only adds`);
    if (Array.isArray(after)) {
      const old = Array.isArray(before) ? before : [];
      const lost = old.filter((v) => !after.some((a) => same(a, v)));
      if (lost.length > 0) throw new LayerDiffError(`${file} › "${id}" › ${field}: the sync took items away (${lost.join(", ")}); a layer only adds`);
      extension[field] = after.filter((a) => !old.some((v) => same(a, v)));
    } else {
      extension[field] = after;
    }
  }
  return extension;
}
