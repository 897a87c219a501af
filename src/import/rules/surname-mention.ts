import type { Rule } from "./rule.js";

/**
 * "Mr. Quill", "Quill's term": a later mention by surname alone is the person named in full
 * before (failure class 8), never a new person. Its roles and affiliations move to the full name.
 */
export const surnameMention: Rule = {
  name: "surname-mention",
  genres: "any",
  scope: "document",
  trigger: /\S/,
  apply(ctx) {
    const people = ctx.facts.people;
    for (const short of [...people]) {
      const surname = short.name.replace(/['’]s$/, "");
      if (/\s/.test(surname)) continue;
      const full = people.find((p) => p !== short && /\s/.test(p.name) && p.name.split(/\s+/).at(-1) === surname);
      if (!full) continue;
      for (const r of ctx.facts.roles) if (r.person === short.name) r.person = full.name;
      for (const a of short.affiliations) if (!full.affiliations.includes(a)) full.affiliations.push(a);
      people.splice(people.indexOf(short), 1);
    }
    // Roles merged onto one person may now repeat.
    const seen = new Set<string>();
    ctx.facts.roles = ctx.facts.roles.filter((r) => {
      const key = `${r.person}|${r.organization}|${r.role}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
