// Builds the server ahead of time: every module of src/ (tests left out) compiled to plain
// JavaScript in dist/server/src/, the same tree, so that `npm start`, the bench and the load run
// start it with plain node instead of compiling TypeScript at every start under tsx.
//
// The transform is tsx's own compiler (esbuild, resolved through tsx so no dependency is added)
// with tsx's settings for this repository: tsconfig.json's compiler options (legacy decorators;
// esbuild emits no decorator metadata, under tsx or here, so type-graphql sees the same classes),
// ES modules, the running Node as target. Two settings differ on purpose, both per-request costs
// in profiles under tsx: no source maps (Node mapped every stack trace through them) and no
// `keepNames` (every closure made per request went through esbuild's `__name` wrapper). Class
// names, which type-graphql and relay's resolveType read, are kept without it: each file is
// transformed on its own, so nothing is renamed. Files that are not TypeScript (the off-thread
// worker's entry, data files beside the code) are copied as they are.
//
// One module says where the build goes and how it is made: `npm start` (scripts/start.mjs), the
// bench and the load run (bench/support/product.ts) and the process test all import it.
import { createRequire } from "node:module";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The built server's entry in the checkout at `root`. */
export function builtEntry(root = here) {
  return path.join(root, "dist", "server", "src", "main.js");
}

const isTest = (name) => /\.test\.ts$/.test(name) || name === "__snapshots__";

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isTest(entry.name)) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(file));
    else files.push(file);
  }
  return files;
}

/** Builds this checkout's server into dist/server/src; resolves with the entry and what was built. */
export async function buildServer() {
  const root = here;
  const source = path.join(root, "src");
  const out = path.dirname(builtEntry(root));
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve("tsx/package.json"))("esbuild");
  const { compilerOptions } = JSON.parse(readFileSync(path.join(root, "tsconfig.json"), "utf8"));

  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  const files = walk(source);
  const typescript = files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
  await Promise.all(
    typescript.map(async (file) => {
      const result = await esbuild.transform(readFileSync(file, "utf8"), {
        loader: "ts",
        format: "esm",
        platform: "node",
        target: `node${process.versions.node}`,
        sourcefile: path.relative(root, file),
        tsconfigRaw: { compilerOptions },
      });
      const target = path.join(out, path.relative(source, file)).replace(/\.ts$/, ".js");
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, result.code);
    }),
  );
  for (const file of files.filter((name) => !name.endsWith(".ts"))) {
    const target = path.join(out, path.relative(source, file));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(file, target);
  }
  return { entry: builtEntry(root), modules: typescript.length, ms: Date.now() - started };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const built = await buildServer();
  process.stdout.write(`server built into ${path.relative(here, path.dirname(built.entry))} (${built.modules} modules, ${built.ms} ms)\n`);
}
