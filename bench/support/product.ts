import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { buildSchema, parse, print, validate, type OperationDefinitionNode } from "graphql";
import { builtEntry } from "../../scripts/build-server.mjs";
import { projectRoot } from "../../src/db/neo4j-local.js";

/**
 * The product as `npm start` runs it, in its own Node process (so the load generator does not
 * share its event loop), on a Neo4j the script controls. Loopback only.
 */
export interface ProductProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `onLog` sees every log line of the product (JSON). */
export async function startProduct(env: Record<string, string>, onLog?: (line: string) => void, root = projectRoot): Promise<ProductProcess> {
  // The product listens before it has migrated (and seeded an empty graph): a failure there is
  // logged as "cannot start", and waiting for /readyz any longer would only hide it.
  let cannotStart: string | undefined;
  const server = await startServerProcess({
    ...productScript(root),
    cwd: root,
    // Info level: the script reads the listening address from the log.
    env: { HOST: "127.0.0.1", PORT: "0", ...env, LOG_LEVEL: "info" },
    listening: /"msg":"GraphQL server listening"/,
    onLog: (line) => {
      if (line.includes('"msg":"cannot start"')) cannotStart ??= line;
      onLog?.(line);
    },
  });
  try {
    await waitFor(async () => {
      if (cannotStart) throw new Error(`the product (${root}) cannot start: ${cannotStart}`);
      return (await fetch(`${server.url}/readyz`).catch(() => undefined))?.status === 200;
    }, 180_000, "the product to be ready");
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * How `npm start` runs the checkout at `root`: built ahead of time and run with plain node where
 * the checkout has the build (scripts/build-server.mjs, built here first so the run measures the
 * code it was given), under tsx where it has not (older baselines).
 */
export function productScript(root = projectRoot): { script: string; tsx: boolean } {
  const build = path.join(root, "scripts", "build-server.mjs");
  if (!existsSync(build)) return { script: path.join(root, "src", "main.ts"), tsx: true };
  execFileSync(process.execPath, [build], { cwd: root, stdio: "ignore" });
  return { script: builtEntry(root), tsx: false };
}

/**
 * A Node server script in its own process; resolves with its base URL once it logs a JSON line
 * matching `listening` that carries `url` (…/graphql).
 */
export async function startServerProcess(options: {
  script: string;
  /** The checkout the script runs in (default: this one). */
  cwd?: string;
  env: Record<string, string>;
  listening: RegExp;
  onLog?: (line: string) => void;
  nodeOptions?: string[];
  /** TypeScript run under tsx (default); false for JavaScript built ahead of time. */
  tsx?: boolean;
}): Promise<ProductProcess> {
  const loader = options.tsx === false ? [] : ["--import", "tsx"];
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeOptions ?? []), ...loader, options.script], {
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const lines: string[] = [];
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await exited;
  };
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.script} did not start within 180 s:\n${lines.slice(-20).join("\n")}`)), 180_000);
    const onLine = (line: string) => {
      options.onLog?.(line);
      lines.push(line);
      if (lines.length > 200) lines.shift();
      const listening = options.listening.test(line) ? (JSON.parse(line) as { url: string }).url : undefined;
      if (listening) {
        clearTimeout(timer);
        resolve(listening.replace(/\/graphql$/, ""));
      }
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited with code ${code}:\n${lines.slice(-20).join("\n")}`));
    });
  });
  try {
    return { url: await started, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * A worktree of `ref` (under .neo4j/, which git ignores), sharing this tree's node_modules, so
 * the baseline runs its own code on the same dependencies, Neo4j and machine.
 */
export function baselineCheckout(ref: string): string {
  const commit = execFileSync("git", ["rev-parse", "--short", `${ref}^{commit}`], { cwd: projectRoot, encoding: "utf8" }).trim();
  const dir = path.join(projectRoot, ".neo4j", `baseline-${commit}`);
  if (!existsSync(path.join(dir, "package.json"))) {
    mkdirSync(path.dirname(dir), { recursive: true });
    execFileSync("git", ["worktree", "add", "--force", "--detach", dir, commit], { cwd: projectRoot, stdio: "ignore" });
  }
  if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** Loopback only: a load test never leaves this machine. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) throw new Error(`refusing to send load to ${host}: loopback addresses only`);
}

/**
 * A realistic mix: many small lookups and searches as tools and GraphiQL users send them, list
 * pages with filters, and every example operation (the coordination questions included) now and
 * then. Each entry is one POST body; the load cycles through them. `lookups` keeps only the
 * lookups and searches (the cheapest, most frequent requests).
 */
export function queryMix(kind: "realistic" | "lookups" = "realistic"): string[] {
  const examples = parse(readFileSync(path.join(projectRoot, "examples.graphql"), "utf8"));
  const fragments = examples.definitions.filter((definition) => definition.kind === "FragmentDefinition").map((fragment) => print(fragment));
  const operations = examples.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition")
    .map((operation) => [print(operation), ...fragments.filter((fragment) => print(operation).includes(`...${fragment.split(" ")[1]}`))].join("\n"));

  const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, ...(variables ? { variables } : {}) });
  const lookup = "query($ref: String!) { organization(ref: $ref) { key name acronym parent { key } subGroups { key name } } }";
  const search = "query($text: NonEmptyString!) { search(text: $text, first: 10) { score node { __typename key } } }";
  const page = "query($kinds: [OrganizationKind!], $after: String) { organizations(first: 20, after: $after, filter: { kinds: $kinds }) { totalCount pageInfo { endCursor hasNextPage } nodes { key name } } }";
  const deliverables = "query($org: String) { deliverables(first: 20, filter: { organization: $org }) { totalCount nodes { code title status } } }";
  const lookups = [
    ...["SC 27", "FG-MV", "jca-mv", "ITU-T SG20", "SC27", "IEEE", "JTC 1", "ETSI"].map((ref) => body(lookup, { ref })),
    ...["privacy", "metaverse", "digital twin", "SC27", "identity", "avatar"].map((text) => body(search, { text })),
  ];
  if (kind === "lookups") return lookups;
  return [
    ...lookups,
    body(page, {}),
    body(page, { kinds: ["STUDY_GROUP"] }),
    body(deliverables, { org: "itu-t-sg20" }),
    body(deliverables, { org: "fg-mv" }),
    ...operations.map((query) => body(query)),
  ];
}

