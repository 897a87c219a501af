import { sentences } from "../text-utils.js";
import { readAside } from "./aside.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { HONORIFIC, NAME, roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const VERB = /\b(?:(?:has|have)\s+been|were|are)\s+(?:re-?)?(?:elected|appointed|named|designated|chosen)\b/;
/** " today as Directors of A and B", " as Chair and Vice-Chair of the Board": the offices and the bodies. */
const OFFICE = /^(?:\s+(?:today|yesterday|on\s+\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?))?(?:\s+as)?\s+(?:the\s+)?(.+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$/u;
const PERSON = new RegExp(`${HONORIFIC}?(${NAME})((?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2})|\\s*\\([^()]{2,60}\\))?`, "gu");
const LIST = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/**
 * "Ada Quill of Ruritania and Bo Lind of Freedonia were re-elected today as Directors of the Quay
 * Bureau and the Lock Bureau, respectively": the people listed before the verb hold, in the order
 * printed, the offices and the bodies listed after it (failure class 6, people in running prose).
 * Either list may be a single plural office ("Directors") or a single body; the lists that are
 * lists must be as long as the people's, else nothing is read. Each body is named by its phrase
 * (kind-body.ts: the graph's or the document's body, never a guess). The country or company after
 * each name is theirs (aside.ts).
 */
export const respectively: Rule = {
  name: "respectively",
  genres: "any",
  scope: "block",
  trigger: /\brespectively\b/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const s of sentences(b.block.text)) {
      const verb = VERB.exec(s.text);
      const end = /,?\s+respectively\b/.exec(s.text);
      if (!verb || !end || end.index < verb.index) continue;
      const office = OFFICE.exec(s.text.slice(verb.index + verb[0].length, end.index));
      if (!office) continue;
      // The people: the names of the list that ends at the verb.
      const subject = s.text.slice(0, verb.index).trimEnd();
      const people = [...subject.matchAll(PERSON)].filter((m) => !/\bof\s+(?:the\s+)?$/.test(subject.slice(0, m.index)));
      const listed = people.filter((m, i) => {
        const gap = subject.slice(m.index! + m[0].length, people[i + 1]?.index ?? subject.length);
        return i === people.length - 1 ? !gap.trim() : /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap);
      });
      const n = listed.length;
      const roles = office[1]!.split(LIST).map((r) => roleOf(r.replace(/(?:men|women|persons)$/i, "").replace(/s$/, "")));
      const bodies = office[2]!.split(LIST).map((p) => p.replace(/^the\s+/i, ""));
      if (n < 2 || roles.some((r) => !r) || ![1, n].includes(roles.length) || ![1, n].includes(bodies.length) || (roles.length === 1 && bodies.length === 1)) continue;
      listed.forEach((m, i) => {
        const role = roles[roles.length === 1 ? 0 : i]!;
        const phrase = bodies[bodies.length === 1 ? 0 : i]!;
        const organization = bodyOfPhrase(ctx, phrase, where, b.index);
        if (!organization) return;
        const aside = readAside(ctx, m[2], where);
        const person = ctx.addPerson(m[1]!.trim(), where, {
          ...(aside.country ? { country: aside.country } : {}),
          ...(aside.affiliations.length ? { affiliations: aside.affiliations } : {}),
        });
        // The generic reading may have paired them otherwise: the sentence says who holds what.
        ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== person || r.role !== role || r.where.locator !== b.block.locator);
        ctx.addRole(person, organization, role, `${office[1]} of ${phrase}`, where, 0.85);
      });
    }
  },
};
