// Builds the roadmap page into web/dist/roadmap (run by `npm run build:roadmap`, and by npm's
// postinstall). mvgraph serves the result under /roadmap/ (src/roadmap/roadmap.page.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/roadmap/",
  publicDir: false,
  // A Brotli and a gzip copy of every script and style beside it, served as they are (src/pages/assets.ts).
  plugins: [compression({ include: /\.(js|mjs|css|json|svg|ttf)$/, threshold: 1024 })],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/roadmap", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    // vis-timeline (with moment) and Cytoscape make one large chunk; fine for a page served locally.
    chunkSizeWarningLimit: 2_000,
    reportCompressedSize: false,
  },
});
