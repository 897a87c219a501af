import type { Authenticator } from "./authenticator.js";
import { requireRole, type AccessRole, type Viewer } from "./viewer.js";

/**
 * The same access rules for command-line tools (e.g. an export CLI): the credential comes from
 * `--credential <API key or JWT>` or the MVGRAPH_CREDENTIAL variable (the flag wins), and is
 * checked exactly as an Authorization header would be. Throws UNAUTHENTICATED/FORBIDDEN errors
 * whose message a CLI prints before exiting non-zero.
 */
export async function cliViewer(authenticator: Authenticator, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Viewer> {
  const flag = argv.findIndex((arg) => arg === "--credential" || arg.startsWith("--credential="));
  const fromFlag = flag < 0 ? undefined : argv[flag]!.includes("=") ? argv[flag]!.slice("--credential=".length) : argv[flag + 1];
  const credential = fromFlag ?? env.MVGRAPH_CREDENTIAL;
  return authenticator.viewerForHeader(credential ? `Bearer ${credential}` : undefined);
}

/** `cliViewer` and a role check in one: what an export command calls first. */
export async function requireCliRole(authenticator: Authenticator, role: AccessRole, what: string, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Viewer> {
  const viewer = await cliViewer(authenticator, argv, env);
  requireRole(viewer, role, what);
  return viewer;
}
