import neo4j from "neo4j-driver";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.js";

/**
 * Control of the local Neo4j engine: Neo4j 5.26 LTS from Maven Central, embedded in the small
 * Java launcher under neo4j-local/. Used only when NEO4J_URI is not set.
 *
 * The launcher keeps reading its stdin and shuts Neo4j down at end-of-file, so when this Node
 * process ends for any reason (even SIGKILL) the pipe closes and no orphan JVM is left.
 *
 * Authentication is on: the first start generates a random password for the `neo4j` admin user
 * and keeps it in `<data dir>/password`, readable by the owner only (mode 0600); later starts reuse
 * it. The product has a user of its own, `mvgraph`, with another random password in
 * `<data dir>/product-password` (0600); the launcher makes that user (or gives it the file's
 * password again) at every start, and every product process, CLI and test connects as `mvgraph`
 * (`credentials`). No one logs in as `neo4j`, so wrong logins for `neo4j` from any local process
 * cannot lock the product out (docs/operations.md, "The local engine's users").
 */
/** The checkout: the nearest folder above this module with a package.json (src/db/ under tsx, dist/server/src/db/ when built). */
export const projectRoot = checkoutAbove(path.dirname(fileURLToPath(import.meta.url)));

function checkoutAbove(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "package.json"))) return at;
    if (path.dirname(at) === at) return path.resolve(dir, "../..");
  }
}
const launcherDir = path.join(projectRoot, "neo4j-local");
const classpathFile = path.join(launcherDir, "target", "classpath.txt");
const classesDir = path.join(launcherDir, "target", "classes");
const classpathArgFile = path.join(launcherDir, "target", "java-args.txt");
const launcherSources = [
  path.join(launcherDir, "pom.xml"),
  path.join(launcherDir, "src", "main", "java", "mvgraph", "LocalNeo4j.java"),
];

export interface LocalNeo4jOptions {
  boltPort: number;
  /** Neo4j home (data, logs); relative paths are taken from the project root. */
  dataDir: string;
  heap: string;
  log: Logger;
  startTimeoutMs?: number;
}

/** The admin user every local engine has; its password is in the data directory's password file. */
export const LOCAL_NEO4J_USER = "neo4j";
export const PASSWORD_FILE_NAME = "password";
/** The product's own user of the local engine, and its password file beside the admin's. */
export const PRODUCT_NEO4J_USER = "mvgraph";
export const PRODUCT_PASSWORD_FILE_NAME = "product-password";

export interface Neo4jCredentials {
  uri: string;
  username: string;
  password: string;
}

