import type { OrganizationRow } from "../graph-index.repository.js";
import type { GenreName } from "../genres/genre.js";
import type { TextBlock } from "../proposal.js";
import type { Facts } from "../recognize/facts.js";
import { Extractor } from "../recognize/extractor.js";
import { recognizeDocument } from "../recognize/document.js";
import { findFields } from "../recognize/fields.js";
import { OrganizationResolver } from "../recognize/organizations.js";
import type { Rule } from "./rule.js";
import { runRules } from "./run.js";

/** For rule tests: a body of the test's small graph. */
export const body = (id: string, name: string, kind: string, acronym?: string, aliases: string[] = [], partOf?: string): OrganizationRow => ({
  id, name, acronym, kind, aliases, partOf, mandate: undefined,
});

/**
 * For rule tests: the facts the pipeline finds in `text` (one block per line) over a small graph,
 * with and without the rules under test, so a test shows what the rule adds.
 */
export function factsOf(text: string, graph: OrganizationRow[], rules: readonly Rule[], genre: GenreName = "other", date = "2026-05-04"): Facts {
  return readingOf(text, graph, rules, genre, date).facts;
}

/** For rule tests: the facts, and the resolver that holds the bodies the document proposed (`orgs.created`). */
export function readingOf(text: string, graph: OrganizationRow[], rules: readonly Rule[], genre: GenreName = "other", date = "2026-05-04"): { facts: Facts; orgs: OrganizationResolver } {
  const blocks: TextBlock[] = text.split("\n").map((t, i) => ({ locator: `l${i + 1}`, text: t.trim() })).filter((b) => b.text);
  const fields = findFields(blocks);
  const orgs = new OrganizationResolver(graph);
  // The document stage as planDocument runs it: its kind, and its issuer resolved.
  const doc = recognizeDocument(blocks, fields, undefined, "TEXT");
  const issuer = doc.issuerText ? orgs.scan(doc.issuerText, { locator: "header", quote: doc.issuerText })[0]?.key : undefined;
  const extractor = new Extractor(blocks, fields, orgs, [], date, issuer);
  extractor.kind = doc.kind;
  extractor.run();
  runRules(rules, extractor.ruleContext(genre));
  return { facts: extractor.facts, orgs };
}
