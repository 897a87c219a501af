import type { Where } from "../recognize/facts.js";
import { escapeRegExp, sentences } from "../text-utils.js";
import { readAside } from "./aside.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import { nameCandidates } from "./person-names.js";
import type { Rule, RuleContext } from "./rule.js";

const TAKES_OVER = new RegExp(
  `\\b(?:is\\s+taking\\s+over\\s+from|takes\\s+over\\s+from|took\\s+over\\s+from|will\\s+take\\s+over\\s+from|succeeds|succeeded|succeeding|will\\s+succeed|to\\s+succeed|replaces|replacing|will\\s+replace)\\s+${HONORIFIC}?(${NAME})(\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,3})?`,
  "u",
);
// Written with both cases by hand: NAME's \p{Lu} must not fold under an "i" flag.
const ROLE = String.raw`(?:[Vv]ice[\s-]?|[Cc]o[\s-]?)?[Cc]hair(?:man|woman|person)?|[Dd]irector(?:[\s-][Gg]eneral)?|[Cc]onvenor|[Rr]apporteur|[Ee]ditor`;
/** " as the Quay Standards Board (QSB) Chair", " as SA Chairman", " as Chair of the Board": the office the sentence names. */
const AS_OFFICE = new RegExp(`^\\s+as\\s+(?:the\\s+)?(?:([\\p{Lu}][^,.;]*?)\\s+)?(${ROLE})\\b(?:\\s+(?:of|for)\\s+(?:the\\s+)?([^,.;]+))?`, "u");

/**
 * "Ada Quill has been elected Chair of the Board … Ms Quill is taking over from Bo Lind, who …":
 * the person named after "taking over from", "succeeds" or "replacing" held, before, the office
 * the sentence's subject (a person the document has given a role, named in full or by surname)
 * was given (failure class 6, a person in running prose without an honorific). When the sentence
 * names the office ("Ada Quill has won the election to succeed Bo Lind as the Quay Standards Board
 * (QSB) Chair", "He succeeds Bo Lind of Quarry Ltd as QSB Chairman"), both held it: the subject
 * (a name at the sentence's start, or "He"/"She", the person last named before in the block) and
 * the predecessor. Only the office and its body: no dates, and nothing ends (safety/ decides what
 * a change of holder may update).
 */
export const takesOverFrom: Rule = {
  name: "takes-over-from",
  genres: "any",
  scope: "block",
  trigger: /\b(?:taking|takes|took|take)\s+over\s+from\b|\bsucceed(?:s|ed|ing)?\b|\breplac(?:es|ing|e)\b/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const s of sentences(b.block.text)) {
      const m = TAKES_OVER.exec(s.text);
      if (!m) continue;
      const subject = s.text.slice(0, m.index);
      const predecessorName = m[1]!.trim().replace(/['’]s$/, "").replace(/(\p{L}{2})\.$/u, "$1");
      if (predecessorName.split(/\s+/).length < 2) continue;
      const stated = statedOffice(ctx, s.text.slice(m.index + m[0].length), where, b.index);
      const successor = ctx.facts.people.find((p) => /\s/.test(p.name) && new RegExp(`\\b${escapeRegExp(lastName(p.name))}\\b`).test(subject)
        && ctx.facts.roles.some((r) => r.person === p.name));
      if (stated) {
        const aside = readAside(ctx, m[2], where);
        const predecessor = ctx.addPerson(predecessorName, where, aside.affiliations.length ? { affiliations: aside.affiliations } : {});
        ctx.addRole(predecessor, stated.organization, stated.role, stated.title, where, 0.7);
        const holder = successor?.name ?? subjectPerson(ctx, b.block.text.slice(0, s.start), subject, where);
        if (holder && holder !== predecessor) ctx.addRole(holder, stated.organization, stated.role, stated.title, where, 0.75);
        continue;
      }
      if (!successor || predecessorName === successor.name) continue;
      // The office stated most firmly (an election's, over a role word read nearby).
      const office = ctx.facts.roles.filter((r) => r.person === successor.name).sort((x, y) => y.confidence - x.confidence)[0]!;
      const person = ctx.addPerson(predecessorName, where);
      ctx.addRole(person, office.organization, office.role, office.title, where, 0.7);
    }
  },
};

/** The office the words after the predecessor name, and its body (before the office's word, or after "of"). */
function statedOffice(ctx: RuleContext, after: string, where: Where, upTo: number) {
  const m = AS_OFFICE.exec(after);
  if (!m) return undefined;
  const role = roleOf(m[2]!);
  const phrase = m[3] ?? m[1];
  if (!role || !phrase) return undefined;
  const organization = bodyOfPhrase(ctx, phrase, where, upTo) ?? ctx.orgs.scan(phrase, where).find((o) => o.end >= phrase.trim().length - 1)?.key;
  return organization ? { role, organization, title: m[0].trim().replace(/^as\s+(?:the\s+)?/, "") } : undefined;
}

/** The sentence's subject: a name at its start, or "He"/"She", the person last named before it in the block. */
function subjectPerson(ctx: RuleContext, before: string, subject: string, where: Where): string | undefined {
  if (/^\s*(?:He|She)\b/.test(subject)) {
    let best: { name: string; at: number } | undefined;
    for (const p of ctx.facts.people) {
      if (!/\s/.test(p.name)) continue;
      const at = before.search(new RegExp(`\\b${escapeRegExp(lastName(p.name))}\\b(?![\\s\\S]*\\b${escapeRegExp(lastName(p.name))}\\b)`, "i"));
      if (at >= 0 && (!best || at > best.at)) best = { name: p.name, at };
    }
    return best?.name;
  }
  const first = nameCandidates(subject)[0];
  return first && !subject.slice(0, first.start).trim() ? ctx.addPerson(first.name, where) : undefined;
}

const lastName = (name: string) => name.split(/\s+/).at(-1)!;
