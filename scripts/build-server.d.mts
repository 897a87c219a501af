/** Types for the TypeScript callers of scripts/build-server.mjs (the bench and the process test). */
export function builtEntry(root?: string): string;
export function buildServer(): Promise<{ entry: string; modules: number; ms: number }>;
