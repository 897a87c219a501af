import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildServer, builtEntry } from "../scripts/build-server.mjs";
import { projectRoot } from "../src/db/neo4j-local.js";
import { eventually, isProcessAlive } from "./helpers.js";
import { testPorts } from "./ports.js";

/**
 * The product as `npm start` runs it: built ahead of time (scripts/build-server.mjs), then a
 * separate plain Node process that starts its own local Neo4j (own port and data directory here),
 * and must never leave that JVM behind.
 */
interface Started {
  child: ChildProcess;
  neo4jPid: number;
  exited: Promise<number | null>;
}

let builtMain = builtEntry();
beforeAll(async () => {
  builtMain = (await buildServer()).entry;
}, 120_000);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function runProduct(env: Record<string, string>): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [builtMain], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => lines.push(line));
  createInterface({ input: child.stderr! }).on("line", (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, lines, exited };
}

async function startProduct(suffix: string, boltPort: number): Promise<Started> {
  rmSync(path.join(projectRoot, `.neo4j/test-process-${suffix}-${boltPort}`), { recursive: true, force: true });
  const { child, lines, exited } = runProduct({
    PORT: "0",
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_DATA_DIR: `.neo4j/test-process-${suffix}-${boltPort}`,
    NEO4J_LOCAL_HEAP: "512m",
    // The seed is not what these tests are about; an empty graph starts faster.
    SEED_ON_EMPTY: "false",
  });
  await eventually(() => lines.some((line) => line.includes("mvgraph is ready")), 120_000, `the product to be ready:\n${lines.join("\n")}`);
  const pidLine = lines.find((line) => line.includes('"msg":"local Neo4j ready"'));
  const neo4jPid = (JSON.parse(pidLine!) as { pid: number }).pid;
  expect(isProcessAlive(neo4jPid)).toBe(true);
  return { child, neo4jPid, exited };
}

// Each test starts a JVM and a Node process: allow for a slow, busy machine.
describe("the product process and its local Neo4j", { timeout: 180_000 }, () => {
  it("stops its Neo4j on SIGTERM, leaving no JVM behind", async () => {
    const { child, neo4jPid, exited } = await startProduct("term", testPorts.processNeo4j(0));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(isProcessAlive(neo4jPid)).toBe(false);
  });

  it("stops its Neo4j on Ctrl-C (SIGINT)", async () => {
    const { child, neo4jPid, exited } = await startProduct("int", testPorts.processNeo4j(1));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(isProcessAlive(neo4jPid)).toBe(false);
  });

  it("leaves no orphan JVM even when killed outright (SIGKILL)", async () => {
    const { child, neo4jPid, exited } = await startProduct("kill", testPorts.processNeo4j(2));
    child.kill("SIGKILL");
    await exited;
    await eventually(() => !isProcessAlive(neo4jPid), 30_000, `Neo4j pid ${neo4jPid} to exit`);
  });

  it("fails fast on bad configuration, naming the variable, without starting Neo4j", async () => {
    const { lines, exited } = runProduct({ PORT: "not-a-port" });
    expect(await exited).toBe(78);
    expect(lines.join("\n")).toMatch(/PORT must be a port number \(got "not-a-port"\)/);
    expect(lines.join("\n")).not.toMatch(/starting local Neo4j/);
  });

  it("fails fast on a malformed NEO4J_URI", async () => {
    const { lines, exited } = runProduct({ NEO4J_URI: "localhost:7687" });
    expect(await exited).toBe(78);
    expect(lines.join("\n")).toMatch(/NEO4J_URI must look like bolt:\/\/host:7687/);
  });
});
