import type express from "express";
import expressStaticGzip from "express-static-gzip";
import path from "node:path";
import { projectRoot } from "../db/neo4j-local.js";

/** Where Vite builds the pages (npm's postinstall): web/dist/<page>/. */
export const distDir = (page: string) => path.join(projectRoot, "web/dist", page);

/**
 * A built page's scripts, styles and workers under `/<page>/assets/`. The build writes each file
 * with a Brotli (.br) and a gzip (.gz) copy beside it (vite-plugin-compression2 in the page's
 * vite.config.ts), so a browser that accepts either gets the compressed bytes with the right
 * Content-Encoding and no request spends CPU on compressing (GraphiQL's editor: 2.8 MB plain).
 * File names carry a content hash, so browsers may keep them for good.
 */
export function mountAssets(app: express.Express, page: string): void {
  app.use(
    `/${page}/assets`,
    expressStaticGzip(path.join(distDir(page), "assets"), {
      enableBrotli: true,
      index: false,
      orderPreference: ["br", "gz"],
      serveStatic: { immutable: true, maxAge: "1y", index: false, fallthrough: false },
    }),
  );
}
