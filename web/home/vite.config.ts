// Builds the front page into web/dist/home (run by `npm run build:home`, and by npm's
// postinstall). mvgraph serves it at / and its assets under /home/ (src/pages/home.page.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/home/",
  publicDir: false,
  // A Brotli and a gzip copy of every script and style beside it, served as they are (src/pages/assets.ts).
  plugins: [compression({ include: /\.(js|mjs|css|json|svg|ttf)$/, threshold: 1024 })],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/home", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    reportCompressedSize: false,
  },
});
