// Builds the review page into web/dist/review (run by `npm run build:review`, and by npm's
// postinstall). mvgraph serves the result under /review/ (src/import/review.page.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/review/",
  publicDir: false,
  // A Brotli and a gzip copy of every script and style beside it, served as they are (src/pages/assets.ts).
  plugins: [compression({ include: /\.(js|mjs|css|json|svg|ttf)$/, threshold: 1024 })],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/review", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    reportCompressedSize: false,
  },
});
