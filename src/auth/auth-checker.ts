import type { AuthChecker } from "type-graphql";
import type { Context } from "../context.js";
import { accessRoles, requireRole, type AccessRole } from "./viewer.js";

/**
 * type-graphql's check behind `@Authorized("ANALYST")` and friends: the field or operation gets a
 * FORBIDDEN or UNAUTHENTICATED error naming it (the rest of the answer still comes), never a
 * silent null.
 */
export const authChecker: AuthChecker<Context> = ({ context, info }, roles) => {
  const needed = (roles[0] ?? "ANALYST") as AccessRole;
  if (!accessRoles.includes(needed)) throw new Error(`@Authorized role ${needed} is not an access role`);
  const what = info.parentType.name === "Mutation" ? `the ${info.fieldName} mutation` : `${info.parentType.name}.${info.fieldName}`;
  requireRole(context.viewer, needed, what);
  return true;
};
