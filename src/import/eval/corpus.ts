import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../db/neo4j-local.js";

/**
 * The evaluation corpus (the five source documents the seed was curated from, under `sources/`)
 * lives outside the repository: an optional input. MVGRAPH_SHARED_DIR names its folder; unset,
 * `../shared` beside the repository is used when it exists. Set to an empty string: no corpus.
 * The only place that knows where it is: tests and `npm run import:eval` ask here, and the
 * clean-clone check (scripts/check-standalone.mjs) refuses any other path out of the repository.
 */
export interface Corpus {
  dir: string;
  /** How it was found, for messages. */
  via: "MVGRAPH_SHARED_DIR" | "../shared";
}

export function evaluationCorpus(env: NodeJS.ProcessEnv = process.env): Corpus | undefined {
  const named = env.MVGRAPH_SHARED_DIR;
  if (named !== undefined) {
    if (named === "") return undefined;
    const dir = path.resolve(named);
    // Named but missing is a mistake (a CI that means to run the evaluations), never a silent skip.
    if (!existsSync(dir)) throw new Error(`MVGRAPH_SHARED_DIR names ${dir}, which does not exist`);
    return { dir, via: "MVGRAPH_SHARED_DIR" };
  }
  const beside = path.resolve(projectRoot, "../shared");
  return existsSync(beside) ? { dir: beside, via: "../shared" } : undefined;
}

/** Says why something that needs the corpus did not run. */
export const CORPUS_ABSENT = "the evaluation corpus is absent (MVGRAPH_SHARED_DIR unset and no ../shared beside the repository)";
