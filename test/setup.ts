import "reflect-metadata";

process.env.TZ = "UTC";
// The tests count the seed's own entries: apps and commands they start load no seed layer
// (seed/landscape), unless a test asks for one (test/landscape-layer.int.test.ts).
process.env.SEED_LAYERS ??= "none";
