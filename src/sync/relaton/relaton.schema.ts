import { z } from "zod";

/**
 * The parts of a Relaton bibliographic item (YAML) the sync reads, in both generations of the
 * schema published by the relaton-data repositories: `schema-version: v1.2.x` (docid, link,
 * docstatus, date.value, ext.editorialgroup) and `schema_version: v1.5.x` (docidentifier,
 * source, status, date.at, contributor subdivisions). Objects are loose: unknown fields are kept
 * out of the way, never a reason to refuse a record.
 */
const text = z.union([z.string(), z.number()]).transform(String);
/** `content` (or `id`) as a string: Relaton writes some strings as `{content: ...}`. */
const contentOf = z.union([text, z.looseObject({ content: text.optional(), value: text.optional() })]).transform((v) => (typeof v === "string" ? v : (v.content ?? v.value)));
const listOf = <T extends z.ZodType>(item: T) => z.union([z.array(item), item.transform((v) => [v])]).nullish().transform((v) => (v ?? []) as z.output<T>[]);

const identifier = z.looseObject({ id: text.optional(), content: text.optional(), type: text.optional(), primary: z.boolean().nullish(), scope: text.optional() });
const title = z.union([z.string().transform((content) => ({ content, type: "main", language: undefined as unknown })), z.looseObject({ content: text.optional(), type: text.optional(), language: z.unknown().optional() })]);
const link = z.looseObject({ content: text.optional(), type: text.optional() });
const date = z.looseObject({ type: text.optional(), value: text.optional(), at: text.optional(), on: text.optional() });
const stage = z.union([text, z.looseObject({ value: text.optional(), content: text.optional() })]).nullish().transform((v) => (v == null ? undefined : typeof v === "string" ? v : (v.value ?? v.content)));
const status = z.looseObject({ stage, substage: stage }).nullish();
const relation = z.looseObject({
  type: text,
  bibitem: z.looseObject({ docid: listOf(identifier), docidentifier: listOf(identifier), formattedref: contentOf.optional(), id: text.optional() }).optional(),
});
const committee = z.looseObject({ identifier: text.optional(), name: z.union([text, z.array(z.unknown())]).optional(), number: text.optional(), type: text.optional() });
const editorialGroup = z.union([
  z.looseObject({ technical_committee: listOf(committee), committee: listOf(z.union([text, committee])) }),
  z.array(z.union([text, committee])),
]).nullish();
const subdivision = z.looseObject({ name: listOf(contentOf), type: text.optional(), subtype: text.optional(), identifier: listOf(contentOf) });
const contributor = z.looseObject({
  organization: z.looseObject({ name: listOf(contentOf), abbreviation: contentOf.optional(), subdivision: listOf(subdivision) }).optional(),
  role: listOf(z.looseObject({ type: text.optional() })),
});
const ics = z.looseObject({ code: text.optional() });
const doctype = z.union([text, z.looseObject({ type: text.optional(), content: text.optional() })]).nullish().transform((v) => (v == null ? undefined : typeof v === "string" ? v : (v.type ?? v.content)));

export const relatonItem = z.looseObject({
  id: text.optional(),
  docid: listOf(identifier),
  docidentifier: listOf(identifier),
  title: listOf(title),
  type: text.optional(),
  doctype,
  link: listOf(link),
  source: listOf(link),
  uri: listOf(link),
  date: listOf(date),
  docstatus: status,
  status: status,
  edition: contentOf.nullish(),
  version: z.unknown().optional(),
  relation: listOf(relation),
  contributor: listOf(contributor),
  abstract: listOf(z.union([text, z.looseObject({ content: text.optional(), language: z.unknown().optional() })])),
  ics: listOf(ics),
  editorialgroup: editorialGroup,
  ext: z.looseObject({ doctype, editorialgroup: editorialGroup, ics: listOf(ics) }).nullish(),
});
export type RelatonItem = z.output<typeof relatonItem>;
