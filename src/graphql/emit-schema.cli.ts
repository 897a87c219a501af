import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../db/neo4j-local.js";
import { printedSchema } from "./print-schema.js";

/** `npm run schema`: writes schema.graphql from the code. A test fails when it is stale. */
const file = path.join(projectRoot, "schema.graphql");
writeFileSync(file, await printedSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