/**
 * The bodies of `bodies` whose query the schema of the checkout at `root` (its committed
 * `schema.graphql`) validates: a mix compared across commits must ask both the same questions,
 * and a field added since the older commit would make it answer an error, cheaply. `left` are
 * the operations left out.
 */
export function answerableMix(bodies: string[], root: string): { bodies: string[]; left: string[] } {
  const schema = buildSchema(readFileSync(path.join(root, "schema.graphql"), "utf8"));
  const kept: string[] = [];
  const left: string[] = [];
  for (const body of bodies) {
    const { query } = JSON.parse(body) as { query: string };
    const document = parse(query);
    if (validate(schema, document).length === 0) kept.push(body);
    else left.push(document.definitions.flatMap((d) => (d.kind === "OperationDefinition" ? [d.name?.value ?? query.slice(0, 40)] : []))[0] ?? query.slice(0, 40));
  }
  return { bodies: kept, left };
}

/**
 * The bodies of `bodies` two products (base URLs) answer with the same JSON, and the names of the
 * operations they answer differently: a mix compared across commits whose answers differ
 * measures other work for those operations.
 */
export async function answeredAlike(a: string, b: string, bodies: string[]): Promise<{ same: string[]; differ: string[] }> {
  const same: string[] = [];
  const differ: string[] = [];
  const ask = async (url: string, body: string) => (await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
  for (const body of bodies) {
    if ((await ask(a, body)) === (await ask(b, body))) same.push(body);
    else differ.push(operationLabel(body));
  }
  return { same, differ };
}

/** How an operation of the mix is named in output: its name, or its first field and variables (`search {"text":"privacy"}`). */
export function operationLabel(body: string): string {
  const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
  const named = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  if (named) return named;
  const field = /\{\s*(\w+)/.exec(query)?.[1] ?? query.replace(/\s+/g, " ").slice(0, 40);
  return variables ? `${field} ${JSON.stringify(variables)}` : field;
}

export const percentileOf = (sorted: number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
