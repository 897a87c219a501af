// Builds the GraphiQL page into web/dist/graphiql (run by `npm run build:graphiql`, and by
// npm's postinstall). mvgraph serves the result under /graphiql/ (src/graphiql/graphiql.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/graphiql/",
  publicDir: false,
  // A Brotli and a gzip copy of every script and style beside it, served as they are (src/pages/assets.ts).
  plugins: [compression({ include: /\.(js|mjs|css|json|svg|ttf)$/, threshold: 1024 })],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/graphiql", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    // Monaco is large; one big chunk is fine for a page served from the same machine.
    chunkSizeWarningLimit: 8_000,
    reportCompressedSize: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React's "use client" / "use no memo" directives mean nothing in a plain browser bundle.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  // Monaco's workers (editor, JSON, GraphQL) become files under assets/ as ES modules.
  worker: { format: "es" },
});
