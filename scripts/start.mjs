// `npm start`: builds the server ahead of time (scripts/build-server.mjs), then runs the built
// entry in this same process, so signals reach the server directly.
import { pathToFileURL } from "node:url";
import { buildServer } from "./build-server.mjs";

const built = await buildServer();
await import(pathToFileURL(built.entry).href);
