import { z } from "zod";
import { deliverableSchema, documentSchema, id, organizationSchema, sources, type SeedData, type SeedFileName } from "./seed.schema.js";

/**
 * A seed layer (seed/<name>/*.yaml, e.g. seed/landscape) holds entries in the seed's own schema,
 * file by file, with new ids, and may extend an entry of the seed below it: an entry
 * `{extends: <seed id>, ...}` names the seed entry and gives only the fields a catalogue states
 * about it. On load, a field it gives replaces the seed's value, except lists (aliases, topics,
 * sources), which grow: the layer adds history, topics and its catalogue sources, and never takes
 * away what the seed says. Only the fields below may be extended; anything else belongs in the
 * seed itself, and the validator refuses it by field name.
 */
export const extensibleFields = {
  "deliverables.yaml": ["title", "kind", "status", "published", "draft", "url", "aliases", "topics", "sources"],
  "organizations.yaml": ["established", "mandate", "description", "aliases", "sources"],
  "liaisons.yaml": ["sources"],
  "documents.yaml": ["url", "date", "sources"],
} as const satisfies Partial<Record<SeedFileName, readonly string[]>>;

export type ExtensibleFile = keyof typeof extensibleFields;

const extension = <S extends z.ZodObject>(schema: S, fields: readonly string[]) =>
  z.strictObject({ extends: id, ...schema.pick(Object.fromEntries(fields.map((f) => [f, true])) as never).partial().shape });

/** File name → the schema of an extending entry. */
export const extensionSchemas: Record<ExtensibleFile, z.ZodType> = {
  "deliverables.yaml": extension(deliverableSchema, extensibleFields["deliverables.yaml"]),
  "organizations.yaml": extension(organizationSchema, extensibleFields["organizations.yaml"]),
  // The liaison schema carries refinements (pick is not allowed on it): its one extensible field by hand.
  "liaisons.yaml": z.strictObject({ extends: id, sources: sources.optional() }),
  "documents.yaml": extension(documentSchema, extensibleFields["documents.yaml"]),
};

export type Extension = { extends: string } & Record<string, unknown>;

export const isExtensible = (file: SeedFileName): file is ExtensibleFile => file in extensibleFields;

/** SeedData key of each extensible file. */
export const extensibleKey: Record<ExtensibleFile, keyof SeedData> = {
  "deliverables.yaml": "deliverables",
  "organizations.yaml": "organizations",
  "liaisons.yaml": "liaisons",
  "documents.yaml": "documents",
};
