import express from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { distDir, mountAssets } from "../pages/assets.js";

/** Built by `npm run build:review` (npm's postinstall) from web/review/. */
const DIST_DIR = distDir("review");

/** As the roadmap page's: everything from this server, nothing inline but styles. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/**
 * The review page at GET /review: upload a document, read it with each proposal's evidence
 * highlighted, accept, reject or edit the proposals, apply. It uses only the GraphQL API and
 * POST /import, with the editor's credential the page asks for.
 */
export function mountReview(app: express.Express): void {
  mountAssets(app, "review");
  app.get(["/review", "/review/"], (_req, res, next) => {
    readFile(path.join(DIST_DIR, "index.html"), "utf8")
      .then((html) => {
        res.status(200).type("html").set({ "Cache-Control": "no-cache", "Content-Security-Policy": CONTENT_SECURITY_POLICY }).send(html);
      })
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") return next(error);
        res.status(503).type("text/plain").send("The review page is not built: run `npm run build:review` (npm install does it).\n");
      });
  });
}
