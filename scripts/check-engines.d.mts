/** Types for the test of scripts/check-engines.mjs. */
export function refusals(
  ours: string,
  packages: Array<{ name: string; version: string; node: string | undefined }>,
): Array<{ name: string; version: string; node: string }>;
