import { readSeed, SeedValidationError } from "./validate.js";

/** `npx tsx src/seed/check.cli.ts [dir]`: validates the seed files and prints counts. */
try {
  const data = readSeed(process.argv[2]);
  for (const [key, entries] of Object.entries(data)) console.log(`${key.padEnd(14)} ${(entries as unknown[]).length}`);
  console.log("seed files are valid");
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
