import { ForbiddenError, UnauthenticatedError } from "../errors.js";

/**
 * Who is asking, and what they may do. Roles are ordered: each one may do everything the ones
 * before it may.
 *
 * - ANONYMOUS: organizations, topics, deliverables, meetings, people's names and roles.
 * - ANALYST: also people's personal contact data (e-mail, phone) and contact exports.
 * - EDITOR: also mutations that create, update, link and unlink.
 * - ADMIN: also deletes and merges.
 */
export const accessRoles = ["ANONYMOUS", "ANALYST", "EDITOR", "ADMIN"] as const;
export type AccessRole = (typeof accessRoles)[number];

export interface Viewer {
  role: AccessRole;
  /** The API key's name or the token's subject; "anonymous" without a credential. */
  name: string;
  via: "anonymous" | "api-key" | "jwt";
}

export const ANONYMOUS: Viewer = Object.freeze({ role: "ANONYMOUS", name: "anonymous", via: "anonymous" });

export function hasRole(viewer: Viewer, role: AccessRole): boolean {
  return accessRoles.indexOf(viewer.role) >= accessRoles.indexOf(role);
}

/**
 * Throws unless `viewer` has `role` or above: UNAUTHENTICATED for an anonymous viewer (a
 * credential would help), FORBIDDEN for a known viewer whose role is too low. `what` names the
 * field or operation, e.g. "Person.email" or "the contact export".
 */
export function requireRole(viewer: Viewer, role: AccessRole, what: string): void {
  if (hasRole(viewer, role)) return;
  const needed = role.toLowerCase();
  if (viewer.role === "ANONYMOUS") {
    throw new UnauthenticatedError(`${what} needs the ${needed} role or above: send an API key or token (Authorization: Bearer …)`);
  }
  throw new ForbiddenError(`${what} needs the ${needed} role or above; ${viewer.name} has the ${viewer.role.toLowerCase()} role`);
}

/** Parses a role name from configuration or a token claim ("editor", "EDITOR"); anonymous is not grantable. */
export function parseGrantableRole(value: unknown): Exclude<AccessRole, "ANONYMOUS"> | undefined {
  if (typeof value !== "string") return undefined;
  const upper = value.trim().toUpperCase();
  return upper === "ANALYST" || upper === "EDITOR" || upper === "ADMIN" ? upper : undefined;
}
