import { establishedUnder } from "./established-under.js";
import { jointInitiative } from "./joint-initiative.js";
import type { Rule } from "./rule.js";

/**
 * The rules, in the order they run (after the recognizers that are not rules yet, in
 * recognize/extractor.ts). One rule per file; adding one: write it, list it here, test it on
 * text of your own (rules/<rule>.test.ts).
 */
export const rules: readonly Rule[] = [
  establishedUnder,
  jointInitiative,
];
