import "reflect-metadata";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { pino } from "pino";
import { Authenticator } from "../auth/authenticator.js";
import { loadConfig } from "../config.js";
import { connectCli } from "../db/cli-engine.js";
import { writePrivateFile } from "../private-files.js";
import { calendarParams, contactParams, contactVcardParams, contactXlsxParams, roadmapParams, roadmapXlsxParams, type RawParams } from "./export.params.js";
import {
  exportCalendar,
  exportContacts,
  exportRoadmap,
  type ContactFormat,
  type ExportFile,
  type ExportRequest,
  type ExportSettings,
  type RoadmapFormat,
} from "./exports.js";

/**
 * `npm run -s export -- <contacts|roadmap|calendar> [--format csv|vcf|xlsx|ics] [--out FILE] [filters]`:
 * the HTTP exports from the command line, with the same filters (the query parameters as
 * options: `--org jca-mv --org tsag`, `--asOf 2026-01-01`, `--bom`) and the same access rule
 * (`--token` is sent as a bearer token, as an Authorization header would be).
 */
const USAGE = `usage: npm run -s export -- <contacts|roadmap|calendar> [options] [filters]
  contacts   --format csv|vcf|xlsx   filters: --org (repeatable) --role (repeatable) --topic --asOf --subGroups false --bom (csv)
                                     --version 4.0|3.0 (vcf: 3.0 for Outlook and older address books)
  roadmap    --format csv|xlsx       filters: --org --topic --status (repeatable) --from --to --include deliverables|events --undated
                                     --bom (csv) --lanes topic|organization|series (xlsx: a sheet per lane) --q WORDS
  calendar   --format ics            filters: --org --topic (repeatable) --from --to --deadlines false
  options:   --out FILE (default: standard output; xlsx needs a file or a pipe)  --token TOKEN (access token, as the HTTP API takes)
  e.g.       npm run -s export -- contacts --org jca-mv --format vcf --out jca-mv.vcf
             npm run -s export -- roadmap --lanes organization --format xlsx --out roadmap.xlsx`;

interface Command {
  formats: string[];
  filters: string[];
  run(settings: ExportSettings, format: string, request: ExportRequest): Promise<ExportFile>;
}

/** The options of every format (a filter another format does not take is refused when the export parses them). */
const filtersOf = (...schemas: Array<{ shape: object }>) => [...new Set(schemas.flatMap((schema) => Object.keys(schema.shape)))];

const COMMANDS: Record<string, Command> = {
  contacts: { formats: ["csv", "vcf", "xlsx"], filters: filtersOf(contactParams, contactXlsxParams, contactVcardParams), run: (s, format, r) => exportContacts(s, format as ContactFormat, r) },
  roadmap: { formats: ["csv", "xlsx"], filters: filtersOf(roadmapParams, roadmapXlsxParams), run: (s, format, r) => exportRoadmap(s, format as RoadmapFormat, r) },
  calendar: { formats: ["ics"], filters: Object.keys(calendarParams.shape), run: (s, _format, r) => exportCalendar(s, r) },
};

class UsageError extends Error {}

/** The command line as a command, its format, output and token, and filters as raw parameters. */
function parseCommandLine(argv: string[]) {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(name && name !== "--help" ? `unknown export "${name}"` : "");
  const options = Object.fromEntries(
    [...command.filters, "format", "out", "token"].map((option) => [option, { type: "string" as const, multiple: true }]),
  );
  // A switch given without a value (`--bom`) means true: its value is left empty.
  const args = rest.map((arg, i) => (arg.startsWith("--") && !arg.includes("=") && (rest[i + 1] ?? "--").startsWith("--") ? `${arg}=` : arg));
  let values: Record<string, string[] | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }) as { values: Record<string, string[] | undefined> });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { format: formats, out, token, ...filters } = values;
  const format = formats?.at(-1) ?? command.formats[0]!;
  if (!command.formats.includes(format)) throw new UsageError(`${name} exports as ${command.formats.join(" or ")}, not "${format}"`);
  // A workbook's bytes would garble a terminal.
  if (format === "xlsx" && !out && process.stdout.isTTY) throw new UsageError("an xlsx export needs --out FILE (or a pipe)");
  const params: RawParams = Object.fromEntries(Object.entries(filters).map(([key, list]) => [key, list && list.length === 1 ? list[0] : list]));
  return { command, format, out: out?.at(-1), request: { params, authorization: bearer(token?.at(-1) ?? process.env.MVGRAPH_CREDENTIAL) } };
}

/** `--token`, or else MVGRAPH_CREDENTIAL: an API key or JWT, sent as an Authorization header would be. */
function bearer(credential: string | undefined): string | undefined {
  return credential ? `Bearer ${credential}` : undefined;
}

let parsed: ReturnType<typeof parseCommandLine>;
try {
  parsed = parseCommandLine(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError && error.message) console.error(`export: ${error.message}`);
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
// Logs go to standard error: standard output may be the exported file.
const log = pino({ level: config.logLevel === "info" ? "warn" : config.logLevel, base: { service: "mvgraph-export" } }, pino.destination(2));
const { db, close } = await connectCli(config, log, "export");
let exitCode = 0;
try {
  const authenticator = new Authenticator(config.auth);
  const file = await parsed.command.run({ db, coordination: config.coordination, authenticator }, parsed.format, parsed.request);
  if (parsed.out) {
    await writePrivateFile(parsed.out, file.body); // contact lists hold e-mails and phones: 0600
    console.error(`export: wrote ${file.count} ${file.unit} to ${parsed.out}`);
  } else {
    process.stdout.write(file.body);
  }
} catch (error) {
  // The same messages as the HTTP API: a code and what is wrong, no internals.
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  exitCode = code === "BAD_USER_INPUT" ? 2 : 1;
  console.error(code ? `export: ${code}: ${(error as Error).message}` : `export failed: ${(error as Error).message}`);
} finally {
  await close();
}
process.exit(exitCode);
