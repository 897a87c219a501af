// Builds the review page into web/dist/review (run by `npm run build:review`, and by npm's
// postinstall). mvgraph serves the result under /review/ (src/import/review.page.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/review/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/review", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    reportCompressedSize: false,
  },
});