/** Where to connect: the local engine when one was started, else the configured (external) server. */
export function neo4jConnection(configured: { uri: string | undefined; username: string; password: string }, local: LocalNeo4j | undefined): Neo4jCredentials {
  if (local) return local.credentials;
  if (!configured.uri) throw new LocalNeo4jError("no NEO4J_URI and no local Neo4j");
  return { uri: configured.uri, username: configured.username, password: configured.password };
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

/** The file in the data directory naming the process that holds the engine, while it runs. */
const HOLDER_FILE = "mvgraph-holder.json";

interface Holder {
  pid: number;
  command: string;
  uri: string;
}

/** The live process holding the engine of `home`, if any (a stale file of a dead one is ignored). */
function currentHolder(home: string): Holder | undefined {
  const file = path.join(home, HOLDER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const holder = JSON.parse(readFileSync(file, "utf8")) as Holder;
    process.kill(holder.pid, 0); // throws when no such process
    return holder.pid === process.pid ? undefined : holder;
  } catch {
    return undefined;
  }
}

/** What a command was started as, short: "npm start" → "tsx src/main.ts". */
function commandLine(): string {
  const script = process.argv.slice(1).map((arg) => path.relative(projectRoot, arg) || arg);
  const lifecycle = process.env.npm_lifecycle_event;
  return lifecycle ? `npm run ${lifecycle}` : script.join(" ");
}

/**
 * One line saying who holds the local engine and what to do, instead of Neo4j's store-lock stack
 * trace: stop that process, or point this command at its engine with NEO4J_URI.
 */
export function heldMessage(home: string, holder: Holder | undefined): string {
  const who = holder ? `process ${holder.pid} (${holder.command})` : "another process (probably `npm start`)";
  const uri = holder?.uri ?? "bolt://127.0.0.1:7687";
  return `The local Neo4j in ${path.relative(projectRoot, home) || home} is in use by ${who}: stop it, or run this command against it with NEO4J_URI=${uri}.`;
}

export class LocalNeo4j {
  private exited: Promise<number | null>;
  private holderFile: string | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly uri: string,
    private readonly password: string,
    private readonly log: Logger,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once("exit", (code) => resolve(code));
    });
  }

  /** How to connect: the Bolt address, the product's user (`mvgraph`) and its password. */
  get credentials(): Neo4jCredentials {
    return { uri: this.uri, username: PRODUCT_NEO4J_USER, password: this.password };
  }

  /** The same as environment variables, for a product process or CLI started on this engine. */
  get env(): { NEO4J_URI: string; NEO4J_USERNAME: string; NEO4J_PASSWORD: string } {
    return { NEO4J_URI: this.uri, NEO4J_USERNAME: PRODUCT_NEO4J_USER, NEO4J_PASSWORD: this.password };
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const { boltPort, heap, log } = options;
    await ensureLauncherBuilt(log);
    const home = path.resolve(projectRoot, options.dataDir);
    mkdirSync(home, { recursive: true, mode: 0o700 });
    const holder = currentHolder(home);
    if (holder) throw new LocalNeo4jError(heldMessage(home, holder));
    const adminPassword = localNeo4jPassword(home);
    const password = localProductPassword(home);

    log.info({ boltPort, home }, "starting local Neo4j 5.26 (set NEO4J_URI to use another server)");
    const started = Date.now();
    const child = spawn(
      "java",
      [
        `-Xmx${heap}`,
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        // An argument file keeps the long classpath out of `ps` output.
        `@${classpathArgFile}`,
        "mvgraph.LocalNeo4j",
        String(boltPort),
        home,
      ],
      // The passwords travel in the environment, which only the owner can read (/proc/<pid>/environ).
      { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, MVGRAPH_NEO4J_PASSWORD: adminPassword, MVGRAPH_NEO4J_PRODUCT_PASSWORD: password } },
    );
    const uri = `bolt://127.0.0.1:${boltPort}`;
    const instance = new LocalNeo4j(child, uri, password, log);

    const stderrTail: string[] = [];
    createInterface({ input: child.stderr! }).on("line", (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 40) stderrTail.shift();
    });

    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new LocalNeo4jError(`local Neo4j did not start within ${options.startTimeoutMs ?? 180_000} ms (NEO4J_LOCAL_START_TIMEOUT_MS): the machine may be busy; raise it and start again`));
      }, options.startTimeoutMs ?? 180_000);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        if (line.startsWith("mvgraph-neo4j ready")) {
          clearTimeout(timeout);
          resolve();
        }
      });
      child.once("error", (error) => {
        clearTimeout(timeout);
        reject(new LocalNeo4jError(`cannot run java (Java 17+ is required): ${error.message}`));
      });
      child.once("exit", (code) => {
        clearTimeout(timeout);
        const why = stderrTail.join("\n");
        // The two known causes get one line each, without Java's stack trace.
        if (/lock|already in use by another/i.test(why)) reject(new LocalNeo4jError(heldMessage(home, currentHolder(home))));
        else if (/BindException|Address already in use/i.test(why)) {
          reject(new LocalNeo4jError(`Port ${boltPort} is in use (is \`npm start\` running?): stop that process, set NEO4J_LOCAL_BOLT_PORT to a free port, or set NEO4J_URI=bolt://127.0.0.1:${boltPort} to use it.`));
        } else reject(new LocalNeo4jError(`local Neo4j exited with code ${code} before it was ready.\n${why}`));
      });
    });
    try {
      await firstLogin(uri, password, options.startTimeoutMs ?? 180_000);
    } catch (error) {
      await instance.stop();
      throw new LocalNeo4jError(`local Neo4j started but refused its password: ${(error as Error).message}`);
    }
    log.info({ uri, pid: child.pid, ms: Date.now() - started }, "local Neo4j ready");
    instance.holderFile = path.join(home, HOLDER_FILE);
    writeFileSync(instance.holderFile, JSON.stringify({ pid: process.pid, command: commandLine(), uri } satisfies Holder));
    child.once("exit", () => rmSync(instance.holderFile!, { force: true }));
    return instance;
  }

  /** Shuts Neo4j down cleanly (closing stdin), forcing it only after the grace period. */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.log.info({ pid: this.pid }, "stopping local Neo4j");
    this.child.stdin?.end();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
    this.log.info("local Neo4j stopped");
  }
}

/**
 * Logs in once, with all the time the start allows: a freshly started engine (on a busy machine)
 * can take seconds over its first login, longer than the product's short connection timeouts.
 */
async function firstLogin(uri: string, password: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(PRODUCT_NEO4J_USER, password), { connectionAcquisitionTimeout: timeoutMs, connectionTimeout: timeoutMs });
  try {
    await driver.executeQuery("RETURN 1");
  } finally {
    await driver.close();
  }
}

