import express from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../db/neo4j-local.js";
import { distDir, mountAssets } from "../pages/assets.js";
import { examplesToTabs } from "./examples.js";

/** Built by `npm run build:graphiql` (npm's postinstall) from web/graphiql/. */
const DIST_DIR = distDir("graphiql");
const EXAMPLES_FILE = path.join(projectRoot, "examples.graphql");
/** The placeholder in web/graphiql/index.html that the examples replace. */
const EXAMPLES_PLACEHOLDER = '<script id="mvgraph-examples" type="application/json">[]</script>';

/**
 * GraphiQL from local assets only: the page at GET /graphiql, and at GET /graphql for a browser
 * (accepts text/html, no `query` parameter); every other /graphql request goes on to Apollo.
 * Mount before Apollo's middleware.
 */
export function mountGraphiQL(app: express.Express): void {
  mountAssets(app, "graphiql");
  app.get("/graphiql", sendPage);
  app.get("/graphql", (req, res, next) => {
    if (wantsPage(req)) sendPage(req, res, next);
    else next();
  });
}

function wantsPage(req: express.Request): boolean {
  if (req.query.query !== undefined) return false;
  // A browser's Accept puts text/html first; API clients ask for JSON or send */*.
  return req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

const sendPage: express.RequestHandler = (_req, res, next) => {
  renderPage()
    .then((html) => {
      if (html === undefined) {
        res.status(503).type("text/plain").send("GraphiQL is not built: run `npm run build:graphiql` (npm install does it).\n");
        return;
      }
      res
        .status(200)
        .type("html")
        .set({
          // examples.graphql is read at every load, so the page itself is never cached.
          "Cache-Control": "no-store",
          // Everything comes from this server: the page cannot reach any other host.
          "Content-Security-Policy":
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
        })
        .send(html);
    })
    .catch(next);
};

/** The built page with examples.graphql injected; undefined when the page is not built. */
async function renderPage(): Promise<string | undefined> {
  let html: string;
  try {
    html = await readFile(path.join(DIST_DIR, "index.html"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const source = await readFile(EXAMPLES_FILE, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  // JSON inside <script>: escape "<" so no example text can close the element.
  const json = JSON.stringify(examplesToTabs(source)).replace(/</g, "\\u003c");
  return html.replace(EXAMPLES_PLACEHOLDER, () => `<script id="mvgraph-examples" type="application/json">${json}</script>`);
}
