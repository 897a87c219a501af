import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.js";
import type { Database } from "./database.js";
import { projectRoot } from "./neo4j-local.js";

export const defaultMigrationsDir = path.join(projectRoot, "cypher", "migrations");

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrationFile {
  id: string;
  file: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const FILE_NAME = /^(\d{4})[-_][\w-]+\.cypher$/;

/** Reads NNNN-name.cypher files in numeric order and splits each into statements. */
export function readMigrations(dir: string = defaultMigrationsDir): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cypher"))
    .map((name) => {
      if (!FILE_NAME.test(name)) throw new MigrationError(`migration file ${name} must be named NNNN-description.cypher`);
      const text = readFileSync(path.join(dir, name), "utf8");
      return { id: name, file: path.join(dir, name), checksum: sha256(text), statements: splitStatements(text) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Applies the migrations not yet recorded in the graph, in order, and records each with its
 * checksum. Every statement must be idempotent (IF NOT EXISTS), so a crash half-way through a
 * file is repaired by running it again. An applied file that was edited since is refused:
 * add a new numbered file instead.
 */
export async function migrate(db: Database, log: Logger, dir: string = defaultMigrationsDir): Promise<MigrationReport> {
  const files = readMigrations(dir);
  const bulk = db.bulk("the migrations");
  await db.runAutoCommit("CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE");
  const rows = await bulk.read("MATCH (m:Migration) WHERE m.id IN $ids RETURN m.id AS id, m.checksum AS checksum", {
    ids: files.map((f) => f.id),
  });
  const recorded = new Map(rows.map((row) => [row.id as string, row.checksum as string]));

  for (const file of files) {
    const checksum = recorded.get(file.id);
    if (checksum !== undefined && checksum !== file.checksum) {
      throw new MigrationError(
        `migration ${path.relative(projectRoot, file.file)} was edited after it was applied ` +
          `(recorded checksum ${checksum.slice(0, 12)}…, file now ${file.checksum.slice(0, 12)}…). ` +
          `Restore it and put the change in a new numbered migration.`,
      );
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const file of files) {
    if (recorded.has(file.id)) {
      report.alreadyApplied.push(file.id);
      continue;
    }
    for (const statement of file.statements) await db.runAutoCommit(statement);
    await bulk.write(
      "MERGE (m:Migration {id: $id}) ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()",
      { id: file.id, checksum: file.checksum },
    );
    report.applied.push(file.id);
    log.info({ migration: file.id, statements: file.statements.length }, "migration applied");
  }
  return report;
}

export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
