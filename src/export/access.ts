/**
 * Who may export what. Contact exports carry people's e-mail addresses and phone numbers
 * (personal data), so they need an analyst (or editor, or admin). The roadmap and the calendar
 * hold only public facts, like the GraphQL API, and need no check.
 *
 * The viewer comes from the Authorization header value through the same Authenticator as the
 * GraphQL API (src/auth/); below analyst it is an UNAUTHENTICATED (no or bad credentials) or
 * FORBIDDEN error, which HTTP answers with 401 or 403 (export.routes.ts) and the CLI prints.
 * Its one call site is the top of `exportContacts` (exports.ts), shared by HTTP and the CLI.
 */
import type { Authenticator } from "../auth/authenticator.js";
import { requireRole } from "../auth/viewer.js";

declare const analystGrant: unique symbol;

/**
 * Proof that the viewer may see people's e-mail and phone. Only `requireAnalyst` makes one, and
 * the contact exports cannot write those columns without it.
 */
export interface AnalystGrant {
  readonly role: "analyst" | "editor" | "admin";
  readonly [analystGrant]: true;
}

/**
 * The access check of contact exports. `authorization` is the HTTP Authorization header value
 * (the CLI builds one from `--token`).
 */
export async function requireAnalyst(authenticator: Authenticator, authorization: string | undefined): Promise<AnalystGrant> {
  const viewer = await authenticator.viewerForHeader(authorization);
  requireRole(viewer, "ANALYST", "the contact export");
  return { role: viewer.role.toLowerCase() } as AnalystGrant;
}
