#!/usr/bin/env node
// Node support is honest (issue 28 item 3): every Node version that package.json's `engines.node`
// admits must be admitted by every installed production dependency too, the Node running this
// (CI's) must be one of them, and .nvmrc must name one. A dependency whose next release asks for a
// newer Node then fails CI here, naming it, instead of breaking on a user's machine later.
// Dev dependencies are not checked: they never run in the product.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import semver from "semver";

/**
 * The packages whose declared `engines.node` does not admit every version `ours` admits.
 * A package that declares nothing admits everything; a range that does not parse is refused.
 * @param {string} ours
 * @param {Array<{ name: string; version: string; node: string | undefined }>} packages
 * @returns {Array<{ name: string; version: string; node: string }>}
 */
export function refusals(ours, packages) {
  if (semver.validRange(ours) === null) throw new Error(`engines.node "${ours}" is not a semver range`);
  return packages
    .filter((pkg) => pkg.node !== undefined && (semver.validRange(pkg.node) === null || !semver.subset(ours, pkg.node)))
    .map((pkg) => ({ name: pkg.name, version: pkg.version, node: /** @type {string} */ (pkg.node) }));
}

/** Every installed production dependency (direct and transitive, each copy once), with its `engines.node`. */
function productionPackages(root) {
  let listing;
  try {
    listing = execFileSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // npm ls exits 1 on a problem in the tree (e.g. a missing package) but still lists what it found.
    listing = /** @type {{ stdout?: string }} */ (error).stdout ?? "";
    if (!listing) throw error;
  }
  const dirs = [...new Set(listing.split("\n").filter(Boolean))].filter((dir) => path.resolve(dir) !== path.resolve(root));
  return dirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    return { name: manifest.name ?? path.basename(dir), version: manifest.version ?? "?", node: manifest.engines?.node };
  });
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const ours = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines?.node;
  if (typeof ours !== "string") throw new Error("package.json has no engines.node");
  const problems = [];

  if (!semver.satisfies(process.version, ours)) problems.push(`this Node (${process.version}) is not one that engines.node ("${ours}") admits`);
  const nvmrc = readFileSync(path.join(root, ".nvmrc"), "utf8").trim();
  if (semver.validRange(nvmrc) === null || !semver.intersects(nvmrc, ours)) problems.push(`.nvmrc ("${nvmrc}") names no Node that engines.node ("${ours}") admits`);

  const packages = productionPackages(root);
  for (const pkg of refusals(ours, packages)) {
    problems.push(`${pkg.name}@${pkg.version} declares engines.node "${pkg.node}", which does not admit every Node that ours ("${ours}") admits: pin a version that does, or narrow ours`);
  }

  if (problems.length > 0) {
    process.stderr.write(`Node support check failed (${problems.length}):\n${problems.map((problem) => `  - ${problem}\n`).join("")}`);
    process.exit(1);
  }
  process.stdout.write(`Node support: engines.node "${ours}", .nvmrc "${nvmrc}", running ${process.version}; all ${packages.length} production packages admit it.\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
