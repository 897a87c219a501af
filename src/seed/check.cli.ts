import { existsSync } from "node:fs";
import { defaultLayers, layerDir, readLayer } from "./layers.js";
import { readSeed, SeedValidationError } from "./validate.js";

/**
 * `npm run seed:check [-- dir]`: validates the seed files, then each default layer over them
 * (seed/landscape, when the folder is there), and prints the counts of the seed and of the whole.
 */
try {
  const dir = process.argv[2];
  const seed = readSeed(dir);
  let all = seed;
  const layers = defaultLayers.filter((name) => existsSync(layerDir(name, dir)));
  for (const name of layers) all = readLayer(layerDir(name, dir), name, all);
  for (const [key, entries] of Object.entries(seed)) {
    const total = (all[key as keyof typeof all] as unknown[]).length;
    const own = (entries as unknown[]).length;
    console.log(`${key.padEnd(14)} ${String(own).padStart(5)}${layers.length > 0 ? `  with ${layers.join(", ")}: ${total}` : ""}`);
  }
  console.log(layers.length > 0 ? `seed files and the layers ${layers.join(", ")} are valid` : "seed files are valid");
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
