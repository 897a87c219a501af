import express from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { distDir, mountAssets } from "../pages/assets.js";

/** Built by `npm run build:roadmap` (npm's postinstall) from web/roadmap/. */
const DIST_DIR = distDir("roadmap");

/** Everything comes from this server: the page cannot reach any other host (links may lead out). */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/**
 * The roadmap page at GET /roadmap (timeline, network, exports), from local assets only. It
 * reads everything through the public GraphQL API and links to the /export downloads.
 */
export function mountRoadmap(app: express.Express): void {
  mountAssets(app, "roadmap");
  app.get(["/roadmap", "/roadmap/"], (_req, res, next) => {
    readFile(path.join(DIST_DIR, "index.html"), "utf8")
      .then((html) => {
        res.status(200).type("html").set({ "Cache-Control": "no-cache", "Content-Security-Policy": CONTENT_SECURITY_POLICY }).send(html);
      })
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") return next(error);
        res.status(503).type("text/plain").send("The roadmap page is not built: run `npm run build:roadmap` (npm install does it).\n");
      });
  });
}
