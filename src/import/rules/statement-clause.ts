import type { LiaisonFact } from "../recognize/facts.js";
import { clauses } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import type { RuleBlock, RuleContext } from "./rule.js";
import type { Rule } from "./rule.js";
import { addressees } from "./statement-from-to.js";

/** A word naming a statement sent between bodies ("response letter" is one). */
const STATEMENT = /\b(?:(?:reply|response)\s+(?:liaison\s+)?(?:letter|statement)s?|liaison\s+statements?|liaison\s+letters?|LS|letters?|repl(?:y|ies)|responses?)\b/gi;
/** "… to A, B and C", up to the words that end the addressees ("regarding", "on", a colon, a parenthesis). */
const TO = /^\s*(?:\([^()]{1,12}\)\s*)?to\s+(.+?)(?=\s+(?:regarding|on|about|concerning|asking|requesting|for|with|in|dated|that|which)\b|[.;:(]|$)/i;
/** The verb a sender takes before the statement word: "X send a liaison statement", "X has sent its reply". */
const SENDS = /\b(?:sends?|sent|transmits?|transmitted|forwards?|forwarded|addresses|addressed|writes|wrote)\s+(?:(?:a|an|the|its|their|this|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A statement's own heading: the block begins with its word ("Liaison Statement to …", "LS to …", "Reply to …"). */
const HEADING = /^\s*(?:(?:draft|proposed|new|outgoing)\s+)?(?:reply\s+)?(?:liaison\s+statement|liaison\s+letter|LS|reply|response)\b/i;
/** The copy line under a heading: "(Copy to A, B and C)", "cc: A". */
const COPY = /^\s*\(?\s*(?:copy|cc)\s*(?:to)?\s*:?\s*([^)]+)\)?\s*$/i;

/**
 * A statement between bodies stated in one clause (ninth round, clause-level pairing): one
 * statement word ("liaison statement", "LS", "letter", "reply"), its addressees after "to", and its
 * sender, the body that is the subject of the verb right before the word ("WG 9 decided that
 * XY send a liaison statement to QTF and SG 3"), else, when the clause is the document's heading
 * ("Liaison Statement to QTF and SG 3", a copy line under it adding the copied bodies), the
 * document's issuer or the body named alone on a line just above the heading. A clause with
 * another statement word, no addressee or no sender gives nothing; a document whose form or prose
 * already gave a statement is left to that reading.
 */
export const statementClause: Rule = {
  name: "statement-clause",
  genres: ["liaison", "datatracker", "report", "other"],
  scope: "document",
  trigger: /\b(?:liaison|LS|letter|repl|response)/i,
  apply(ctx) {
    if (ctx.facts.liaisons.some((l) => l.kind === "LIAISON_STATEMENT")) return;
    const found: LiaisonFact[] = [];
    for (const b of ctx.blocks) {
      for (const c of clauses(b.block.text)) {
        const words = [...c.text.matchAll(STATEMENT)];
        if (words.length !== 1) continue;
        const w = words[0]!;
        const to = TO.exec(plural(c.text.slice(w.index! + w[0].length)));
        if (!to) continue;
        const where = whereOf(b);
        const heading = HEADING.test(c.text) && c.start === 0 && b.block.text.length < 240;
        const from = senderBefore(b, c.start + w.index!) ?? (heading ? ctx.issuer ?? letterhead(ctx, b) : undefined);
        if (!from) continue;
        const list = addressees(ctx, to[1]!, where).filter((k) => k !== from);
        const copied = heading ? copyLine(ctx, b).filter((k) => k !== from && !list.includes(k)) : [];
        for (const k of list) found.push({ kind: "LIAISON_STATEMENT", from, to: k, addressed: "to", topics: [], where });
        for (const k of copied) found.push({ kind: "LIAISON_STATEMENT", from, to: k, addressed: "cc", topics: [], where });
      }
    }
    const seen = new Set<string>();
    for (const l of found) {
      if (seen.has(`${l.from}|${l.to}`)) continue;
      seen.add(`${l.from}|${l.to}`);
      ctx.addLiaison(l);
    }
  },
};

/** "Study Groups 13 and 19" is "Study Group 13 and Study Group 19" (with the family before it); "AND" is "and". */
function plural(text: string): string {
  return text
    .replace(/\s+AND\s+/g, " and ")
    .replace(/\b((?:[A-Z][\w-]*\s+)?)(Study|Working)\s+(Groups|Parties)\s+(\d+[A-Z]?(?:\/\d+)?)((?:\s*,\s*\d+[A-Z]?(?:\/\d+)?)*)\s+and\s+(\d+[A-Z]?(?:\/\d+)?)\b/g,
      (_m, family: string, kind: string, many: string, first: string, middle: string, last: string) => {
        const one = `${family}${kind} ${many === "Groups" ? "Group" : "Party"}`;
        const all = [first, ...middle.split(",").map((s) => s.trim()).filter(Boolean), last];
        return all.map((n) => `${one} ${n}`).join(" and ");
      });
}

/** The body right before the sending verb, in the same clause: "that XY send a liaison statement". */
function senderBefore(b: RuleBlock, wordAt: number): string | undefined {
  const text = b.block.text;
  const lead = text.slice(Math.max(0, wordAt - 120), wordAt);
  const verb = SENDS.exec(lead);
  if (!verb) return undefined;
  const verbAt = wordAt - lead.length + verb.index;
  const body = [...b.orgs].reverse().find((o) => o.end <= verbAt && /^\s*(?:(?:has|have|will|shall|should|to|would|is|are|was|were|had|kindly|also|then)\s+){0,2}$/i.test(text.slice(o.end, verbAt)));
  return body?.key;
}

/** A line above the heading (at most three) that names one body and nothing else: the letterhead. */
function letterhead(ctx: RuleContext, b: RuleBlock): string | undefined {
  for (let i = b.index - 1; i >= Math.max(0, b.index - 3); i--) {
    const above = ctx.blocks[i];
    if (!above || above.orgs.length !== 1) continue;
    const o = above.orgs[0]!;
    if (above.block.text.slice(0, o.start).trim() === "" && above.block.text.slice(o.end).trim() === "") return o.key;
  }
  return undefined;
}

/** The bodies of a copy line right under the heading. */
function copyLine(ctx: RuleContext, b: RuleBlock): string[] {
  const next = ctx.blocks[b.index + 1];
  const m = next ? COPY.exec(next.block.text) : null;
  return next && m ? addressees(ctx, plural(m[1]!), whereOf(next)) : [];
}
