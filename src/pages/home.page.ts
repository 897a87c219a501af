import type express from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { distDir, mountAssets } from "./assets.js";

/** As the other pages': everything from this server, nothing inline but styles. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/**
 * The front door at GET /: what the graph holds (entities per kind, the last change, the date the
 * data is as of, from the API's `summary`), links to the pages and the exports, and how to sign
 * in. Built by `npm run build:home` from web/home/; its assets under /home/assets/.
 */
export function mountHome(app: express.Express): void {
  mountAssets(app, "home");
  app.get("/", (_req, res, next) => {
    readFile(path.join(distDir("home"), "index.html"), "utf8")
      .then((html) => {
        res.status(200).type("html").set({ "Cache-Control": "no-cache", "Content-Security-Policy": CONTENT_SECURITY_POLICY }).send(html);
      })
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") return next(error);
        res.status(503).type("text/plain").send("The front page is not built: run `npm run build:home` (npm install does it).\n");
      });
  });
}
