import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * The README, run as a new user would, in order (the convention is stated in the README's
 * "This README is tested"): ```bash blocks in one shell session, ```graphql blocks against
 * /graphql, the product started where the `npm start` block stands. On a writable engine, since
 * the tour imports a document; on this test's own ports (README addresses are rewritten).
 */
interface Block {
  lang: string;
  text: string;
  /** The `<!-- readme-test: … -->` marker right above the fence, if any. */
  marker: string | undefined;
  line: number;
}

function readmeBlocks(): Block[] {
  const lines = readFileSync(path.join(projectRoot, "README.md"), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== "```"; i += 1) body.push(lines[i]!);
    const marker = /^<!-- readme-test: (.*) -->$/.exec(lines[start - 1] ?? "")?.[1];
    blocks.push({ lang: fence[1]!, text: body.join("\n"), marker, line: start + 1 });
  }
  return blocks;
}

/** Files a block writes (`-o FILE`, `--out FILE`, `> FILE`), relative to the project's folder. */
function filesWritten(text: string): string[] {
  return [...text.matchAll(/(?:\s-o|\s--out|\s>)\s+([\w./-]+)/g)].map((match) => match[1]!);
}

const blocks = readmeBlocks();

describe("the README, run as a new user would", { timeout: 300_000 }, () => {
  let engine: WritableEngine;
  let app: RunningApp | undefined;
  let scratch: string;
  let shellState: string;
  const written = new Set<string>();

  beforeAll(async () => {
    engine = await acquireWritableEngine();
    scratch = mkdtempSync(path.join(tmpdir(), "mvgraph-readme-"));
    shellState = path.join(scratch, "shell-state.sh");
    // The user's shell: no NEO4J_URI (the tools find the engine of the running product through
    // its data directory, as they would find `npm start`'s), keys in a file of this test's own.
    const inherited = Object.entries(process.env).filter(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^(NEO4J_|MVGRAPH_)/.test(name));
    const exports = [
      ...inherited.map(([name, value]) => `export ${name}=${shellQuote(value ?? "")}`),
      `export NEO4J_LOCAL_DATA_DIR=${shellQuote(engine.dataDir)}`,
      `export NEO4J_LOCAL_BOLT_PORT=${engine.boltPort}`,
      `export MVGRAPH_API_KEYS_FILE=${shellQuote(path.join(scratch, "api-keys.json"))}`,
    ];
    writeFileSync(shellState, `${exports.join("\n")}\n`, { mode: 0o600 });
    // The product's keys file, empty, as a new user's is (a named file must exist; the default
    // .mvgraph/api-keys.json may not, and is read once auth:key makes it).
    writeFileSync(path.join(scratch, "api-keys.json"), "[]\n", { mode: 0o600 });
  });

  afterAll(async () => {
    await app?.stop();
    await engine?.release();
    // The examples download personal data into the project's folder: remove what they wrote.
    for (const file of written) rmSync(path.join(projectRoot, file), { force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("marks every block it does not run, and runs the others", () => {
    for (const block of blocks) {
      const runnable = block.lang === "bash" || block.lang === "graphql" || block.lang === "text";
      expect(runnable || block.marker !== undefined, `README line ${block.line}: a \`\`\`${block.lang} block needs <!-- readme-test: skip (why) --> or server above it`).toBe(true);
      if (block.marker) expect(block.marker, `README line ${block.line}`).toMatch(/^(skip|server) \(.+\)$/);
    }
    expect(blocks.filter((block) => block.marker?.startsWith("server"))).toHaveLength(1);
    expect(blocks.filter((block) => block.lang === "bash").length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((block) => block.lang === "graphql").length).toBeGreaterThanOrEqual(2);
  });

  it("every command and query works, in order", async () => {
    for (const block of blocks) {
      const where = `README line ${block.line}`;
      if (block.marker?.startsWith("server")) {
        // `npm start`: the product on this engine (seeded, as a new graph is), on a free port. The
        // seed loads in one transaction: on a busy machine it needs more than the default budget.
        app = await startApp(testConfig({ ...engine.env, PORT: "0", NEO4J_TX_TIMEOUT_MS: "240000", MVGRAPH_API_KEYS: "", MVGRAPH_API_KEYS_FILE: path.join(scratch, "api-keys.json") }), testLog);
        await app.prepared;
      } else if (block.lang === "bash") {
        expect(app, `${where}: a command before the product is started`).toBeDefined();
        const script = block.text.replaceAll(/http:\/\/(127\.0\.0\.1|localhost):4000/g, app!.http.url);
        for (const file of filesWritten(script)) if (!existsSync(path.join(projectRoot, file))) written.add(file);
        const { code, stdout, stderr } = await runInShell(script);
        expect(code, `${where} exited ${code}:\n${script}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`).toBe(0);
        expect(stdout, `${where} answered with errors:\n${stdout}`).not.toContain('"errors"');
        for (const file of filesWritten(script)) {
          const full = path.join(projectRoot, file);
          expect(existsSync(full) && statSync(full).size > 0, `${where}: ${file} was not written`).toBe(true);
          expect(readFileSync(full, "utf8"), `${where}: ${file} holds an error`).not.toMatch(/"error"|UNAUTHENTICATED/);
        }
      } else if (block.lang === "graphql") {
        expect(app, `${where}: a query before the product is started`).toBeDefined();
        const credential = block.text.startsWith("# Headers:") ? shellVariable("MVGRAPH_CREDENTIAL") : undefined;
        if (block.text.startsWith("# Headers:")) expect(credential, `${where}: no key made yet`).toMatch(/^mvg_/);
        const response = await fetch(`${app!.http.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
          body: JSON.stringify({ query: block.text }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect(body.errors, `${where}: ${JSON.stringify(body.errors)}`).toBeUndefined();
        expect(response.status, where).toBe(200);
        expect(Object.values(body.data ?? {}).every((value) => value !== null), `${where}: ${JSON.stringify(body.data)}`).toBe(true);
      }
    }
    expect(app).toBeDefined();
  });

  /** Runs a block as the user's shell would, keeping its exported variables for the next block. */
  function runInShell(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const wrapped = `source ${shellQuote(shellState)}\nset -euo pipefail\n${script}\nexport -p > ${shellQuote(shellState)}\n`;
    return new Promise((resolve) => {
      const child = spawn("bash", ["-c", wrapped], { cwd: projectRoot, env: {}, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.once("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  /** A variable the README's commands exported (e.g. the key `auth:key` made). */
  function shellVariable(name: string): string | undefined {
    const line = readFileSync(shellState, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith(`declare -x ${name}=`));
    return line ? (JSON.parse(line.slice(`declare -x ${name}=`.length)) as string) : undefined;
  }
});

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
