import { whereOf } from "./evidence.js";
import type { Rule, RuleContext } from "./rule.js";

const SENTENCE = /\b(?:liaison statement|LS)(?:\s*\(LS\))?\s+from\s+(.+?)\s+to\s+(.+?)(?=\s+(?:regarding|on|about|concerning|asking|requesting|for|in reply|with)\b|[.;:]|$)/i;
/** The last designation step of a body ("…/WG 7", "SG 3"): an addressee written "and WG 3" is its sibling. */
const STEP = /\b(WG|SC|SG|TG|Q)\s?(\d{1,3})$/;

/**
 * A sentence that says a statement goes from one body to others ("This is a liaison statement
 * (LS) from Harbour WG2 to ISO/IEC JTC 1/SC 99/WG 7 and WG 3 regarding …"): a statement from the
 * first body to each of the others. An addressee written as a bare step ("and WG 3") after a full
 * designation is that designation's sibling. Where the form already gave the statement's
 * addressees, nothing is added.
 */
export const statementFromTo: Rule = {
  name: "statement-from-to",
  genres: "any",
  scope: "block",
  trigger: /\b(?:liaison statement|LS)\b[^.]{0,20}\bfrom\b/i,
  apply(ctx, b) {
    if (!b || ctx.facts.liaisons.some((l) => l.kind === "LIAISON_STATEMENT")) return;
    const m = SENTENCE.exec(b.block.text);
    if (!m) return;
    const where = whereOf(b);
    const from = ctx.orgs.scan(m[1]!, where).at(-1)?.key;
    if (!from) return;
    for (const to of addressees(ctx, m[2]!, where)) {
      if (to !== from) ctx.addLiaison({ kind: "LIAISON_STATEMENT", from, to, addressed: "to", topics: [], where });
    }
  },
};

/** The bodies a list of addressees names ("HSA, ISO/IEC JTC 1/SC 99/WG 4 and WG 6"), a bare step after a designation its sibling. */
export function addressees(ctx: RuleContext, text: string, where: { locator: string; quote: string }): string[] {
  const out: string[] = [];
  let previous = "";
  for (const part of text.split(/\s*,\s*|\s+and\s+/)) {
    const named = ctx.orgs.scan(part, where);
    const step = STEP.exec(part.trim());
    if (named.length === 0 && step && part.trim() === step[0] && STEP.test(previous)) {
      const sibling = ctx.orgs.resolveDesignation(previous.replace(STEP, `${step[1]} ${step[2]}`), where);
      if (sibling) out.push(sibling);
      continue;
    }
    const last = named.at(-1);
    if (last) {
      out.push(last.key);
      previous = last.printed;
    }
  }
  return [...new Set(out)];
}
