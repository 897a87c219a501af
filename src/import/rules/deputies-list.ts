import { escapeRegExp } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const LIST = /\b(?:assisted|supported|joined|seconded)\s+by\s+(?:the\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?((?:vice|co)[\s-]?chair(?:men|women|persons|s))\s*[,:]/i;

/**
 * "Mr. Quill will be assisted by three vice-chairs, Mr. Bo Lind of LMN, Ms Cy Moss of the
 * Ministry of … and Dr Eve Roe of OPQ": the people listed after a plural office hold it in the body
 * where the sentence's subject, a person the document has given a chair (named in full or by
 * surname), holds theirs (failure class 6, people in running prose). The body after each name is an
 * affiliation, not the office's body: the generic reading's roles for them from this sentence go.
 */
export const deputiesList: Rule = {
  name: "deputies-list",
  genres: "any",
  scope: "block",
  trigger: LIST,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const where = whereOf(b);
    const m = LIST.exec(text);
    if (!m) return;
    const role = roleOf(m[1]!.replace(/(?:men|women|persons|s)$/i, ""));
    // The subject: the clause before, back to the sentence's start (an honorific's dot ends none).
    const subject = text.slice(0, m.index).split(/(?<!\b(?:Mr|Ms|Mrs|Dr|Prof))\.\s+/).at(-1)!;
    const held = ctx.facts.roles.find((r) => r.role === "CHAIR" && ctx.facts.people.some((p) => p.name === r.person && new RegExp(`\\b${lastName(p.name)}\\b`).test(subject)));
    if (!role || !held) return;
    const listStart = m.index + m[0].length;
    const stop = text.slice(listStart).search(/(?<!\b(?:Mr|Ms|Mrs|Dr|Prof))\.(?:\s|$)/);
    const listEnd = stop >= 0 ? listStart + stop : text.length;
    for (const p of b.people.filter((x) => x.start >= listStart && x.end <= listEnd && x.honorific)) {
      const after = /^\s+of\s+(?:the\s+)?([^,;]+?)(?=,|\s+and\s+(?:Mr|Ms|Mrs|Dr|Prof)\b|\.?$)/.exec(text.slice(p.end, listEnd));
      const affiliation = after ? ctx.orgs.scan(after[1]!, where).find((o) => o.start === 0)?.key : undefined;
      ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== p.name || r.where.locator !== b.block.locator);
      const person = ctx.addPerson(p.name, where, affiliation && affiliation !== held.organization ? { affiliations: [affiliation] } : {});
      ctx.addRole(person, held.organization, role, m[1]!, where, 0.8);
    }
  },
};

const lastName = (name: string) => escapeRegExp(name.split(/\s+/).at(-1)!);