/** The password of the local engine's `neo4j` admin user, from `<home>/password` (see `secretFile`). */
export function localNeo4jPassword(dataDir: string): string {
  return secretFile(dataDir, PASSWORD_FILE_NAME);
}

/** The password of the product's own user (`mvgraph`), from `<home>/product-password`. */
export function localProductPassword(dataDir: string): string {
  return secretFile(dataDir, PRODUCT_PASSWORD_FILE_NAME);
}

/**
 * A password kept in the data directory; made (random, 192 bits) on first use. The file is the
 * owner's alone (0600), whatever the umask, and put right if it was loosened.
 */
function secretFile(dataDir: string, name: string): string {
  const home = path.resolve(projectRoot, dataDir);
  const file = path.join(home, name);
  if (!existsSync(file)) {
    mkdirSync(home, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it at the same moment: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, "utf8").trim();
  if (password.length < 8) throw new LocalNeo4jError(`${file} must hold the local Neo4j's password (8 characters or more); delete it to make a new one`);
  return password;
}

/**
 * The local engine another live process (`npm start`) holds in this data directory, with the
 * product user's password from its file: a command-line tool uses it instead of failing to start a
 * second engine on the same data.
 */
export function runningLocalEngine(dataDir: string): { credentials: Neo4jCredentials; holder: { pid: number; command: string } } | undefined {
  const home = path.resolve(projectRoot, dataDir);
  const holder = currentHolder(home);
  if (!holder || !existsSync(path.join(home, PRODUCT_PASSWORD_FILE_NAME))) return undefined;
  return { credentials: { uri: holder.uri, username: PRODUCT_NEO4J_USER, password: localProductPassword(dataDir) }, holder: { pid: holder.pid, command: holder.command } };
}

/**
 * Whether a configured NEO4J_URI names the local engine (a loopback address on its Bolt port):
 * then a command given no password connects as the product's user, with its password file.
 */
export function isLocalEngineUri(uri: string, boltPort: number): boolean {
  const match = /^(?:bolt|neo4j):\/\/(127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?\/?$/.exec(uri);
  return match !== null && Number(match[2] ?? 7687) === boltPort;
}

/** Builds the launcher and resolves Neo4j's classpath with Maven once; later runs reuse it. */
export async function ensureLauncherBuilt(log: Logger): Promise<void> {
  if (isBuildFresh()) return;

  log.info(
    "preparing the local Neo4j engine with Maven: the first run downloads Neo4j 5.26 (about 100 MB) " +
      "from Maven Central into ~/.m2; later starts reuse that cache",
  );
  const started = Date.now();
  let downloads = 0;
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-f", path.join(launcherDir, "pom.xml"), "package", "-DskipTests"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    const onLine = (line: string) => {
      output.push(line);
      if (output.length > 60) output.shift();
      const downloaded = /Downloaded from \S+: \S+\/([^/]+) \(([^)]*)\)/.exec(line);
      if (downloaded) {
        downloads += 1;
        // One line every 10 artifacts keeps the console readable during a long first download.
        if (downloads % 10 === 1) log.info({ downloads, artifact: downloaded[1], size: downloaded[2] }, "downloading Neo4j");
      }
    };
    createInterface({ input: mvn.stdout! }).on("line", onLine);
    createInterface({ input: mvn.stderr! }).on("line", onLine);
    mvn.once("error", (error) =>
      reject(new LocalNeo4jError(`cannot run mvn (Maven is needed for the local Neo4j): ${error.message}`)),
    );
    mvn.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new LocalNeo4jError(`Maven could not build the local Neo4j launcher (exit ${code}):\n${output.join("\n")}`)),
    );
  });
  const classpath = `${classesDir}${path.delimiter}${readFileSync(classpathFile, "utf8").trim()}`;
  writeFileSync(classpathArgFile, `-cp ${JSON.stringify(classpath)}\n`);
  log.info({ downloads, ms: Date.now() - started }, "local Neo4j engine ready to start");
}

function isBuildFresh(): boolean {
  if (!existsSync(classpathArgFile) || !existsSync(classpathFile) || !existsSync(path.join(classesDir, "mvgraph", "LocalNeo4j.class"))) return false;
  const builtAt = statSync(classpathFile).mtimeMs;
  if (launcherSources.some((file) => statSync(file).mtimeMs > builtAt)) return false;
  // The cached classpath names jars in ~/.m2; if any is gone, rebuild.
  return readFileSync(classpathFile, "utf8")
    .trim()
    .split(path.delimiter)
    .every((jar) => existsSync(jar));
}
