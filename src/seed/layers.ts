import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { extensibleKey, extensionSchemas, isExtensible, type Extension } from "./layer.schema.js";
import { seedFiles, type SeedData, type SeedFileName } from "./seed.schema.js";
import { checkReferences, defaultSeedDir, readSeed, SeedValidationError, seedKeyOf, type SeedProblem } from "./validate.js";

/**
 * Seed layers: folders of seed files loaded over the seed (seed/landscape: the catalogues' synced
 * sample). A layer's entry is a new entry (an id the seed does not have) or extends a seed entry
 * (`extends: <id>`, see layer.schema.ts). The seed and its layers are validated together: a
 * layer's references may name the seed's entries and its own, and every problem names the
 * layer's file, entry and field.
 */

/** The layers `npm start` and `npm run seed` load over the seed by default (SEED_LAYERS). */
export const defaultLayers = ["landscape"] as const;

export const layerDir = (name: string, seedDir: string = defaultSeedDir) => path.join(seedDir, name);

/** The seed of `dir` with the named layers (folders under it) over it, validated together. */
export function readSeedWithLayers(dir: string = defaultSeedDir, layers: readonly string[] = []): SeedData {
  let data = readSeed(dir);
  for (const name of layers) data = readLayer(layerDir(name, dir), name, data);
  return data;
}

/** Reads a layer folder and returns `base` with the layer over it; throws SeedValidationError naming every problem. */
export function readLayer(dir: string, name: string, base: SeedData): SeedData {
  if (!existsSync(dir)) throw new SeedValidationError([{ file: name, entry: "-", field: "-", message: `no seed layer folder at ${dir}` }]);
  const problems: SeedProblem[] = [];
  const added = Object.fromEntries(Object.values(seedKeyOf).map((key) => [key, []])) as unknown as SeedData;
  const extensions = new Map<SeedFileName, Extension[]>();
  const fileLabel = (file: string) => `${name}/${file}`;

  for (const [fileName, schema] of Object.entries(seedFiles) as Array<[SeedFileName, z.ZodType]>) {
    const file = path.join(dir, fileName);
    if (!existsSync(file)) continue; // a layer holds only the kinds it adds
    const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push({ file: fileLabel(fileName), entry: "-", field: "-", message: `YAML: ${error.message}` });
      continue;
    }
    const entries: unknown = doc.toJS() ?? [];
    if (!Array.isArray(entries)) {
      problems.push({ file: fileLabel(fileName), entry: "-", field: "-", message: "must be a YAML list of entries" });
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const extending = typeof entry === "object" && entry !== null && "extends" in entry;
      const target = extending ? (entry as { extends: unknown }).extends : (entry as { id?: unknown } | null)?.id;
      const label = typeof target === "string" ? `"${target}" (#${index + 1})` : `entry #${index + 1}`;
      if (extending && !isExtensible(fileName)) {
        problems.push({ file: fileLabel(fileName), entry: label, field: "extends", message: `entries of ${fileName} cannot be extended by a layer` });
        return;
      }
      const parsed = (extending && isExtensible(fileName) ? extensionSchemas[fileName] : schema).safeParse(entry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join(".") || "-";
          const message = issue.code === "unrecognized_keys" && extending ? `${issue.message}: a layer may extend only ${extensibleFieldsOf(fileName)}` : issue.message;
          problems.push({ file: fileLabel(fileName), entry: label, field, message });
        }
        return;
      }
      if (extending) extensions.set(fileName, [...(extensions.get(fileName) ?? []), parsed.data as Extension]);
      else (added[seedKeyOf[fileName]] as unknown[]).push(parsed.data);
    });
  }

  // New ids are new: an id the seed already has is extended, never repeated.
  const merged = Object.fromEntries(Object.entries(base).map(([key, list]) => [key, [...(list as unknown[])]])) as unknown as SeedData;
  for (const [fileName, key] of Object.entries(seedKeyOf) as Array<[SeedFileName, keyof SeedData]>) {
    const baseIds = new Set((base[key] as Array<{ id: string }>).map((e) => e.id));
    for (const entry of added[key] as Array<{ id: string }>) {
      if (baseIds.has(entry.id)) {
        problems.push({ file: fileLabel(fileName), entry: `"${entry.id}"`, field: "id", message: `is already an entry of the seed: extend it (extends: ${entry.id}) instead of repeating it` });
      }
    }
    (merged[key] as unknown[]).push(...(added[key] as unknown[]));
  }
  for (const [fileName, list] of extensions) {
    if (!isExtensible(fileName)) continue;
    const key = extensibleKey[fileName];
    const entries = merged[key] as Array<Record<string, unknown> & { id: string }>;
    const position = new Map((base[key] as Array<{ id: string }>).map((e, i) => [e.id, i]));
    const seen = new Set<string>();
    for (const extension of list) {
      const i = position.get(extension.extends);
      if (i === undefined) {
        problems.push({ file: fileLabel(fileName), entry: `"${extension.extends}"`, field: "extends", message: `unknown seed ${singularOf(fileName)} "${extension.extends}": a layer extends only entries of the seed` });
        continue;
      }
      if (seen.has(extension.extends)) problems.push({ file: fileLabel(fileName), entry: `"${extension.extends}"`, field: "extends", message: "extended twice in one layer" });
      seen.add(extension.extends);
      entries[i] = extend(entries[i]!, extension);
    }
  }

  // References across the seed and the layer; a problem of a layer's entry names the layer's file.
  const layerIds = new Set(Object.values(added).flatMap((list) => (list as Array<{ id: string }>).map((e) => e.id)));
  const extended = new Set([...extensions.values()].flatMap((list) => list.map((e) => e.extends)));
  for (const problem of checkReferences(merged)) {
    const entryId = /^"([^"]+)"/.exec(problem.entry)?.[1];
    const inLayer = entryId !== undefined && (layerIds.has(entryId) || extended.has(entryId));
    problems.push(inLayer ? { ...problem, file: fileLabel(problem.file) } : problem);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return merged;
}

/** A seed entry with a layer's extension over it: given fields replace, lists grow (the seed's items first). */
export function extend<E extends Record<string, unknown>>(entry: E, extension: Extension): E {
  const out: Record<string, unknown> = { ...entry };
  for (const [field, value] of Object.entries(extension)) {
    if (field === "extends" || value === undefined) continue;
    const current = out[field];
    out[field] = Array.isArray(value) && Array.isArray(current) ? [...current, ...value.filter((v) => !current.some((c) => JSON.stringify(c) === JSON.stringify(v)))] : value;
  }
  return out as E;
}

const singularOf = (file: SeedFileName) => file.replace(/s\.yaml$/, "").replace(/ie$/, "y").replace("peopl", "person");
const extensibleFieldsOf = (file: SeedFileName) => (isExtensible(file) ? Object.keys((extensionSchemas[file] as unknown as { shape: Record<string, unknown> }).shape).filter((k) => k !== "extends").join(", ") : "nothing");
