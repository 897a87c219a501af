import { z } from "zod";
import { BadUserInputError } from "../errors.js";
import { deliverableStatuses, roleKinds } from "../seed/seed.schema.js";

/**
 * The filters of each export, as HTTP query parameters (`?org=jca-mv&org=tsag`) and as CLI
 * options (`--org jca-mv --org tsag`): one schema, so both accept exactly the same names and
 * values. Repeatable parameters take one value each time; unknown names are refused.
 */

/** Raw parameters: a query string's or a command line's, one value or a list per name. */
export type RawParams = Record<string, string | string[] | undefined>;

const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(item).min(1).max(100, "at most 100 values"));

const ref = z.string().trim().min(1, "must not be empty").max(300, "is too long");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a real date");

/** A switch: `true`/`false` (also 1/0, yes/no; an empty value, `?bom` or `--bom`, means true). */
const flag = z
  .enum(["", "true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "" || value === "true" || value === "1" || value === "yes");

const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) && value.length === 1 ? value[0] : value),
    z.unknown().refine((value) => !Array.isArray(value), "give it only once").pipe(inner),
  );

export const contactParams = z.strictObject({
  org: list(ref).optional(),
  role: list(z.enum(roleKinds, { error: `must be one of ${roleKinds.join(", ")}` })).optional(),
  topic: single(ref).optional(),
  asOf: single(isoDate).optional(),
  subGroups: single(flag).default(true),
  bom: single(flag).default(false),
});

export const roadmapParams = z.strictObject({
  org: list(ref).optional(),
  topic: list(ref).optional(),
  status: list(z.enum(deliverableStatuses, { error: `must be one of ${deliverableStatuses.join(", ")}` })).optional(),
  from: single(isoDate).optional(),
  to: single(isoDate).optional(),
  include: list(z.enum(["deliverables", "events"], { error: "must be deliverables or events" })).optional(),
  /** Words in a deliverable's code, title or former references, or an event's name (the page's text filter). */
  q: single(z.string().max(200, "at most 200 characters")).optional(),
  undated: single(flag).default(false),
  bom: single(flag).default(false),
});

/** The roadmap workbook: the CSV's filters (no `bom`: a workbook has no text encoding to mark), and its lane sheets. */
export const roadmapXlsxParams = roadmapParams.omit({ bom: true }).extend({
  lanes: single(z.enum(["topic", "organization", "series"], { error: "must be topic, organization or series" })).default("topic"),
});

/**
 * The contacts as vCards: the CSV's filters, without `bom`, and the vCard version: 4.0 (RFC 6350,
 * the default) or 3.0 (RFC 2426) for Outlook and older address books.
 */
export const vcardVersions = ["4.0", "3.0"] as const;
export type VcardVersion = (typeof vcardVersions)[number];
export const contactVcardParams = contactParams.omit({ bom: true }).extend({
  version: single(z.enum(vcardVersions, { error: "must be 4.0 or 3.0" })).default("4.0"),
});

/** The contacts workbook: the CSV's filters, without `bom`. */
export const contactXlsxParams = contactParams.omit({ bom: true });

export const calendarParams = z.strictObject({
  org: list(ref).optional(),
  topic: list(ref).optional(),
  from: single(isoDate).optional(),
  to: single(isoDate).optional(),
  deadlines: single(flag).default(true),
});

export type ContactParams = z.infer<typeof contactParams>;
export type RoadmapParams = z.infer<typeof roadmapParams>;
export type RoadmapXlsxParams = z.infer<typeof roadmapXlsxParams>;
export type ContactXlsxParams = z.infer<typeof contactXlsxParams>;
export type ContactVcardParams = z.infer<typeof contactVcardParams>;
export type CalendarParams = z.infer<typeof calendarParams>;

/** Validates raw parameters; the first problem becomes a BAD_USER_INPUT naming the parameter. */
export function parseParams<T extends z.ZodType>(schema: T, raw: RawParams): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    const value = parsed.data as { from?: string; to?: string };
    if (value.from && value.to && value.from > value.to) throw new BadUserInputError("to: must not be before from", "to");
    return parsed.data;
  }
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const name = issue.keys[0]!;
    const known = Object.keys((schema as unknown as z.ZodObject).shape).join(", ");
    throw new BadUserInputError(`${name}: unknown parameter (known: ${known})`, name);
  }
  const name = String(issue.path[0] ?? "parameters");
  const value = issue.path.length > 1 ? ` (value ${Number(issue.path[1]) + 1})` : "";
  throw new BadUserInputError(`${name}${value}: ${issue.message}`, name);
}
