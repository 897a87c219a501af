import { whereOf } from "./evidence.js";
import { nameCandidates, taggedAsPerson, taggedPeople } from "./person-names.js";
import type { Rule } from "./rule.js";

/**
 * What may stand right after a person's name whatever the sentence says: an affiliation (a body
 * the mentions stage found, in parentheses, after a comma, "of" or "from"), or an e-mail address.
 * As data: each a pattern of the text between the name and the body ("" for an address).
 */
const AFTER_NAME: ReadonlyArray<{ name: string; gap: RegExp }> = [
  { name: "parenthesis", gap: /^\s*\(\s*$/ },
  { name: "comma", gap: /^\s*,\s*$/ },
  { name: "of", gap: /^\s+(?:of|from)\s+(?:the\s+)?$/ },
];
/** "Ada Quill (Quayside)": a capitalized aside of one to three words, a company the graph need not know (not proposed). */
const COMPANY_ASIDE = /^\s*\(\s*\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}\s*\)/u;
const ADDRESS = /^\s*[<(]?\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * People by the shape of their mention, not by the sentence's phrasing: a candidate name
 * (person-names.ts) that the `compromise` tagger also reads as a person, and that is followed by
 * an affiliation ("Ada Quill (Harbour Sensors Alliance)", "Ada Quill, HSA", "Ada Quill of the
 * Harbour Institute") or an e-mail address, or that stands alone on its line (a list of speakers,
 * officers or members laid out one a line). The person only, with the affiliation stated beside it.
 */
export const affiliatedName: Rule = {
  name: "affiliated-name",
  genres: "any",
  scope: "block",
  trigger: /\p{Lu}\p{Ll}+\s+\p{Lu}/u,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const candidates = nameCandidates(text).filter((c) => !b.orgs.some((o) => o.start < c.end && o.end > c.start) && !b.people.some((p) => p.start < c.end && p.end > c.start));
    if (!candidates.length) return;
    const tagged = taggedPeople(text);
    const where = whereOf(b);
    for (const c of candidates) {
      if (/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/.test(text.slice(Math.max(0, c.start - 8), c.start))) continue; // the mentions stage's
      if (!taggedAsPerson(tagged, c)) continue;
      const after = text.slice(c.end);
      const body = b.orgs.find((o) => o.start >= c.end && AFTER_NAME.some((a) => a.gap.test(text.slice(c.end, o.start))));
      const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
      const lineEnd = text.indexOf("\n", c.end);
      // A line of a list: the name alone after its bullet ("- Ada Quill").
      const alone = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim().replace(/^(?:[-–•*·]|\d{1,2}[.)])\s*/, "").replace(/[,:;.]$/, "") === c.name;
      if (body) ctx.addPerson(c.name, where, { affiliations: [body.key] });
      else if (ADDRESS.test(after) || alone || COMPANY_ASIDE.test(after)) ctx.addPerson(c.name, where);
    }
  },
};
