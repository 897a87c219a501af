/**
 * The layers look down (README "Architecture"): db ← repositories ← services ← resolvers ←
 * schema ← server. `npm run lint:deps` (and .ci/run) checks these rules.
 */
module.exports = {
  forbidden: [
    {
      name: "db-looks-down",
      comment: "src/db is the bottom layer: it imports nothing of GraphQL, resolvers or entities (only the leaf infrastructure: config, errors, logger, the metrics registry).",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(?!db/|config\\.ts|errors\\.ts|logger\\.ts|metrics/registry\\.ts)" },
    },
    {
      name: "metrics-registry-is-a-leaf",
      comment: "The metrics registry sits beside the logger: every layer may count through it, so it imports nothing of the product.",
      severity: "error",
      from: { path: "^src/metrics/registry\\.ts$" },
      to: { path: "^src/" },
    },
    {
      name: "repositories-below-resolvers",
      comment: "Repositories, services and the ref service never import resolvers.",
      severity: "error",
      from: { path: "(\\.repository\\.ts$|\\.service\\.ts$|^src/refs/)" },
      to: { path: "\\.resolver\\.ts$" },
    },
    {
      name: "data-access-returns-plain-rows",
      comment: "Repositories, services and the ref service return plain typed rows (parsed with zod at the boundary): they import nothing of GraphQL (graphql, type-graphql, src/graphql/, *.type.ts, *.input.ts) nor the GraphQL context. Resolvers and types build the GraphQL objects.",
      severity: "error",
      from: { path: "(\\.repository\\.ts$|\\.service\\.ts$|^src/refs/|^src/loaders\\.ts$)" },
      to: { path: "(^src/graphql/|\\.type\\.ts$|\\.input\\.ts$|^src/context\\.ts$)" },
    },
    {
      name: "no-graphql-in-data-access",
      comment: "Same rule, for the GraphQL packages themselves.",
      severity: "error",
      from: { path: "(\\.repository\\.ts$|\\.service\\.ts$|^src/refs/|^src/loaders\\.ts$)" },
      to: { path: "node_modules/(graphql|type-graphql|graphql-scalars|graphql-parse-resolve-info|@apollo)/" },
    },
    {
      name: "data-access-never-reaches-graphql",
      comment: "Not through a helper either: a repository that imports a module that imports GraphQL is still tied to it (hops.ts once built GraphQL objects and held the repositories' relMap).",
      severity: "error",
      from: { path: "(\\.repository\\.ts$|\\.service\\.ts$|^src/refs/|^src/loaders\\.ts$)" },
      // graphql itself is reachable through src/errors.ts (typed errors are GraphQLErrors, by design); the object layer is not.
      to: { path: "(node_modules/(type-graphql|graphql-scalars|@apollo)/|\\.type\\.ts$|\\.input\\.ts$|\\.resolver\\.ts$|^src/graphql/)", reachable: true },
    },
    {
      name: "only-the-schema-imports-resolvers",
      comment: "A resolver file is a leaf of the GraphQL layer: shared rules live in services (e.g. organization.service.ts), GraphQL classes in *.type.ts / *.input.ts. Only the schema assembles resolvers.",
      severity: "error",
      from: { pathNot: "^src/graphql/schema\\.ts$" },
      to: { path: "\\.resolver\\.ts$" },
    },
    {
      name: "no-graphql-in-db",
      comment: "Nothing under src/db sees graphql or type-graphql.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "node_modules/(graphql|type-graphql|@apollo)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: "^src/" },
      // Type-only imports vanish at run time; a cycle of them is harmless.
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
