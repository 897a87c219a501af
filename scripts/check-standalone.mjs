#!/usr/bin/env node
// The clean-clone check (issue 28): `npm install && npm test` must pass on a clone of this
// repository alone. Files outside it (the evaluation corpus in ../shared) are optional inputs,
// found only through src/import/eval/corpus.ts (MVGRAPH_SHARED_DIR). This refuses any other code
// that reaches out of the repository: a "../shared" path, or a test resolving above its root.
// Cheap (no install, no Neo4j), so CI runs it on every build; test/standalone.test.ts runs it too.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const root = path.resolve(import.meta.dirname, "..");
const allowed = new Set(["src/import/eval/corpus.ts", "scripts/check-standalone.mjs"]);
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "src", "test", "bench", "scripts", "web", ".ci", "package.json", "vitest.config.ts"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => /\.(ts|tsx|mjs|cjs|js|sh|json)$|^\.ci\//.test(file) && !allowed.has(file) && !file.includes("/dist/"));

// A literal path naming a "shared" folder above the file: an import (or a tsconfig entry) is taken
// from the file's folder (web/roadmap's "../shared/x.ts" is web/shared, inside); any other literal
// from the folder or the repository root (path.resolve(projectRoot, "../shared") is outside).
const sharedLiteral = /["'`]((?:\.\.\/)+shared\b[^"'`]*)["'`]/g;
const outside = (from, literal) => path.relative(root, path.resolve(from, literal)).startsWith("..");
const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    continue; // deleted in the work tree
  }
  const dir = path.join(root, path.dirname(file));
  text.split("\n").forEach((line, i) => {
    const relativeToFile = file.endsWith(".json") || /^\s*(import|export)\b.*\bfrom\s/.test(line) || /^\s*import\s*["']/.test(line);
    for (const [, literal] of line.matchAll(sharedLiteral)) {
      if (outside(dir, literal) || (!relativeToFile && outside(root, literal))) problems.push(`${file}:${i + 1}: names ${literal}, outside the repository (ask src/import/eval/corpus.ts: MVGRAPH_SHARED_DIR)`);
    }
    if (file.startsWith("test/") && /import\.meta\.dirname,\s*["'](\.\.\/){2,}/.test(line)) problems.push(`${file}:${i + 1}: resolves a path above the repository`);
    if (/\/work\/shared\b/.test(line)) problems.push(`${file}:${i + 1}: names /work/shared`);
  });
}
if (problems.length > 0) {
  process.stderr.write(`The repository does not stand alone (${problems.length}):\n${problems.join("\n")}\n`);
  process.exit(1);
}
process.stderr.write(`standalone: ${files.length} files checked; nothing reaches outside the repository but through MVGRAPH_SHARED_DIR\n`);
