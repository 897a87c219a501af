/**
 * Who may export what. Contact exports carry people's e-mail addresses and phone numbers
 * (personal data), so they need an analyst (or editor, or admin). The roadmap and the calendar
 * hold only public facts, like the GraphQL API, and need no check.
 *
 * PLACEHOLDER until authentication lands (issue 7): `requireAnalyst` lets every caller through.
 * Issue 7 replaces its body with: the viewer's role from the Authorization header value; an
 * error with code UNAUTHENTICATED (no or bad credentials) or FORBIDDEN (below analyst)
 * otherwise. HTTP answers those with 401 and 403 (export.routes.ts); the CLI prints them.
 * Its one call site is the top of `exportContacts` (exports.ts), shared by HTTP and the CLI.
 */

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
export function requireAnalyst(_authorization: string | undefined): AnalystGrant {
  // Issue 7: resolve the role from `_authorization` and throw below analyst.
  return { role: "admin" } as AnalystGrant;
}
