import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { Authenticator } from "./authenticator.js";
import { requireRole, type AccessRole, type Viewer } from "./viewer.js";

/**
 * The same access rules for plain HTTP routes (the document upload, POST /import): mount
 * `requireViewerRole(authenticator, "EDITOR", "importing a document")` before a handler, which
 * then finds the viewer in `res.locals.viewer`. Refusals are JSON with the same codes as GraphQL:
 * 401 UNAUTHENTICATED (with WWW-Authenticate) or 403 FORBIDDEN.
 */
export function requireViewerRole(authenticator: Authenticator, role: AccessRole, what: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    let viewer: Viewer;
    try {
      viewer = await authenticator.viewerForHeader(req.headers.authorization);
      requireRole(viewer, role, what);
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      const code = error.extensions.code as string;
      const status = code === "FORBIDDEN" ? 403 : 401;
      if (status === 401) res.setHeader("www-authenticate", 'Bearer realm="mvgraph"');
      res.status(status).json({ error: { code, message: error.message } });
      return;
    }
    res.locals.viewer = viewer;
    next();
  };
}
